// RescueRadar's label placement against lines (lineClearance.ts): the distance from a box to a segment,
// the segment index (the same answers as testing every segment), the choice of the first candidate clear
// of the lines, and a series' edges with a gap. Through the layout: no printed value or ring label lies
// on a series line (the layout checker's crossings, decided here without a browser).
import { describe, expect, it } from 'vitest';
import { computeRescueRadarLayout, slideTheme } from '@yhdyspinta/charts';
import type { RescueRadarData } from '@yhdyspinta/charts';
import {
  firstClearOfLines,
  linesToAvoid,
  WIDE_LINE,
  MARKER_REACH,
  SegmentIndex,
  segmentBoxDistance,
  seriesSegments,
} from '../../packages/charts/src/RescueRadar/lineClearance';
import type { Segment } from '../../packages/charts/src/RescueRadar/lineClearance';
import { seriesStrokeWidth } from '../../packages/charts/src/common/seriesStyle';

const box = { x: 10, y: 10, width: 20, height: 10 };

describe('segmentBoxDistance', () => {
  it('is 0 for a segment crossing the box, ending in it, or running along an edge', () => {
    expect(segmentBoxDistance({ x1: 0, y1: 15, x2: 40, y2: 15 }, box)).toBe(0);
    expect(segmentBoxDistance({ x1: 20, y1: 15, x2: 100, y2: 100 }, box)).toBe(0);
    expect(segmentBoxDistance({ x1: 0, y1: 0, x2: 40, y2: 40 }, box)).toBe(0); // the diagonal through it
    expect(segmentBoxDistance({ x1: 10, y1: 0, x2: 10, y2: 40 }, box)).toBe(0);
  });

  it('measures to the nearest side or corner when apart', () => {
    expect(segmentBoxDistance({ x1: 0, y1: 25, x2: 40, y2: 25 }, box)).toBeCloseTo(5);
    expect(segmentBoxDistance({ x1: 35, y1: 0, x2: 35, y2: 40 }, box)).toBeCloseTo(5);
    // A diagonal past the top-right corner (30, 10): the line x − y = 40, 20/√2 from the corner.
    expect(segmentBoxDistance({ x1: 30, y1: -10, x2: 60, y2: 20 }, box)).toBeCloseTo(
      20 / Math.SQRT2,
    );
    // A short segment beside the box: its end is nearest.
    expect(segmentBoxDistance({ x1: 50, y1: 15, x2: 60, y2: 15 }, box)).toBeCloseTo(20);
    // A zero-length segment is a point.
    expect(segmentBoxDistance({ x1: 33, y1: 24, x2: 33, y2: 24 }, box)).toBeCloseTo(5);
  });
});

describe('SegmentIndex', () => {
  it('answers as testing every segment (random segments and boxes, several distances)', () => {
    let seed = 5;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const segments: Segment[] = Array.from({ length: 400 }, () => {
      const x = random() * 600;
      const y = random() * 600;
      const long = random() < 0.2 ? 400 : 40;
      return { x1: x, y1: y, x2: x + (random() - 0.5) * long, y2: y + (random() - 0.5) * long };
    });
    segments.push({ x1: 100, y1: 100, x2: 100, y2: 100 }, { x1: 0, y1: 300, x2: 600, y2: 300 });
    const index = new SegmentIndex(17);
    for (const s of segments) index.add(s);
    expect(index.size).toBe(segments.length);
    let near = 0;
    for (let k = 0; k < 600; k += 1) {
      const b = { x: random() * 620 - 10, y: random() * 620 - 10, width: 30, height: 16 };
      const d = [0.5, 3, 12][k % 3] as number;
      const expected = segments.some((s) => segmentBoxDistance(s, b) < d);
      if (expected) near += 1;
      expect(index.near(b, d), JSON.stringify({ b, d })).toBe(expected);
    }
    // Both answers were exercised.
    expect(near).toBeGreaterThan(50);
    expect(near).toBeLessThan(590);
  });
});

