// Public API of @yhdyspinta/charts: everything of `@yhdyspinta/charts/core`, with the chart components
// drawing the shipped data (@yhdyspinta/data) when given no `data`, and the adapters of the shipped
// survey's raw responses. The core entry has the same charts without that default, and without the
// shipped data in the bundle. (A local export below takes the place of core's export of the same name.)
import type { ShippedProps } from './chart/withShippedData';
import type { GoalBarChartProps as CoreGoalBarChartProps } from './GoalBarChart';
import type { RescueBarsProps as CoreRescueBarsProps } from './RescueRadar';
import type { RescueRadarWithTwinProps } from './RescueRadar';
import type { ResponseCoverageProps as CoreResponseCoverageProps } from './ResponseCoverage';
import type { ShippedCoverageProps } from './ResponseCoverage/definition';
import type { ThemeHeatmapProps as CoreThemeHeatmapProps } from './ThemeHeatmap';

export * from './core';

// --- the charts with the shipped data as their default ---
export { ShippedGoalBarChart as GoalBarChart } from './GoalBarChart/definition';
export type GoalBarChartProps = ShippedProps<CoreGoalBarChartProps>;
export { ShippedThemeHeatmap as ThemeHeatmap } from './ThemeHeatmap/definition';
export type ThemeHeatmapProps = ShippedProps<CoreThemeHeatmapProps>;
export {
  ShippedRescueRadar as RescueRadar,
  ShippedRescueBars as RescueBars,
} from './RescueRadar/definition';
export type RescueRadarProps = ShippedProps<RescueRadarWithTwinProps>;
export type RescueBarsProps = ShippedProps<CoreRescueBarsProps>;
export { ShippedResponseCoverage as ResponseCoverage } from './ResponseCoverage/definition';
export type ResponseCoverageProps = ShippedProps<CoreResponseCoverageProps, ShippedCoverageProps>;
export type { ShippedProps } from './chart/withShippedData';
export type { ShippedCoverageProps } from './ResponseCoverage/definition';

// --- adapters of the shipped survey's raw responses (parseResponsesCsv / parseResponsesJson) ---
export { goalBarFromResponses } from './GoalBarChart/shipped/fromResponses';
export type { GoalBarFromResponsesOptions } from './GoalBarChart/shipped/fromResponses';
export { themeHeatmapFromThemeCounts } from './ThemeHeatmap/shipped/fromThemeCounts';
export { themeHeatmapFromResponses } from './ThemeHeatmap/shipped/fromResponses';
export type { HeatmapFromResponsesOptions } from './ThemeHeatmap/shipped/fromResponses';
export {
  rescueRadarFromResponses,
  radarSeriesFromAggregate,
} from './RescueRadar/shipped/fromResponses';
export type { RadarFromResponsesOptions } from './RescueRadar/shipped/fromResponses';
export { responseCoverageFromResponses } from './ResponseCoverage/shipped/fromResponses';
export type { ResponseCoverageFromResponsesOptions } from './ResponseCoverage/shipped/fromResponses';
