import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  readableTextColor,
  relativeLuminance,
  resolveTheme,
  defaultTheme,
  highContrastTheme,
  slideTheme,
} from '@yhdyspinta/charts';
import type { ChartTheme } from '@yhdyspinta/charts';

describe('contrast utilities (WCAG 2.1)', () => {
  it('computes relative luminance and contrast ratios', () => {
    expect(relativeLuminance('#FFFFFF')).toBeCloseTo(1, 6);
    expect(relativeLuminance('#000')).toBe(0);
    expect(contrastRatio('#FFFFFF', '#000000')).toBeCloseTo(21, 6);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    // Known reference values: #767676 is the lightest grey with 4.5:1 on white.
    expect(contrastRatio('#767676', '#FFFFFF')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#FFFFFF', '#767676')).toBe(contrastRatio('#767676', '#FFFFFF'));
  });

  it('rejects colours that are not hex', () => {
    expect(relativeLuminance('#fff')).toBe(relativeLuminance('#FFFFFF'));
    expect(() => relativeLuminance('blue')).toThrow();
  });

  it('picks the more readable text colour', () => {
    expect(readableTextColor('#08306B', ['#1B1B1B', '#FFFFFF'])).toBe('#FFFFFF');
    expect(readableTextColor('#F2F2F2', ['#1B1B1B', '#FFFFFF'])).toBe('#1B1B1B');
  });
});

const THEMES: [string, ChartTheme, { text: number; mark: number }][] = [
  ['defaultTheme', defaultTheme, { text: 4.5, mark: 3 }],
  ['slideTheme', slideTheme, { text: 4.5, mark: 3 }],
  ['highContrastTheme', highContrastTheme, { text: 7, mark: 4.5 }],
];

describe.each(THEMES)('%s contrast', (_name, theme, min) => {
  const bg = theme.colors.background;

  it(`text colours reach ${min.text}:1 on the background`, () => {
    for (const c of [theme.colors.text, theme.colors.textMuted]) {
      expect(contrastRatio(c, bg), c).toBeGreaterThanOrEqual(min.text);
    }
  });

  it(`non-text marks reach ${min.mark}:1 on the background (grid lines are decorative)`, () => {
    const { axis, mark, markSecondary, reference, comparison } = theme.colors;
    const marks = [
      axis,
      mark,
      markSecondary,
      reference,
      comparison,
      theme.focusRing.color,
      theme.missing.stroke,
      ...theme.series,
    ];
    for (const c of marks) expect(contrastRatio(c, bg), c).toBeGreaterThanOrEqual(min.mark);
  });

  it('the sequential ramp runs from near the background (0 reads as none) to a strong mark', () => {
    // Ramp steps lighter than the mark threshold are drawn outlined or with their value printed
    // (theme/palettes.ts), so only the order and the ends are held to contrast here.
    const lum = theme.sequential.map(relativeLuminance);
    expect(lum.length).toBeGreaterThanOrEqual(5);
    for (let i = 1; i < lum.length; i += 1) expect(lum[i]).toBeLessThan(lum[i - 1] ?? 0);
    const first = theme.sequential[0] ?? '#000000';
    const last = theme.sequential.at(-1) ?? '#FFFFFF';
    expect(contrastRatio(first, bg), first).toBeLessThan(1.1);
    expect(contrastRatio(last, bg), last).toBeGreaterThanOrEqual(min.mark);
  });

  it('tooltip text reaches the text threshold on the tooltip background, and the tooltip stands out', () => {
    const { tooltip } = theme;
    expect(contrastRatio(tooltip.text, tooltip.background)).toBeGreaterThanOrEqual(min.text);
    expect(contrastRatio(tooltip.textMuted, tooltip.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(tooltip.background, bg)).toBeGreaterThanOrEqual(3);
  });

  it('every sequential step can carry a printed value at 4.5:1', () => {
    expect(theme.sequential.length).toBeGreaterThan(0);
    for (const step of theme.sequential) {
      const text = readableTextColor(step, [theme.colors.text, '#FFFFFF']);
      expect(contrastRatio(text, step), step).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('every diverging step can carry a printed value at 4.5:1; odd steps, the middle near white', () => {
    const steps = theme.diverging;
    expect(steps.length % 2).toBe(1);
    expect(steps.length).toBeGreaterThanOrEqual(5);
    for (const step of steps) {
      const text = readableTextColor(step, [theme.colors.text, '#FFFFFF']);
      expect(contrastRatio(text, step), step).toBeGreaterThanOrEqual(4.5);
    }
    const middle = steps[(steps.length - 1) / 2] ?? '#000000';
    expect(contrastRatio(middle, bg), middle).toBeLessThan(1.2);
    // Both ends are strong marks, ≥ 3:1 on the background.
    for (const end of [steps[0] ?? '', steps.at(-1) ?? '']) {
      expect(contrastRatio(end, bg), end).toBeGreaterThanOrEqual(min.mark);
    }
  });

  it('has a categorical palette of distinct colours', () => {
    expect(theme.series.length).toBeGreaterThanOrEqual(6);
    expect(new Set(theme.series.map((c) => c.toUpperCase())).size).toBe(theme.series.length);
  });
});

describe('themes', () => {
  it('slideTheme has larger type than defaultTheme everywhere', () => {
    for (const key of Object.keys(defaultTheme.fontSize) as (keyof ChartTheme['fontSize'])[]) {
      expect(slideTheme.fontSize[key], key).toBeGreaterThanOrEqual(
        defaultTheme.fontSize[key] * 1.6,
      );
    }
  });

  it('all themes render with Noto Sans first', () => {
    for (const [, theme] of THEMES) expect(theme.fontFamily.startsWith("'Noto Sans'")).toBe(true);
  });
});

describe('resolveTheme', () => {
  it('returns the base for no overrides', () => {
    expect(resolveTheme()).toBe(defaultTheme);
    expect(resolveTheme(undefined, slideTheme)).toBe(slideTheme);
  });

  it('deep-merges nested objects and keeps the rest', () => {
    const t = resolveTheme({ colors: { mark: '#005A8C' }, fontSize: { title: 30 } });
    expect(t.colors.mark).toBe('#005A8C');
    expect(t.colors.text).toBe(defaultTheme.colors.text);
    expect(t.fontSize.title).toBe(30);
    expect(t.fontSize.label).toBe(defaultTheme.fontSize.label);
    expect(t.spacing).toEqual(defaultTheme.spacing);
  });

  it('replaces arrays whole, ignores undefined and never mutates', () => {
    const before = JSON.stringify(defaultTheme);
    const t = resolveTheme({ series: ['#000000'], colors: { mark: undefined } });
    expect(t.series).toEqual(['#000000']);
    expect(t.colors.mark).toBe(defaultTheme.colors.mark);
    expect(JSON.stringify(defaultTheme)).toBe(before);
  });

  it('accepts a whole theme as an override', () => {
    expect(resolveTheme(slideTheme)).toEqual(slideTheme);
  });
});
