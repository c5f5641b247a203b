import { describe, expect, it } from 'vitest';
import {
  MAX_LABEL_LINES,
  linesWorthTrying,
  resolveLineLimit,
} from '../../packages/charts/src/text/lineLimit';

describe('resolveLineLimit', () => {
  it('keeps whole limits and rounds fractions down', () => {
    expect(resolveLineLimit(1, 3)).toBe(1);
    expect(resolveLineLimit(5, 3)).toBe(5);
    expect(resolveLineLimit(2.5, 3)).toBe(2);
    expect(resolveLineLimit(MAX_LABEL_LINES, 3)).toBe(MAX_LABEL_LINES);
  });

  it('gives the default for NaN, non-numbers and anything below 1', () => {
    for (const odd of [Number.NaN, 0, 0.5, -1, Number.NEGATIVE_INFINITY, '2', null, undefined]) {
      expect(resolveLineLimit(odd, 4), String(odd)).toBe(4);
    }
  });

  it('caps huge limits and Infinity at MAX_LABEL_LINES', () => {
    for (const huge of [MAX_LABEL_LINES + 1, 1e6, Number.MAX_VALUE, Number.POSITIVE_INFINITY]) {
      expect(resolveLineLimit(huge, 3), String(huge)).toBe(MAX_LABEL_LINES);
    }
  });
});

describe('linesWorthTrying', () => {
  it('is the limit, or the most lines any label takes when that is fewer (at least 1)', () => {
    expect(linesWorthTrying(3, [1, 3, 2])).toBe(3);
    expect(linesWorthTrying(20, [1, 3, 2])).toBe(3);
    expect(linesWorthTrying(2, [1, 3, 2])).toBe(2);
    expect(linesWorthTrying(20, [])).toBe(1);
    expect(linesWorthTrying(20, [0])).toBe(1);
  });
});
