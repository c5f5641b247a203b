import { describe, expect, it } from 'vitest';
import {
  bytesFromAttribute,
  dataFromAttribute,
  secondsFromAttribute,
  resolveElementLocale,
  sizeFromAttribute,
  themeFromAttribute,
} from '../../packages/charts/src/elements/attributes';
import { defaultTheme, highContrastTheme, slideTheme } from '@yhdyspinta/charts';

describe('locale attribute', () => {
  it('falls back to the page language, then Finnish', () => {
    expect(resolveElementLocale('en', 'sv')).toBe('en');
    expect(resolveElementLocale(null, 'sv-FI')).toBe('sv');
    expect(resolveElementLocale('xx', 'sv')).toBe('sv');
    expect(resolveElementLocale(null, 'de')).toBe('fi');
    expect(resolveElementLocale(null, undefined)).toBe('fi');
  });
});

describe('theme attribute', () => {
  it('maps the three names, anything else to the default theme', () => {
    expect(themeFromAttribute('slide')).toBe(slideTheme);
    expect(themeFromAttribute(' High-Contrast ')).toBe(highContrastTheme);
    expect(themeFromAttribute('default')).toBe(defaultTheme);
    expect(themeFromAttribute('dark')).toBe(defaultTheme);
    expect(themeFromAttribute('constructor')).toBe(defaultTheme);
    expect(themeFromAttribute(null)).toBe(defaultTheme);
  });
});

describe('width and height attributes', () => {
  it('accepts positive px numbers only', () => {
    expect(sizeFromAttribute('640')).toBe(640);
    expect(sizeFromAttribute(' 480.5px ')).toBe(480.5);
    expect(sizeFromAttribute('100PX')).toBe(100);
    for (const bad of ['0', '-5', '50%', '10em', 'auto', '', '1e3', 'Infinity', null]) {
      expect(sizeFromAttribute(bad)).toBeUndefined();
    }
  });
});

describe('data attribute', () => {
  it('parses JSON and reports what is not JSON instead of throwing', () => {
    expect(dataFromAttribute('{"groups":[]}')).toEqual({ ok: true, value: { groups: [] } });
    const bad = dataFromAttribute('{groups: []}');
    expect(bad.ok).toBe(false);
    expect(bad.ok ? '' : bad.problem).toMatch(/JSON/);
  });
});

describe('src limits', () => {
  it('reads timeout in seconds', () => {
    expect(['15', '2.5', '3s', ' 1 S '].map(secondsFromAttribute)).toEqual([15, 2.5, 3, 1]);
    expect(['0', '-1', 'soon', '', null].map(secondsFromAttribute)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reads max-size in bytes, kB, MB or GB (decimal units)', () => {
    expect(['2000', '500 kB', '10MB', '1.5mb', '1GB'].map(bytesFromAttribute)).toEqual([
      2000, 500_000, 10_000_000, 1_500_000, 1_000_000_000,
    ]);
    expect(['0', '10 TB', 'big', '', null].map(bytesFromAttribute)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
