// ThemeHeatmap in every output: its id, the main entry's component with the shipped data, its adapters.
import type { Locale } from '@yhdyspinta/data';
import { themeHeatmapAbout } from './about';
import { defineChartEntry } from '../chart/ChartDefinition';
import type { OptionsOf } from '../chart/ChartDefinition';
import { withShippedData } from '../chart/withShippedData';
import { themeHeatmapFromResponses } from './shipped/fromResponses';
import { themeHeatmapFromThemeCounts } from './shipped/fromThemeCounts';
import { splitHeatmap } from './split';
import { ThemeHeatmap } from './ThemeHeatmap';
import { themeHeatmapTitles } from './titles';
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

export const themeHeatmapChart = defineChartEntry({
  id: 'theme-heatmap',
  ...themeHeatmapAbout,
  Chart: ShippedThemeHeatmap,
  validate: validateThemeHeatmapData,
  fromResponses: themeHeatmapFromResponses,
  titles: themeHeatmapTitles,
  shippedData: shippedHeatmap,
  split: splitHeatmap,
});
