// Read by the chart's definition and by the element bundles' entries (which load no chart code up front).
import type { ChartTitles } from '../chart/ChartDefinition';

/** ResponseCoverage's default title. */
export const responseCoverageTitles = {
  shipped: (m) => m.responseCoverage.title,
} as const satisfies ChartTitles;
