// The series markers' paths (seriesMarkerPath, shared by RescueRadar's points and legend; no d3-shape),
// through the public entry. The radar's own polygon paths and pointer lookup are internal:
// tests/internals/RescueRadar.paths.test.ts.
import { describe, expect, it } from 'vitest';
import { SERIES_MARKERS, seriesMarkerPath } from '@yhdyspinta/charts';
import type { SeriesMarkerShape } from '@yhdyspinta/charts';

/** The vertices of a path of M, l, h, v and z commands (absolute M, relative rest). */
function vertices(d: string): [number, number][] {
  const points: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, cmd, args] of d.matchAll(/([MlhvzZ])([^MlhvzZ]*)/g)) {
    const n = (args ?? '').split(',').filter(Boolean).map(Number);
    if (cmd === 'M') [x, y] = [n[0]!, n[1]!];
    else if (cmd === 'l') [x, y] = [x + n[0]!, y + n[1]!];
    else if (cmd === 'h') x += n[0]!;
    else if (cmd === 'v') y += n[0]!;
    else continue;
    points.push([x, y]);
  }
  return points;
}

function area(points: readonly [number, number][]): number {
  let sum = 0;
  points.forEach(([x1, y1], i) => {
    const [x2, y2] = points[(i + 1) % points.length]!;
    sum += x1 * y2 - x2 * y1;
  });
  return Math.abs(sum) / 2;
}

function centroid(points: readonly [number, number][]): [number, number] {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
}

describe('series markers (the shapes of d3-shape symbols, sized by area)', () => {
  const r = 5;
  const polygons: SeriesMarkerShape[] = ['square', 'triangle', 'diamond', 'cross', 'wye'];
  const corners: Record<string, number> = { square: 4, triangle: 3, diamond: 4, cross: 12, wye: 9 };

  it('draws each polygon shape with its corners and the area of (2r)² × 0.9', () => {
    for (const shape of polygons) {
      const points = vertices(seriesMarkerPath(shape, r));
      expect(points, shape).toHaveLength(corners[shape]!);
      expect(area(points), shape).toBeCloseTo(4 * r * r * 0.9, 0);
    }
  });

  it('draws the circle as two arcs of the radius', () => {
    expect(seriesMarkerPath('circle', r)).toBe('M5,0a5,5,0,1,1,-10,0a5,5,0,1,1,10,0z');
  });

  it('places a marker by its first point only: same shape anywhere, rounded to 0.01 px', () => {
    expect(SERIES_MARKERS).toHaveLength(8);
    for (const shape of SERIES_MARKERS) {
      const at0 = seriesMarkerPath(shape, r);
      const moved = seriesMarkerPath(shape, r, 100.123, 50.456);
      expect(moved.replace(/^M[^a-z]*/, '')).toBe(at0.replace(/^M[^a-z]*/, ''));
      expect(moved).not.toMatch(/\d\.\d{3}/);
    }
    const [cx, cy] = centroid(vertices(seriesMarkerPath('diamond', r, 100, 50)));
    expect(cx).toBeCloseTo(100, 1);
    expect(cy).toBeCloseTo(50, 1);
  });
});
