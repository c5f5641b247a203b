// RescueRadar's polygon paths (seriesPaths.ts, no d3-shape) and pointer → point lookup (hitTest.ts).
// The shared marker paths are tested through the public entry in tests/RescueRadar.paths.test.ts.
import { describe, expect, it } from 'vitest';
import { computeRescueRadarLayout, defaultTheme } from '@yhdyspinta/charts';
import { radarPointAt } from '../../packages/charts/src/RescueRadar/hitTest';
import { polylinePath, seriesPath } from '../../packages/charts/src/RescueRadar/seriesPaths';

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
    expect(layout.points).toHaveLength(8);
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
