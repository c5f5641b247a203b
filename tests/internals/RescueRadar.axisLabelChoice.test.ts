// RescueRadar's axis label fit (RescueRadar/axisLabels.ts): which of the tried layouts wins (the most
// label text shown, a cut label counting what is left of it and no note, then the larger radius; widths
// below the least label width only as the preferred one), the fallback when nothing avoids overlaps, and
// cut labels widened into the room on their side until they are whole. Labels are illustrative (made
// up); some tests give the fitter a wrapper of their own with fixed widths (10 px font, 14 px lines).
import { describe, expect, it } from 'vitest';
import { fitAxisLabels } from '../../packages/charts/src/RescueRadar/axisLabels';
import type { AxisLabelFitInput } from '../../packages/charts/src/RescueRadar/axisLabels';
import type { LabelWrapper, WrappedLabel } from '../../packages/charts/src/RescueRadar/labelWrap';

/** A wrapped label of fixed width: `lines`, the note from `noteFrom` on. */
const label = (lines: string[], width: number, truncated = false, noteFrom = lines.length) => ({
  lines,
  noteFrom,
  truncated,
  width,
  height: lines.length * 14,
});

/** Four labels wrapped alike: `narrow` below `switchAt` px, `wide` from there on. */
const twoWays =
  (narrow: WrappedLabel, wide: WrappedLabel, switchAt: number): LabelWrapper =>
  (w) =>
    Array.from({ length: 4 }, () => (w < switchAt ? narrow : wide));

const FIXED: Omit<AxisLabelFitInput, 'wrap' | 'bounds'> = {
  labels: ['a', 'b', 'c', 'd'],
  gap: 12,
  fontSize: 10,
  lineHeight: 14,
  maxLines: 1,
  labelWidth: 100,
  minLabelWidth: 100,
  minRadius: 30,
  pad: 4,
};
const square = (side: number) => ({ left: 0, right: side, top: 0, bottom: side });
const fixedFit = (wrap: LabelWrapper, over: Partial<AxisLabelFitInput> = {}) =>
  fitAxisLabels({ ...FIXED, bounds: square(400), wrap, ...over });
const linesOf = (f: ReturnType<typeof fitAxisLabels>) => f.labels.map((l) => l.lines);

describe('fitAxisLabels: the layout chosen', () => {
  // Widths 100 (narrow) and 130 (wide) are tried; both wrappings show four characters per label.
  it.each([
    ['the later one, narrower', 80, 40, ['efgh']],
    ['the earlier one, narrower', 40, 80, ['abcd']],
    ['the earlier one, as wide', 40, 40, ['abcd']],
  ])('with as much text shown, the larger radius wins: %s', (_, narrowW, wideW, expected) => {
    const f = fixedFit(twoWays(label(['abcd'], narrowW), label(['efgh'], wideW), 130));
    expect(f.fits).toBe(true);
    expect(linesOf(f)).toEqual(Array.from({ length: 4 }, () => expected));
    // Right-hand label: 200 + r + 12 + width ≤ 400, found to within a quarter pixel.
    const limit = 188 - Math.min(narrowW, wideW);
    expect(f.radius).toBeLessThanOrEqual(limit + 0.01);
    expect(f.radius).toBeGreaterThan(limit - 0.25);
  });

  it('counts the label text, not the note under it', () => {
    const more = label(['abcde', 'x'], 80, false, 1);
    const lessButLongNote = label(['abcd', 'xxxxxxxx'], 40, false, 1);
    const f = fixedFit(twoWays(more, lessButLongNote, 130));
    expect(linesOf(f)).toEqual(Array.from({ length: 4 }, () => ['abcde', 'x']));
    expect(f.radius).toBeGreaterThan(108 - 0.25);
    expect(f.radius).toBeLessThanOrEqual(108.01);
  });

  it('counts a cut label without its "…"', () => {
    const f = fixedFit(twoWays(label(['abcdefg'], 80), label(['abc…'], 40, true), 130));
    expect(linesOf(f)).toEqual(Array.from({ length: 4 }, () => ['abcdefg']));
    expect(f.labels.map((l) => l.truncated)).toEqual([false, false, false, false]);
    expect(f.radius).toBeLessThanOrEqual(108.01);
  });

  it('takes the largest radius even below 40 % of the room', () => {
    // 300 px square: the floor is 60 px, the labels allow 150 − 12 − 80 = 58.
    const f = fixedFit(() => Array.from({ length: 4 }, () => label(['abcd'], 80)), {
      bounds: square(300),
    });
    expect(f.fits).toBe(true);
    expect(f.radius).toBeLessThanOrEqual(58.01);
    expect(f.radius).toBeGreaterThan(58 - 0.25);
  });

  it.each([
    ['a preferred width below the least', 50, 60, 65],
    ['a narrower width equal to the least', 80, 60, 61],
  ])('tries %s at the least width', (_, labelWidth, minLabelWidth, switchAt) => {
    // Below `switchAt` px the labels are 40 px wide, from there on 80 px: the narrow ones win.
    const wrap = twoWays(label(['efgh'], 40), label(['abcd'], 80), switchAt);
    const f = fixedFit(wrap, { labelWidth, minLabelWidth });
    expect(linesOf(f)).toEqual(Array.from({ length: 4 }, () => ['efgh']));
    expect(f.radius).toBeGreaterThan(148 - 0.25);
  });

  it('with no layout apart, keeps the least radius and reports no fit', () => {
    const labels = Array.from({ length: 8 }, (_, i) => `Tavoite numero ${i + 1}`);
    const f = fitAxisLabels({
      labels,
      bounds: square(300),
      gap: 12,
      fontSize: 13,
      lineHeight: 13 * 1.35,
      maxLines: 1,
      labelWidth: 110,
      minLabelWidth: 110,
      minRadius: 30,
      pad: 4,
    });
    expect(f.fits).toBe(false);
    expect(f.radius).toBe(30);
    expect(f.labels.map((l) => l.lines)).toEqual(labels.map((t) => [t]));
    // Every box is inside the bounds, yet the first two overlap.
    expect(f.labels).toHaveLength(8);
    for (const { box } of f.labels) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(300);
    }
    const [a, b] = f.labels.map((l) => l.box);
    expect(a!.x + a!.width).toBeGreaterThan(b!.x);
    expect(a!.y + a!.height).toBeGreaterThan(b!.y);
  });
});
