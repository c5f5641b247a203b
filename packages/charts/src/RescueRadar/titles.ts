// Read by the chart's definition and by the element bundles' entries (which load no chart code up front).
import type { ChartTitles } from '../chart/ChartDefinition';

/** RescueRadar's default title. */
export const rescueRadarTitles = {
  shipped: (m) => m.rescueRadar.title,
} as const satisfies ChartTitles;
