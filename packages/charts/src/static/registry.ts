/**
 * The charts the static renderer and the CLI know, by their command-line names. Each entry says how to
 * draw the chart, validate its data and build that data from raw survey responses.
 */
import type { Locale, RawResponse } from '@yhdyspinta/data';
import type { GoalBarData } from '../GoalBarChart/types';
import type { RescueRadarData } from '../RescueRadar/types';
import type { ResponseCoverageData } from '../ResponseCoverage/types';
import type { HeatmapData } from '../ThemeHeatmap/types';
import { coverage } from './charts/coverage';
import type { CoverageOptions } from './charts/coverage';
import { goalBars } from './charts/goalBars';
import type { GoalBarsOptions } from './charts/goalBars';
import { rescueRadar } from './charts/rescueRadar';
import type { RescueRadarOptions } from './charts/rescueRadar';
import { themeHeatmap } from './charts/themeHeatmap';
import type { ThemeHeatmapOptions } from './charts/themeHeatmap';
import type { ChartDefinition } from './charts/types';
import { RenderError } from './RenderError';

/** The data type of each chart. */
export interface ChartDataMap {
  readonly 'goal-bars': GoalBarData;
  readonly 'theme-heatmap': HeatmapData;
  readonly 'rescue-radar': RescueRadarData;
  readonly coverage: ResponseCoverageData;
}

/** The chart-specific props of each chart (beyond the common ones and `data`). */
export interface ChartOptionsMap {
  readonly 'goal-bars': GoalBarsOptions;
  readonly 'theme-heatmap': ThemeHeatmapOptions;
  readonly 'rescue-radar': RescueRadarOptions;
  readonly coverage: CoverageOptions;
}

export type ChartName = keyof ChartDataMap;

export const CHARTS: {
  readonly [N in ChartName]: ChartDefinition<ChartDataMap[N], ChartOptionsMap[N]>;
} = {
  'goal-bars': goalBars,
  'theme-heatmap': themeHeatmap,
  'rescue-radar': rescueRadar,
  coverage,
};

/** The chart names in listing order. */
export const CHART_NAMES = Object.keys(CHARTS) as readonly ChartName[];

export function isChartName(value: unknown): value is ChartName {
  return typeof value === 'string' && Object.hasOwn(CHARTS, value);
}

/** A chart's definition with its data and options types erased, for code that handles any chart. */
export function chartDefinition(name: string): ChartDefinition<unknown, object> {
  if (!isChartName(name)) {
    throw new RenderError(
      'unknown-chart',
      `Unknown chart "${name}". Charts: ${CHART_NAMES.join(', ')}.`,
    );
  }
  return CHARTS[name] as unknown as ChartDefinition<unknown, object>;
}

/**
 * A chart's data from raw survey responses (parseResponsesCsv / parseResponsesJson) in `locale`. Throws a
 * RenderError ('unknown-chart', or 'invalid-data' when the chart cannot be drawn from survey responses).
 */
export function chartDataFromResponses<N extends ChartName>(
  chart: N,
  responses: readonly RawResponse[],
  locale: Locale = 'fi',
): ChartDataMap[N] {
  const { fromResponses } = chartDefinition(chart);
  if (typeof fromResponses === 'string') {
    throw new RenderError('invalid-data', `The chart "${chart}" ${fromResponses}`);
  }
  return fromResponses(responses, locale) as ChartDataMap[N];
}
