// ThemeHeatmap in every output: its id, the main entry's component with the shipped data, its adapters.
import type { Locale } from '@yhdyspinta/data';
import { defineChartEntry } from '../chart/ChartDefinition';
import type { OptionsOf } from '../chart/ChartDefinition';
import { withShippedData } from '../chart/withShippedData';
import { themeHeatmapFromResponses } from './shipped/fromResponses';
import { themeHeatmapFromThemeCounts } from './shipped/fromThemeCounts';
import { splitHeatmap } from './split';
import { ThemeHeatmap } from './ThemeHeatmap';
import type { HeatmapData } from './types';
import { validateThemeHeatmapData } from './validate';

const shippedHeatmap = (locale: Locale) => themeHeatmapFromThemeCounts(undefined, locale);

/**
 * ThemeHeatmap drawing the coded 2025 §14 negotiation memos unless given `data`: the ten municipalities ×
 * the memo themes, counting the memo points coded to each theme (`themeHeatmapFromThemeCounts()`; only
 * 3/10 municipalities have a memo, the rest are drawn as no data).
 */
export const ShippedThemeHeatmap = withShippedData(ThemeHeatmap, shippedHeatmap, 'ThemeHeatmap');

/** ThemeHeatmap's own options (none beyond the common props today). */
export type ThemeHeatmapChartOptions = OptionsOf<typeof ShippedThemeHeatmap>;

export const themeHeatmapChart = defineChartEntry<
  'theme-heatmap',
  HeatmapData,
  ThemeHeatmapChartOptions
>({
  id: 'theme-heatmap',
  component: 'ThemeHeatmap',
  description: 'Memo themes by municipality (2025); with --data: goal means by municipality',
  Chart: ShippedThemeHeatmap,
  validate: validateThemeHeatmapData,
  fromResponses: (responses, locale) => themeHeatmapFromResponses(responses, { locale }),
  needs:
    "at least one row and one column with a value (from responses: ratings of the survey's goals by municipality)",
  // The shipped heatmap shows memo themes; from survey responses it shows goal ratings.
  titles: {
    shipped: (m) => m.themeHeatmap.title,
    responses: (m) => m.themeHeatmap.goalRatingTitle,
  },
  shippedData: shippedHeatmap,
  split: splitHeatmap,
});
