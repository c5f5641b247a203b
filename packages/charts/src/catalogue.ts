/**
 * The catalogue: every chart, once. static/ (renderToSvg), elements/ (the custom elements), the CLI, the
 * stories' shared set and the test matrices read it. Adding a chart = its folder (with its definition.ts)
 * and one line in CHART_LIST.
 */
import type { Locale, RawResponse } from '@yhdyspinta/data';
import type { ComponentProps } from 'react';
import type { AnyChartDefinition } from './chart/ChartDefinition';
import type { CommonChartProps } from './common/ChartProps';
import type { Validation } from './common/validation';
import { goalBarsChart } from './GoalBarChart/definition';
import { rescueRadarChart } from './RescueRadar/definition';
import { coverageChart } from './ResponseCoverage/definition';
import { RenderError } from './static/RenderError';
import { themeHeatmapChart } from './ThemeHeatmap/definition';

/** The charts in listing order. */
export const CHART_LIST = [
  goalBarsChart,
  themeHeatmapChart,
  rescueRadarChart,
  coverageChart,
] as const;

type Entry = (typeof CHART_LIST)[number];
/** A chart's id: 'goal-bars', 'theme-heatmap', 'rescue-radar', 'coverage'. */
export type ChartName = Entry['id'];
type DefinitionOf<N extends ChartName> = Extract<Entry, { readonly id: N }>;

/** The data type of each chart. */
export type ChartDataMap = {
  readonly [N in ChartName]: DefinitionOf<N>['validate'] extends (
    data: unknown,
  ) => Validation<infer D>
    ? D
    : never;
};

/** The chart-specific props of each chart (beyond the common ones and `data`). */
export type ChartOptionsMap = {
  readonly [N in ChartName]: Omit<
    ComponentProps<DefinitionOf<N>['Chart']>,
    keyof CommonChartProps | 'data'
  >;
};

/** Each chart's definition by its id. */
export const CHARTS = Object.fromEntries(CHART_LIST.map((chart) => [chart.id, chart])) as {
  readonly [N in ChartName]: DefinitionOf<N>;
};

/** The chart ids in listing order. */
export const CHART_NAMES: readonly ChartName[] = CHART_LIST.map((chart) => chart.id);

export function isChartName(value: unknown): value is ChartName {
  return typeof value === 'string' && Object.hasOwn(CHARTS, value);
}

/** A chart's definition with its data and options types erased, for code that handles any chart. */
export function chartDefinition(name: string): AnyChartDefinition {
  if (!isChartName(name)) {
    throw new RenderError(
      'unknown-chart',
      `Unknown chart "${name}". Charts: ${CHART_NAMES.join(', ')}.`,
    );
  }
  return CHARTS[name] as unknown as AnyChartDefinition;
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
