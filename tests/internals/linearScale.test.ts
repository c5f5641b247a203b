import { describe, expect, it } from 'vitest';
import { linearScale } from '../../packages/charts/src/layout/linearScale';

describe('linearScale', () => {
  it('maps the domain linearly onto the range and reports both', () => {
    const scale = linearScale([1, 5], [100, 500]);
    expect(scale(1)).toBe(100);
    expect(scale(3)).toBe(300);
    expect(scale(2.7)).toBeCloseTo(270, 10);
    expect(scale(5)).toBe(500);
    expect(scale.domain()).toEqual([1, 5]);
    expect(scale.range()).toEqual([100, 500]);
  });

  it('clamps to the range, also for a reversed range', () => {
    const scale = linearScale([1, 5], [0, 200]);
    expect(scale(0)).toBe(0);
    expect(scale(9)).toBe(200);
    const reversed = linearScale([1, 5], [200, 0]);
    expect(reversed(2)).toBe(150);
    expect(reversed(-3)).toBe(200);
    expect(reversed(7)).toBe(0);
  });

  it('passes NaN through (callers validate values first)', () => {
    expect(linearScale([1, 5], [0, 1])(Number.NaN)).toBeNaN();
  });
});
