// RescueRadar's paths (seriesPaths.ts, d3-shape) and pointer → point lookup (hitTest.ts).
// The shared marker paths are tested through the public entry in tests/RescueRadar.paths.test.ts.
import { describe, expect, it } from 'vitest';
import { computeRescueRadarLayout, defaultTheme } from '@yhdyspinta/charts';
import { radarPointAt } from '../../packages/charts/src/RescueRadar/hitTest';
import {
  markersPath,
  polylinePath,
  ringPath,
  seriesPath,
  spokesPath,
} from '../../packages/charts/src/RescueRadar/seriesPaths';

describe('polygons (d3-shape lineRadial, rounded)', () => {
  // Angles 0 (up), π/2 (right), π (down), 3π/2 (left); radius r.
  const v = (i: number, r: number, missing = false) => ({ angle: (Math.PI / 2) * i, r, missing });
  const centre = { x: 100, y: 50 };

  it('closes a complete series around the centre and rounds its coordinates', () => {
    expect(seriesPath([v(0, 10), v(1, 10.123), v(2, 8.0049), v(3, 5)], centre)).toEqual({
      d: 'M100,40L110.12,50L100,58L95,50Z',
      closed: true,
    });
    expect(polylinePath([])).toBe('');
  });

  it('starts after a missing value and breaks at each one (open, never across a gap)', () => {
    expect(seriesPath([v(0, 10), v(1, 10, true), v(2, 10), v(3, 10)], centre)).toEqual({
      d: 'M100,60L90,50L100,40',
      closed: false,
    });
    // A lone point between two gaps is a subpath of its own (d3 closes it: nothing is drawn).
    expect(seriesPath([v(0, 10), v(1, 10, true), v(2, 10), v(3, 10, true)], centre).d).toBe(
      'M100,60ZM100,40Z',
    );
  });

  it('draws rings and spokes as templates placed at the centre', () => {
    expect(ringPath(10, 4, centre)).toBe('M100,40l10,10l-10,10l-10,-10z');
    expect(spokesPath(10, 4, centre)).toBe('M100,50l0,-10m0,10l10,0m-10,0l0,10m0,-10l-10,0');
  });

  it('draws markers with d3 symbols, one subpath each', () => {
    const d = markersPath('square', 5, [
      { x: 0, y: 0 },
      { x: 20, y: 10 },
    ]);
    expect(d.match(/M/g)).toHaveLength(2);
    expect(markersPath('circle', 5, [{ x: 10, y: 10 }])).toBe(
      'M15,10a5,5,0,1,1,-10,0a5,5,0,1,1,10,0z',
    );
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
      arrangement: 'auto',
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
    const label = layout.panels[0]!.axes[1]!.box;
    expect(radarPointAt(layout.points, label.x + label.width / 2, label.y + label.height / 2)).toBe(
      1,
    );
    expect(radarPointAt(layout.points, 1, 1)).toBeNull();
  });
});
