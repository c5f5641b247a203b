// Pure path building and pointer lookup of RescueRadar (no d3-shape): marker shapes, polygons, hit test.
import { describe, expect, it } from 'vitest';
import { SERIES_MARKERS, seriesMarkerPath } from '../packages/charts/src/common/seriesStyle';
import type { SeriesMarkerShape } from '../packages/charts/src/common/seriesStyle';
import { computeRescueRadarLayout } from '../packages/charts/src/RescueRadar/compute';
import { radarPointAt } from '../packages/charts/src/RescueRadar/hitTest';
import { polylinePath, seriesPath } from '../packages/charts/src/RescueRadar/seriesPaths';
import { defaultTheme } from '../packages/charts/src/theme/themes';

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

describe('polygons', () => {
  const v = (x: number, y: number, missing = false) => ({ x, y, missing });

  it('closes a complete series and rounds its coordinates', () => {
    expect(seriesPath([v(0, 0), v(10.123, 0), v(5, 8.0049)])).toEqual({
      d: 'M0,0L10.12,0L5,8Z',
      closed: true,
    });
    expect(polylinePath([])).toBe('');
  });

  it('starts after a missing value and breaks at each one (open, never across a gap)', () => {
    expect(seriesPath([v(0, 0), v(1, 1, true), v(2, 2), v(3, 3)])).toEqual({
      d: 'M2,2L3,3L0,0',
      closed: false,
    });
    expect(seriesPath([v(0, 0), v(1, 1, true), v(2, 2), v(3, 3, true)]).d).toBe('M2,2M0,0');
  });
});

describe('pointer → point', () => {
  const layout = computeRescueRadarLayout({
    data: {
      axes: ['a', 'b', 'c', 'd'].map((id) => ({ id, label: `Tavoite ${id}` })),
      series: [
        { id: 'x', label: 'X', values: { a: 3, b: null, c: 4, d: 2 } },
        { id: 'y', label: 'Y', values: { a: 3.2, b: 2, c: 1, d: 5 } },
      ],
    },
    width: 600,
    height: 500,
    locale: 'fi',
    theme: defaultTheme,
    options: {
      title: 'T',
      hideTitle: false,
      illustrative: true,
      maxLabelLines: 4,
      showValues: true,
      legend: true,
    },
  });

  it('finds the point whose hit box holds the pointer, the nearest where boxes overlap', () => {
    for (const p of layout.points) {
      if (p.value !== null) expect(radarPointAt(layout.points, p.x + 1, p.y - 1)).toBe(p.index);
    }
    // a: 3 and 3.2 on the same axis: their hit boxes overlap; each centre picks its own point.
    const [xa, ya] = [layout.points[0]!, layout.points[4]!];
    expect(radarPointAt(layout.points, xa.x, xa.y)).toBe(0);
    expect(radarPointAt(layout.points, ya.x, ya.y)).toBe(4);
  });

  it('reaches a missing value through its axis label, and nothing far from every point', () => {
    const label = layout.axes[1]!.box;
    expect(radarPointAt(layout.points, label.x + label.width / 2, label.y + label.height / 2)).toBe(
      1,
    );
    expect(radarPointAt(layout.points, 1, 1)).toBeNull();
  });
});
