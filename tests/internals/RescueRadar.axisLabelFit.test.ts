// RescueRadar's axis label fit (RescueRadar/axisLabels.ts) on four or twelve illustrative (made-up)
// labels: cut side labels widened into their free margin (and one that still does not fit left cut),
// a long top label widened between its neighbours, the same fit wherever the bounds lie, and when no
// layout fits, the smallest radius with every label kept within the bounds' sides.
import { describe, expect, it } from 'vitest';
import { fitAxisLabels } from '../../packages/charts/src/RescueRadar/axisLabels';
import { measureText } from '../../packages/charts/src/text/measureText';

const FOUR = [
  'Ylös lyhyt',
  'Oikealle menevä melko pitkä teksti tässä',
  'Alas lyhyt',
  'Vasemmalle menevä melko pitkä teksti',
];

const fit = (
  labels: readonly string[],
  width: number,
  height: number,
  left = 0,
  maxLines = 1,
  labelWidth = 130,
) =>
  fitAxisLabels({
    labels,
    bounds: { left, right: left + width, top: 0, bottom: height },
    gap: 12.6,
    fontSize: 13,
    lineHeight: 13 * 1.35,
    maxLines,
    labelWidth,
    minLabelWidth: Math.min(labelWidth, 65),
    minRadius: 32.4,
    pad: 4,
  });

const inside = (f: ReturnType<typeof fit>, left: number, right: number, height: number) => {
  for (const l of f.labels) {
    expect(l.box.x).toBeGreaterThanOrEqual(left - 0.01);
    expect(l.box.x + l.box.width).toBeLessThanOrEqual(right + 0.01);
    expect(l.box.y).toBeGreaterThanOrEqual(-0.01);
    expect(l.box.y + l.box.height).toBeLessThanOrEqual(height + 0.01);
  }
};

describe('fitAxisLabels', () => {
  it('widens cut side labels into the free margin up to the edge', () => {
    const f = fit(FOUR, 1000, 300);
    expect(f.fits).toBe(true);
    expect(f.labels.map((l) => l.anchor)).toEqual(['middle', 'start', 'middle', 'end']);
    expect(f.labels.map((l) => l.lines)).toEqual(FOUR.map((t) => [t]));
    expect(f.labels.map((l) => l.truncated)).toEqual([false, false, false, false]);
    expect(f.labels[1]!.box.width).toBe(measureText(FOUR[1]!, 13));
    expect(f.labels[3]!.box.width).toBe(measureText(FOUR[3]!, 13));
    inside(f, 0, 1000, 300);
  });

  it('leaves "…" where the margin is too narrow, widening the other side', () => {
    const f = fit(FOUR, 700, 300);
    expect(f.fits).toBe(true);
    expect(f.radius).toBeCloseTo(89.7609375, 6);
    expect(f.cx).toBe(350);
    // Right: 247.7 px of text, 247.6 px to the edge: cut, but in all the room to the edge (not at the
    // width it was first wrapped at, "Oikealle menevä melko…").
    expect(f.labels[1]!.lines).toEqual(['Oikealle menevä melko pitkä teksti…']);
    expect(f.labels[1]!.truncated).toBe(true);
    expect(f.labels[1]!.box.x + f.labels[1]!.box.width).toBeLessThanOrEqual(700);
    expect(f.labels[3]!.lines).toEqual([FOUR[3]]);
    expect(f.labels[3]!.truncated).toBe(false);
    expect(f.labels[3]!.box.width).toBe(measureText(FOUR[3]!, 13));
    inside(f, 0, 700, 300);
  });

  it('widens a long top label between its neighbours', () => {
    const top = 'Ylhäällä oleva pitkä otsikkoteksti joka ei mahdu';
    const f = fit([top, 'b', 'c', 'd'], 700, 300);
    expect(f.fits).toBe(true);
    expect(f.labels[0]!.lines).toEqual([top]);
    expect(f.labels[0]!.truncated).toBe(false);
    expect(f.labels[0]!.box.width).toBe(measureText(top, 13));
    // Centred on the axis.
    expect(f.labels[0]!.box.x + f.labels[0]!.box.width / 2).toBeCloseTo(350, 6);
    inside(f, 0, 700, 300);
  });

  it.each([
    [700, 300],
    [500, 900],
  ])('fits the same wherever the bounds lie (%i × %i)', (width, height) => {
    const here = fit(FOUR, width, height);
    const there = fit(FOUR, width, height, 1024);
    expect(there.radius).toBe(here.radius);
    expect(there.cx).toBe(here.cx + 1024);
    expect(there.cy).toBe(here.cy);
    there.labels.forEach((l, i) => {
      const h = here.labels[i]!;
      expect(l.lines).toEqual(h.lines);
      expect(l.box.x).toBeCloseTo(h.box.x + 1024, 6);
      expect(l.box.y).toBeCloseTo(h.box.y, 6);
      expect(l.textX).toBeCloseTo(h.textX + 1024, 6);
    });
  });

  it('with no layout that fits: the smallest radius, each label kept within the sides', () => {
    const many = Array.from({ length: 12 }, (_, i) => `Tavoite numero ${i + 1} joka on aika pitkä`);
    const f = fit(many, 200, 200);
    expect(f.fits).toBe(false);
    expect(f.radius).toBe(32.4);
    expect(f.labels).toHaveLength(12);
    inside(f, 0, 200, 200);
    // The right-hand labels pushed back to the right edge, the left-hand ones to the left.
    expect(f.labels[1]!.box.x + f.labels[1]!.box.width).toBeCloseTo(200, 6);
    expect(f.labels[9]!.box.x).toBe(0);
  });
});
