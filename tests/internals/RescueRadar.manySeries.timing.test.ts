// RescueRadar with many series, timed: 9 axes × 1000 series once took 20 s (quadratic label placement).
// Its own file so that a mutation run of the chart's own tests can leave this timing out
// (vitest.mutation.config.ts): under instrumentation it is the slowest of them by far. All data here is
// ILLUSTRATIVE (made up).
import { describe, expect, it } from 'vitest';
import { radarLayout } from './support/radarLayout';

describe('RescueRadar: many series', () => {
  it('computes 9 axes × 1000 series in under a second, overlaid or as small multiples (it was quadratic: 20 s)', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const axes = Array.from({ length: 9 }, (_, i) => ({ id: `a${i}`, label: `Tavoite ${i + 1}` }));
    const series = Array.from({ length: 1000 }, (_, s) => ({
      id: `s${s}`,
      label: `Sarja ${s + 1}`,
      values: Object.fromEntries(axes.map((a) => [a.id, Math.round(10 + 40 * random()) / 10])),
    }));
    for (const arrangement of ['overlay', 'auto'] as const) {
      radarLayout({ axes, series }, 800, arrangement); // warm-up (JIT), as a page renders more than once
      const start = performance.now();
      const l = radarLayout({ axes, series }, 800, arrangement);
      const elapsed = performance.now() - start;
      expect(l.arrangement).toBe(arrangement === 'auto' ? 'multiples' : 'overlay');
      expect(l.points).toHaveLength(9000);
      expect(l.points.some((p) => p.valueBox)).toBe(true);
      for (const p of l.points) {
        for (const n of [p.x, p.y, p.hitBox.x, p.hitBox.y, p.hitBox.width, p.hitBox.height]) {
          expect(Number.isFinite(n)).toBe(true);
        }
      }
      for (const s of l.series) expect(s.path).not.toMatch(/NaN|Infinity/);
      expect(elapsed, arrangement).toBeLessThan(1000);
    }
  }, 20_000);
});
