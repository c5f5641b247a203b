// Read by the chart's definition and by the element bundles' entries (which load no chart code up front).
import type { ChartTitles } from '../chart/ChartDefinition';

/**
 * ThemeHeatmap's default titles: the shipped heatmap shows memo themes; from survey responses it shows
 * goal ratings.
 */
export const themeHeatmapTitles = {
  shipped: (m) => m.themeHeatmap.title,
  responses: (m) => m.themeHeatmap.goalRatingTitle,
} as const satisfies ChartTitles;
