// The charts' default titles by id (each declared in its folder's titles.ts, which its definition reads):
// known to every bundle's entry, which names an element's loading state before its chart's code loads.
import type { ChartTitles } from '../../chart/ChartDefinition';
import { goalBarTitles } from '../../GoalBarChart/titles';
import { rescueRadarTitles } from '../../RescueRadar/titles';
import { responseCoverageTitles } from '../../ResponseCoverage/titles';
import { themeHeatmapTitles } from '../../ThemeHeatmap/titles';

export const CORE_TITLES = {
  'goal-bars': goalBarTitles,
  'theme-heatmap': themeHeatmapTitles,
  'rescue-radar': rescueRadarTitles,
  coverage: responseCoverageTitles,
} as const satisfies Record<string, ChartTitles>;

/** The charts' ids, in the catalogue's order. */
export type BundleChartId = keyof typeof CORE_TITLES;
