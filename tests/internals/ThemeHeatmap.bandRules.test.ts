// ThemeHeatmap's colour bands at their edges (ThemeHeatmap/colorBands.ts): palette spreading, nice breaks
// at 100, breaks among few or zero values, the user thresholds' problems, the rating bands' ramp and
// out-of-range values. Illustrative values only; every band set is made inside its test.
import { describe, expect, it } from 'vitest';
import { colorBands, defaultTheme } from '@yhdyspinta/charts';
import {
  countBreaks,
  niceBreak,
  spreadPalette,
  validateThresholds,
} from '../../packages/charts/src/ThemeHeatmap/colorBands';

describe('ThemeHeatmap colour bands: edges', () => {
  it('spreads a palette from its first colour to its last; one colour is the first', () => {
    expect(spreadPalette(['a', 'b', 'c', 'd', 'e'], 3)).toEqual(['a', 'c', 'e']);
    expect(spreadPalette(['a', 'b', 'c'], 1)).toEqual(['a']);
    expect(spreadPalette(['a'], 3)).toEqual(['a', 'a', 'a']);
    expect(spreadPalette([], 2)).toEqual(['#000000', '#000000']);
  });

  it('keeps breaks below 100 exact and rounds from 100 to two significant digits', () => {
    expect(niceBreak(99)).toBe(99);
    expect(niceBreak(100)).toBe(100);
    expect(niceBreak(101)).toBe(100);
    expect(niceBreak(0.2)).toBe(1);
  });

  it('gives every distinct positive value its band when they are few, rounding and ignoring zeros', () => {
    expect(countBreaks([0, 0, 1, 2, 2, 3], 3)).toEqual([2, 3]);
    expect(countBreaks([0.4, 1, 2], 3)).toEqual([2]);
    expect(countBreaks([1, 2, 3, 4], 4)).toEqual([2, 3, 4]);
    expect(countBreaks([1, 2, 3, 4, 5], 4)).toEqual([3, 4, 5]);
  });

  it('never breaks above the largest value', () => {
    // The median 3 would break at 4, above the largest value: no break.
    expect(countBreaks([1, 2, 3, 3, 3, 3, 3, 3, 3, 3], 2)).toEqual([]);
    expect(countBreaks([1, 1, 1, 1, 1, 1, 1, 1, 2, 3], 2)).toEqual([2]);
  });

  it('words the problems of user thresholds', () => {
    expect(validateThresholds([2, 5, 9], 3)).toEqual([]);
    expect(validateThresholds([1, 5, 5, 2.5, 'x'], 6)).toEqual([
      'thresholds[0] must be a whole number greater than 1',
      'thresholds[2] must be a whole number greater than the previous one',
      'thresholds[3] must be a whole number greater than the previous one',
      'thresholds[4] must be a whole number greater than the previous one',
    ]);
    expect(validateThresholds([2, 3, 4], 2)).toEqual([
      'at most 2 thresholds fit the colour ramp, got 3',
    ]);
  });

  it('colours ratings with the diverging ramp, else the sequential one, else the mark colour', () => {
    const diverging = ['#111111', '#222222', '#333333', '#444444', '#555555'];
    const sequential = ['#AAAAAA', '#BBBBBB', '#CCCCCC'];
    const colors = (theme: typeof defaultTheme) =>
      colorBands('rating', [], theme).bands.map((b) => b.color);
    expect(colors({ ...defaultTheme, diverging, sequential })).toEqual(diverging);
    expect(colors({ ...defaultTheme, diverging: [], sequential })).toEqual([
      '#AAAAAA',
      '#BBBBBB',
      '#BBBBBB',
      '#CCCCCC',
      '#CCCCCC',
    ]);
    expect(colors({ ...defaultTheme, diverging: [], sequential: [] })).toEqual(
      Array(5).fill(defaultTheme.colors.mark),
    );
    const bands = colorBands('rating', [], defaultTheme);
    expect(bands.kind).toBe('rating');
    expect(bands.bands.map((b) => [b.min, b.max])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
      [5, 5],
    ]);
    expect([0, 0.5, 1, 2.4, 2.6, 5, 7].map(bands.bandOf)).toEqual([0, 0, 0, 1, 2, 4, 4]);
  });

  it('draws counts on a white-to-black ramp when the theme has fewer than two sequential colours', () => {
    const bands = colorBands('count', [0, 1, 2], { ...defaultTheme, sequential: ['#123456'] });
    expect(bands.bands[0]?.color).toBe(defaultTheme.colors.background);
    expect(bands.bands.at(-1)?.color).toBe('#000000');
    // An outline where a band's colour is too close to the background (contrast below 3:1).
    expect(bands.bands[0]?.outline).toBe(true);
    expect(bands.bands.at(-1)?.outline).toBe(false);
  });
});
