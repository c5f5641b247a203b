// Read by the chart's definition and by the element bundles' entries (which load no chart code up front).
import type { ChartTitles } from '../chart/ChartDefinition';

/** GoalBarChart's default title (of the shipped survey and of data from responses alike). */
export const goalBarTitles = { shipped: (m) => m.goalBar.title } as const satisfies ChartTitles;