describe('firstClearOfLines', () => {
  const index = new SegmentIndex(10);
  index.add({ x1: 0, y1: 0, x2: 100, y2: 0 });
  const onLine = { x: 10, y: -5, width: 10, height: 10 };
  const tooClose = { x: 10, y: 2, width: 10, height: 10 };
  const clear = { x: 10, y: 5, width: 10, height: 10 };
  const alsoClear = { x: 40, y: 20, width: 10, height: 10 };

  it('takes the first candidate that fits and is clear of the lines, in the given order', () => {
    const wide = linesToAvoid(index, 4);
    expect(wide).toEqual({ index, clearance: 3, haloHides: false });
    const all = [onLine, tooClose, clear, alsoClear];
    expect(firstClearOfLines(all, wide, () => true)).toBe(clear);
    expect(firstClearOfLines(all, wide, (b) => b !== clear)).toBe(alsoClear);
  });

  it('falls back to the first that fits only when a halo hides the lines (thinner than WIDE_LINE)', () => {
    expect(WIDE_LINE).toBe(4);
    expect(
      firstClearOfLines([onLine, tooClose], linesToAvoid(index, 4), () => true),
    ).toBeUndefined();
    const thin = linesToAvoid(index, 3);
    expect(thin.haloHides).toBe(true);
    expect(firstClearOfLines([onLine, tooClose], thin, (b) => b !== onLine)).toBe(tooClose);
    expect(firstClearOfLines([onLine, tooClose], thin, () => false)).toBeUndefined();
  });
});

describe('seriesSegments', () => {
  it('joins neighbouring axes with values (the last back to the first), never across a gap', () => {
    const p = (x: number) => ({ x, y: 0 });
    expect(seriesSegments([p(1), p(2), p(3)])).toHaveLength(3);
    expect(seriesSegments([p(1), null, p(3), p(4)])).toEqual([
      { x1: 3, y1: 0, x2: 4, y2: 0 },
      { x1: 4, y1: 0, x2: 1, y2: 0 },
    ]);
    expect(seriesSegments([null, null, p(3)])).toEqual([]);
  });
});

describe('MARKER_REACH', () => {
  it('covers every marker shape at least as far as a circle of its radius', () => {
    for (const reach of Object.values(MARKER_REACH)) expect(reach).toBeGreaterThanOrEqual(0.95);
    expect(MARKER_REACH.star).toBeGreaterThan(1.79);
  });
});

/** Three invented series crossing each other on nine axes (values near the centre, where axes crowd). */
const crossing: RescueRadarData = {
  axes: Array.from({ length: 9 }, (_, i) => ({ id: `a${i}`, label: `Tavoite ${i + 1}` })),
  series: [
    [2.3, 2.5, 3, 4.5, 2.8, 2.5, 3.5, 4.6, 2.5],
    [3.2, 4.2, 2.7, 4.5, 2.5, null, 4.6, 4.2, 4.3],
    [2.4, 4.7, 2.7, 1.9, 3.3, 3.6, 4.6, 4.5, 4.2],
  ].map((values, s) => ({
    id: `s${s}`,
    label: `Sarja ${s + 1}`,
    values: Object.fromEntries(values.map((v, i) => [`a${i}`, v])),
  })),
};

describe('RescueRadar: labels off the series lines', () => {
  // The slide theme's series lines are WIDE_LINE px: no halo hides them. (The default theme's 3 px lines
  // may run under a value's halo where no clear place exists.)
  for (const [name, theme, width] of [
    ['slide theme at 1920 px', slideTheme, 1920],
    ['slide theme at 1280 px', slideTheme, 1280],
  ] as const) {
    it(`keeps every printed value and ring label clear of every series line (${name})`, () => {
      const layout = computeRescueRadarLayout({
        data: crossing,
        width,
        height: undefined,
        locale: 'fi',
        theme,
        options: {
          title: 'T',
          hideTitle: false,
          illustrative: true,
          maxLabelLines: 6,
          showValues: true,
          legend: true,
          arrangement: 'overlay',
        },
      });
      const segments = layout.series.flatMap((s) =>
        seriesSegments(s.points.map((p) => (p.value === null ? null : p))),
      );
      expect(segments.length).toBeGreaterThan(20);
      const clearance = seriesStrokeWidth(theme) / 2;
      const values = layout.points.flatMap((p) => (p.valueBox ? [p.valueBox] : []));
      const rings = layout.panels.flatMap((p) => p.rings.filter((r) => r.text).map((r) => r.box));
      // Most values and some ring labels are still printed.
      expect(values.length).toBeGreaterThanOrEqual(15);
      expect(rings.length).toBeGreaterThanOrEqual(2);
      for (const b of [...values, ...rings]) {
        const nearest = Math.min(...segments.map((s) => segmentBoxDistance(s, b)));
        expect(nearest).toBeGreaterThan(clearance);
      }
    });
  }
});
