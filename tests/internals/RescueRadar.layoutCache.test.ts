// RescueRadar's computeRescueRadarLayout (RescueRadar/compute.ts): the natural-height layout kept for
// the same input (data, width, locale, theme, options, and the locale's hyphenation as registered),
// recomputed when any of them changes, reused at its own natural height with a fit report, and the fit
// report of an overlay at a fixed height. Data: tests/support/rescueRadarData.ts and the invented stress
// fixtures (tests/fixtures/stress/radar.ts); the Swedish series' values are illustrative (made up).
import { describe, expect, it, vi } from 'vitest';
import { computeRescueRadarLayout, defaultTheme, slideTheme } from '@yhdyspinta/charts';
import type { RescueRadarLayoutInput } from '@yhdyspinta/charts';
import { rescueRadarNaturalHeight } from '../../packages/charts/src/RescueRadar/compute';
import { radar6 } from '../fixtures/stress/radar';
import { OPTIONS } from '../support/rescueRadarRules';
import { twoSeries } from '../support/rescueRadarData';

const base = (): RescueRadarLayoutInput => ({
  data: twoSeries,
  width: 800,
  locale: 'fi',
  theme: defaultTheme,
  options: OPTIONS,
});

describe('computeRescueRadarLayout: the natural layout kept', () => {
  it('returns the same layout for the same input, and no fit report', () => {
    const input = base();
    const first = computeRescueRadarLayout(input);
    expect(first.arrangement).toBe('overlay');
    expect(first.fit).toBeUndefined();
    expect(computeRescueRadarLayout(input)).toBe(first);
    // An equal input object with the same parts is the same input.
    expect(computeRescueRadarLayout({ ...input })).toBe(first);
    expect(rescueRadarNaturalHeight(input)).toBe(first.height);
  });

  it('recomputes when the data, width, locale, theme or options change', () => {
    const input = base();
    const first = computeRescueRadarLayout(input);
    const data = computeRescueRadarLayout({
      ...input,
      data: { ...twoSeries, series: twoSeries.series.slice(0, 1) },
    });
    expect(data.series).toHaveLength(1);
    computeRescueRadarLayout(input);
    const width = computeRescueRadarLayout({ ...input, width: 900 });
    expect(width.width).toBe(900);
    computeRescueRadarLayout(input);
    const locale = computeRescueRadarLayout({ ...input, locale: 'en' });
    expect(locale).not.toBe(first);
    expect(JSON.stringify(locale.header)).toContain('n = 2/10 municipalities');
    // Between two locales without hyphenation patterns (en, sv) too.
    const sv = computeRescueRadarLayout({ ...input, locale: 'sv' });
    expect(JSON.stringify(sv.header)).toContain('kommuner');
    computeRescueRadarLayout(input);
    const theme = computeRescueRadarLayout({ ...input, theme: slideTheme });
    expect(theme.font.label).toBe(slideTheme.fontSize.label);
    computeRescueRadarLayout(input);
    const options = computeRescueRadarLayout({
      ...input,
      options: { ...OPTIONS, title: 'Toinen otsikko' },
    });
    expect(options.header.title?.lines.join(' ')).toBe('Toinen otsikko');
    expect(first.header.title?.lines.join(' ')).toBe('Otsikko');
  });

  it('at its natural height: the kept layout (its very scales) with a fit report', () => {
    const input = base();
    const natural = computeRescueRadarLayout(input);
    const fixed = computeRescueRadarLayout({ ...input, height: natural.height });
    expect(fixed.panels[0]!.scale).toBe(natural.panels[0]!.scale);
    expect(fixed.height).toBe(natural.height);
    expect(fixed.fit).toEqual({
      fits: true,
      neededHeight: natural.height,
      unit: 'series',
      total: 2,
      pages: [{ start: 0, end: 2 }],
    });
    // The kept natural layout is unchanged.
    expect(natural.fit).toBeUndefined();
  });

  it('an overlay at another fixed height: laid out again, with its fit report', () => {
    const input = base();
    const natural = computeRescueRadarLayout(input);
    const taller = computeRescueRadarLayout({ ...input, height: natural.height + 100 });
    expect(taller.arrangement).toBe('overlay');
    expect(taller.panels[0]!.scale).not.toBe(natural.panels[0]!.scale);
    expect(taller.fit).toEqual({
      fits: true,
      neededHeight: taller.height,
      unit: 'series',
      total: 2,
      pages: [{ start: 0, end: 2 }],
    });
  });

  it('small multiples at another fixed height are fitted to it, not the kept layout', () => {
    const input = { ...base(), data: radar6('fi'), width: 1280 };
    const natural = computeRescueRadarLayout(input);
    expect(natural.arrangement).toBe('multiples');
    const fixed = computeRescueRadarLayout({ ...input, height: natural.height + 200 });
    expect(fixed.height).toBe(natural.height + 200);
    expect(fixed.fit?.neededHeight).toBe(natural.height);
    const kept = computeRescueRadarLayout({ ...input, height: natural.height });
    expect(kept.panels[0]!.scale).toBe(natural.panels[0]!.scale);
  });

  it('recomputes once Swedish hyphenation is registered (loaded on demand)', async () => {
    // In a fresh module graph, where Swedish is not registered whatever other test files did (the
    // mutation run shares one graph between them), and which is dropped afterwards.
    vi.resetModules();
    try {
      const hyphenation = await import('../../packages/charts/src/text/hyphenation');
      const { SWEDISH_HYPHENATION } = await import('../../packages/charts/src/text/hyphenationSv');
      const { computeRescueRadarLayout: compute } =
        await import('../../packages/charts/src/RescueRadar/compute');
      expect(hyphenation.hyphenationFor('sv')).toBeUndefined();
      const input = { ...base(), locale: 'sv' as const };
      const before = compute(input);
      expect(compute(input)).toBe(before);
      hyphenation.registerHyphenation('sv', SWEDISH_HYPHENATION);
      const after = compute(input);
      expect(after).not.toBe(before);
      expect(JSON.stringify(after.header)).toContain('kommuner');
      expect(compute(input)).toBe(after);
    } finally {
      vi.resetModules();
    }
  });
});
