// RescueRadar's axis label fit (RescueRadar/axisLabels.ts): labels cut at the chosen layout are widened
// into the room on their side (a side label to the chart's edge, a top or bottom one between the edges
// around its centre, at most 24 em, in whole em), and made whole when that is enough; a label that is
// not cut keeps its lines, and a wrapping wider than asked is never taken. Illustrative (made-up) labels.
import { describe, expect, it } from 'vitest';
import { fitAxisLabels } from '../../packages/charts/src/RescueRadar/axisLabels';
import type { AxisLabelFitInput } from '../../packages/charts/src/RescueRadar/axisLabels';
import { createLabelWrapper } from '../../packages/charts/src/RescueRadar/labelWrap';
import type { LabelWrapper } from '../../packages/charts/src/RescueRadar/labelWrap';

const FONT = 13;
const base = (labels: readonly string[], left: number, right: number, bottom: number) => ({
  labels,
  bounds: { left, right, top: 0, bottom },
  gap: 12,
  fontSize: FONT,
  lineHeight: FONT * 1.35,
  maxLines: 3,
  labelWidth: 100,
  minLabelWidth: 65,
  minRadius: 30,
  pad: 4,
});
/** The widest whole-em width in `room`, at most 24 em. */
const widest = (room: number) => Math.floor(Math.min(room, 24 * FONT) / FONT) * FONT;

const TAIL =
  'pitkä teksti, joka tarvitsee leveällä rivillä kolme riviä mutta kapealla monta riviä enemmän';
const RIGHT = `Oikealle menevä ${TAIL}`;
const LEFT = `Vasemmalle menevä ${TAIL}`;

describe('fitAxisLabels: cut labels widened', () => {
  it.each([
    [0, 700],
    [-800, -100],
  ])('makes side labels whole in the room to the edge (%i…%i)', (left, right) => {
    const labels = ['Ylös', RIGHT, 'Alas', LEFT];
    const wrap = createLabelWrapper(labels, FONT, FONT * 1.35);
    // At the preferred width the side labels are cut at three lines.
    expect(wrap(100, 3)[1]!.truncated).toBe(true);
    expect(wrap(100, 3)[3]!.truncated).toBe(true);
    const f = fitAxisLabels(base(labels, left, right, 300));
    expect(f.fits).toBe(true);
    const r = f.labels[1]!;
    const l = f.labels[3]!;
    expect([r.anchor, l.anchor]).toEqual(['start', 'end']);
    expect(r.truncated).toBe(false);
    expect(l.truncated).toBe(false);
    // Wrapped at the widest whole em that the room from the label to the edge allows.
    expect(r.lines).toEqual(wrap(widest(right - r.box.x), 3)[1]!.lines);
    expect(l.lines).toEqual(wrap(widest(l.box.x + l.box.width - left), 3)[3]!.lines);
    expect(r.lines).toHaveLength(3);
    expect(l.lines).toHaveLength(3);
    expect(r.box.x + r.box.width).toBeLessThanOrEqual(right);
    expect(l.box.x).toBeGreaterThanOrEqual(left);
  });

  const TOP = 'Ylhäällä oleva otsikkoteksti joka mahtuu';
  it.each([
    [0, 260],
    [-300, -40],
  ])('makes a top label whole between the edges around its centre (%i…%i)', (left, right) => {
    const labels = [TOP, 'b', 'c', 'd'];
    const wrap = createLabelWrapper(labels, FONT, FONT * 1.35);
    const whole = wrap(widest(right - left), 1)[0]!;
    // Whole in the 260 px between the edges, cut at the widths the fit tries (up to 130 px).
    expect(whole.truncated).toBe(false);
    expect(whole.width).toBeGreaterThan(200);
    expect(wrap(130, 1)[0]!.truncated).toBe(true);
    const f = fitAxisLabels({ ...base(labels, left, right, 400), maxLines: 1 });
    const top = f.labels[0]!;
    expect(top.anchor).toBe('middle');
    expect(top.lines).toEqual([TOP]);
    expect(top.truncated).toBe(false);
    expect(top.box.width).toBe(whole.width);
    expect(top.box.x + top.box.width / 2).toBeCloseTo((left + right) / 2, 6);
  });

  it('keeps the lines of a label that is not cut', () => {
    const twoLines = 'Ylös menevä otsikko kahdella rivillä';
    const labels = [twoLines, RIGHT, 'Alas', LEFT];
    const wrap = createLabelWrapper(labels, FONT, FONT * 1.35);
    expect(wrap(312, 3)[0]!.lines).toEqual([twoLines]);
    const f = fitAxisLabels(base(labels, 0, 700, 300));
    expect(f.fits).toBe(true);
    expect(f.labels[1]!.truncated).toBe(false);
    const top = f.labels[0]!;
    expect(top.truncated).toBe(false);
    expect(top.lines).toHaveLength(2);
    expect(top.lines.join(' ')).toBe(twoLines);
  });

  it('never takes a wrapping wider than the width it was asked for', () => {
    // Up to 130 px the labels are cut ("ab…", 40 px); from 200 px on whole but 20 px wider than asked.
    const wrap: LabelWrapper = (w) =>
      Array.from({ length: 4 }, () =>
        w < 200
          ? { lines: ['ab…'], noteFrom: 1, truncated: true, width: 40, height: 14 }
          : { lines: ['abcdefghijkl'], noteFrom: 1, truncated: false, width: w + 20, height: 14 },
      );
    const input: AxisLabelFitInput = {
      ...base(['a', 'b', 'c', 'd'], 0, 400, 400),
      fontSize: 10,
      lineHeight: 14,
      maxLines: 1,
      wrap,
    };
    const f = fitAxisLabels(input);
    expect(f.labels.map((l) => l.lines)).toEqual(Array.from({ length: 4 }, () => ['ab…']));
    expect(f.labels.map((l) => l.truncated)).toEqual([true, true, true, true]);
  });
});
