// The charts' default titles by id, as their definitions have them (../../<Chart>/definition.ts): known
// to every bundle's entry, which names an element's loading state before its chart's code loads.
import type { ChartTitles } from '../../chart/ChartDefinition';

export const CORE_TITLES = {
  'goal-bars': { shipped: (m) => m.goalBar.title },
  'theme-heatmap': {
    shipped: (m) => m.themeHeatmap.title,
    responses: (m) => m.themeHeatmap.goalRatingTitle,
  },
  'rescue-radar': { shipped: (m) => m.rescueRadar.title },
  coverage: { shipped: (m) => m.responseCoverage.title },
} as const satisfies Record<string, ChartTitles>;

/** The charts' ids, in the catalogue's order. */
export type BundleChartId = keyof typeof CORE_TITLES;
