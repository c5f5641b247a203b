/**
 * A chart's data as it is drawn: the shipped data (the 2024 survey, the 2025 memos) or the user's
 * responses through the chart's adapter. The slides read it for the native charts and the base.
 */
import {
  goalBarFromSurvey,
  rescueRadarFromSurvey,
  responseCoverageFromSurvey,
  themeHeatmapFromThemeCounts,
} from '@yhdyspinta/charts';
import { chartDataFromResponses } from '@yhdyspinta/charts/static';
import type { ChartDataMap, ChartName } from '@yhdyspinta/charts/static';
import { survey2024 } from '@yhdyspinta/data';
import type { Locale, RawResponse } from '@yhdyspinta/data';

/** Any chart's data with its chart name, so code can switch on `chart`. */
export type NamedChartData = {
  readonly [N in ChartName]: { readonly chart: N; readonly data: ChartDataMap[N] };
}[ChartName];

function shipped(chart: ChartName, locale: Locale): NamedChartData {
  switch (chart) {
    case 'goal-bars':
      return { chart, data: goalBarFromSurvey(survey2024, locale) };
    case 'theme-heatmap':
      return { chart, data: themeHeatmapFromThemeCounts(undefined, locale) };
    case 'rescue-radar':
      return { chart, data: rescueRadarFromSurvey(survey2024, locale) };
    case 'coverage':
      return { chart, data: responseCoverageFromSurvey(survey2024, locale) };
  }
}

/** The chart's data: from `responses` when given, else the shipped data. */
export function chartData(
  chart: ChartName,
  locale: Locale,
  responses?: readonly RawResponse[],
): NamedChartData {
  if (responses === undefined) return shipped(chart, locale);
  return { chart, data: chartDataFromResponses(chart, responses, locale) } as NamedChartData;
}

/** The response base (answered / total), where the chart's data has one. */
export function chartBase(
  named: NamedChartData,
): { readonly answered: number; readonly total: number } | undefined {
  switch (named.chart) {
    case 'goal-bars':
    case 'rescue-radar':
      return named.data.base;
    case 'coverage':
      return {
        answered: named.data.filter((item) => item.answered).length,
        total: named.data.length,
      };
    case 'theme-heatmap':
      return undefined;
  }
}
