import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  parseHexColor,
  readableTextColor,
  relativeLuminance,
} from '../../packages/charts/src/theme/contrast';

describe('parseHexColor', () => {
  it('parses hex colours and rejects others', () => {
    expect(parseHexColor('#0072B2')).toEqual([0, 114, 178]);
    expect(parseHexColor('#fff')).toEqual([255, 255, 255]);
    expect(parseHexColor('blue')).toBeNull();
  });

  it('takes the whole text, spaces around it aside', () => {
    expect(parseHexColor('  #0072b2 ')).toEqual([0, 114, 178]);
    expect(parseHexColor('x#0072B2')).toBeNull();
    expect(parseHexColor('#0072B2x')).toBeNull();
    expect(parseHexColor('#0072B')).toBeNull();
  });
});

describe('contrast', () => {
  it('names a colour that is not hex', () => {
    expect(() => relativeLuminance('red')).toThrow(new Error('Not a hex colour: red'));
    expect(() => contrastRatio('#000', 'rgb(0 0 0)')).toThrow('Not a hex colour: rgb(0 0 0)');
  });

  it('gives WCAG ratios: 21 for black on white, 1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 10);
    expect(contrastRatio('#767676', '#767676')).toBe(1);
  });

  it('picks the candidate with the most contrast, the first one on a tie or a non-hex fill', () => {
    expect(readableTextColor('#08306B', ['#1B1B1B', '#FFFFFF'])).toBe('#FFFFFF');
    expect(readableTextColor('#F7FBFF', ['#1B1B1B', '#FFFFFF'])).toBe('#1B1B1B');
    expect(readableTextColor('#777777', ['#777777', '#777777'])).toBe('#777777');
    expect(readableTextColor('url(#hatch)', ['#1B1B1B', '#FFFFFF'])).toBe('#1B1B1B');
  });
});
