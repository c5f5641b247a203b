// The benchmark harness's pure statistics (bench/src/stats.ts): not the timing itself.
import { describe, expect, it } from 'vitest';
import {
  countElements,
  formatBytes,
  formatRatio,
  iterationsPerSample,
  median,
  quantile,
  ratio,
  relativeIqr,
} from '../../bench/src/stats';

describe('median', () => {
  it('takes the middle of an odd count, unsorted input', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([9, 2, 7, 4, 100, 1, 3])).toBe(4);
  });
  it('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
  it('rejects an empty list', () => {
    expect(() => median([])).toThrow();
  });
});

describe('quantile and spread', () => {
  it('interpolates between ranks', () => {
    expect(quantile([1, 2, 3, 4, 5], 0)).toBe(1);
    expect(quantile([1, 2, 3, 4, 5], 1)).toBe(5);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([10, 20], 0.9)).toBeCloseTo(19);
  });
  it('relative IQR is 0 for identical samples and grows with noise', () => {
    expect(relativeIqr([2, 2, 2, 2])).toBe(0);
    expect(relativeIqr([1, 2, 3, 4, 5])).toBeCloseTo(2 / 3);
  });
});

describe('ratio', () => {
  it('divides by the baseline', () => {
    expect(ratio(30, 10)).toBe(3);
    expect(ratio(5, 10)).toBe(0.5);
  });
  it('is null without a usable baseline or value', () => {
    expect(ratio(3, 0)).toBeNull();
    expect(ratio(3, null)).toBeNull();
    expect(ratio(undefined, 2)).toBeNull();
    expect(ratio(Number.NaN, 2)).toBeNull();
  });
});

describe('iterationsPerSample', () => {
  it('repeats fast renders until a sample is long enough', () => {
    expect(iterationsPerSample(0.1, 250)).toBe(2500);
    expect(iterationsPerSample(0.3, 1)).toBe(4);
  });
  it('times a slow render alone, and caps runaway counts', () => {
    expect(iterationsPerSample(900, 250)).toBe(1);
    expect(iterationsPerSample(0, 250, 1000)).toBe(1000);
  });
});

describe('countElements', () => {
  it('counts start tags only', () => {
    expect(countElements('<svg><g><rect/><rect></rect></g><!-- x --></svg>')).toBe(4);
    expect(countElements('a < b')).toBe(0);
  });
});

describe('formatting', () => {
  it('uses SI kilobytes, the unit of the targets', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(20_000)).toBe('20.0 kB');
    expect(formatBytes(3_410_000)).toBe('3.41 MB');
    expect(formatRatio(1.844)).toBe('1.84×');
    expect(formatRatio(null)).toBe('–');
  });
});
