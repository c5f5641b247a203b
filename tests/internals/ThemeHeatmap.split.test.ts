// ThemeHeatmap's split plan at slide sizes (issue 12): 12 goals × 25 long municipality names (the INVENTED
// stress fixture) keyed one under another are taller than a slide, so no page of rows could fit; the key
// then takes several columns and the plan's pages, each drawn alone (splitHeatmap's parts), fit the slide
// with the same columns, key and bands, and no text under the slide theme's minimum.
import { describe, expect, it } from 'vitest';
import { computeThemeHeatmapLayout, slideTheme } from '@yhdyspinta/charts';
import type { HeatmapData, HeatmapLayout } from '@yhdyspinta/charts';
import { splitHeatmap } from '../../packages/charts/src/ThemeHeatmap/split';
import { stressFixtures } from '../fixtures/stress';
import type { StressLocale } from '../fixtures/stress';

const CASES = [
  ['heatmap-ratings-12x25', 1920, 1080, 'fi'],
  ['heatmap-ratings-12x25', 1440, 1080, 'sv'],
  ['heatmap-26x14', 1754, 1240, 'sv'],
] as const;

function fixture(name: string, locale: StressLocale): HeatmapData {
  const found = stressFixtures(locale).find((f) => f.chart === 'theme-heatmap' && f.name === name);
  expect(found).toBeDefined();
  return found?.data as HeatmapData;
}

/** Every text size of the layout: labels, key, printed values, notes. */
function textSizes(l: HeatmapLayout): number[] {
  return [l.labelFontSize, ...(l.valueFontSize === null ? [] : [l.valueFontSize])].concat(
    l.notes.map((n) => n.fontSize),
  );
}

describe.each(CASES)('ThemeHeatmap %s at %i × %i (%s)', (name, width, height, locale) => {
  const data = fixture(name, locale);
  const base = { width, height, locale, theme: slideTheme, title: 'Otsikko (1/2)' } as const;
  const whole = computeThemeHeatmapLayout(data, base);

  it('does not fit whole, and plans pages that cover every drawn row once', () => {
    expect(whole.fit?.fits).toBe(false);
    const pages = whole.fit?.pages ?? [];
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]?.start).toBe(0);
    expect(pages.at(-1)?.end).toBe(whole.data.rows.length);
    pages.slice(1).forEach((p, i) => expect(p.start).toBe(pages[i]?.end));
    expect(whole.keyColumns).toBeGreaterThan(1);
  });

  it('draws each part within the size, same columns and key, text at full size', () => {
    const plan = whole.fit;
    expect(plan).toBeDefined();
    if (!plan) return;
    const parts = splitHeatmap({ data, props: {}, plan, ...base });
    expect(parts).toHaveLength(plan.pages.length);
    const drawn: string[] = [];
    for (const part of parts) {
      const l = computeThemeHeatmapLayout(part.data, { ...base, ...part.props });
      expect(l.fit?.fits).toBe(true);
      expect(l.height).toBe(height);
      expect(l.transposed).toBe(whole.transposed);
      expect(l.keyColumns).toBe(whole.keyColumns);
      expect(l.data.columns.map((c) => c.id)).toEqual(whole.data.columns.map((c) => c.id));
      expect(l.bands.bands.map((b) => b.min)).toEqual(whole.bands.bands.map((b) => b.min));
      expect(Math.min(...textSizes(l))).toBeGreaterThanOrEqual(slideTheme.minFontSize);
      expect(l.labelFontSize).toBe(slideTheme.fontSize.label);
      drawn.push(...l.data.rows.map((r) => r.id));
    }
    expect(drawn).toEqual(whole.data.rows.map((r) => r.id));
  });
});
