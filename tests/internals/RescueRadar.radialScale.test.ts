// The radar's radius map (plot.ts radialScale, on d3-interpolate's number interpolator): the same numbers
// as d3-scale's clamped scaleLinear (layout/linearScale), which the radar no longer bundles.
import { describe, expect, it } from 'vitest';
import { linearScale } from '../../packages/charts/src/layout/linearScale';
import { radialScale, SCALE_DOMAIN } from '../../packages/charts/src/RescueRadar/plot';

describe('radialScale', () => {
  it('maps 1–5 onto [0, radius] exactly as scaleLinear, clamped, NaN for NaN', () => {
    for (const radius of [0, 1, 87.5, 240, 413.37]) {
      const ours = radialScale(radius);
      const d3 = linearScale(SCALE_DOMAIN, [0, radius]);
      expect(ours.domain()).toEqual([1, 5]);
      expect(ours.range()).toEqual([0, radius]);
      for (const v of [-3, 0, 1, 1.05, 2.5, 3, 3.333, 4.99, 5, 7, Infinity, -Infinity]) {
        expect(ours(v), `${radius} ${v}`).toBe(d3(v));
      }
      expect(ours(Number.NaN)).toBeNaN();
    }
    expect(radialScale(200)(3)).toBe(100);
    expect(radialScale(200)(0)).toBe(0);
    expect(radialScale(200)(9)).toBe(200);
  });
});
