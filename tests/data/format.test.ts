import { describe, expect, it } from 'vitest';
import { formatCount, formatScore, formatShare, intlLocale } from '@yhdyspinta/data';

const NBSP = '\u00a0';

describe('formatScore', () => {
  it.each([
    [2.7, '2,7', '2,7', '2.7'],
    [3, '3,0', '3,0', '3.0'],
    [2.25, '2,3', '2,3', '2.3'],
    [1.5, '1,5', '1,5', '1.5'],
    [-0.5, '-0,5', '-0,5', '-0.5'],
    [-2.25, '-2,3', '-2,3', '-2.3'],
    [-0.04, '0,0', '0,0', '0.0'],
  ])('%s → fi %s, sv %s, en %s', (v, fi, sv, en) => {
    expect(formatScore(v, 'fi')).toBe(fi);
    expect(formatScore(v, 'sv')).toBe(sv);
    expect(formatScore(v, 'en')).toBe(en);
  });

  it('writes an ASCII hyphen-minus, never U+2212', () => {
    expect(formatScore(-1.2, 'fi')).not.toContain('\u2212');
    expect(formatScore(-1.2, 'fi').charCodeAt(0)).toBe(0x2d);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, null, undefined])(
    '%s → en dash',
    (v) => {
      expect(formatScore(v, 'fi')).toBe('–');
      expect(formatScore(v, 'en')).toBe('–');
    },
  );
});

describe('formatShare', () => {
  it('uses the no-break space Intl gives in fi and sv, none in en', () => {
    expect(formatShare(0.6, 'fi')).toBe(`60${NBSP}%`);
    expect(formatShare(0.6, 'sv')).toBe(`60${NBSP}%`);
    expect(formatShare(0.6, 'en')).toBe('60%');
  });

  it('rounds to whole percents by default, or to given decimals', () => {
    expect(formatShare(2 / 3, 'fi')).toBe(`67${NBSP}%`);
    expect(formatShare(2 / 3, 'fi', 1)).toBe(`66,7${NBSP}%`);
    expect(formatShare(2 / 3, 'en', 1)).toBe('66.7%');
  });

  it('shows – for non-finite', () => {
    expect(formatShare(Number.NaN, 'fi')).toBe('–');
    expect(formatShare(null, 'sv')).toBe('–');
  });
});

describe('formatCount', () => {
  it('gives "6/10" in every locale', () => {
    expect(formatCount(6, 10, 'fi')).toBe('6/10');
    expect(formatCount(6, 10, 'sv')).toBe('6/10');
    expect(formatCount(6, 10, 'en')).toBe('6/10');
  });

  it('groups large numbers as the locale does', () => {
    expect(formatCount(1234, 5000, 'fi')).toBe(`1${NBSP}234/5${NBSP}000`);
    expect(formatCount(1234, 5000, 'en')).toBe('1,234/5,000');
  });

  it.each([
    [-1, 10],
    [1.5, 10],
    [6, Number.NaN],
  ])('(%s, %s) → –', (a, t) => {
    expect(formatCount(a, t, 'fi')).toBe('–');
  });
});

describe('intlLocale', () => {
  it('maps to Finland’s Finnish and Swedish and British English', () => {
    expect([intlLocale('fi'), intlLocale('sv'), intlLocale('en')]).toEqual([
      'fi-FI',
      'sv-FI',
      'en-GB',
    ]);
  });
});
