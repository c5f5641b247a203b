/**
 * Chart data from raw responses of another area's or survey's export (--area / --survey): the charts
 * package's chartDataFromDefinitions (the same rules as the charts' own fromResponses adapters, the
 * sections, goals and municipalities from the definitions), its refusal of a chart as a CLI error.
 */
import {
  chartDataFromDefinitions as fromDefinitions,
  UnsupportedChartError,
} from '@yhdyspinta/charts/static';
import type { ChartName, DefinedChartData } from '@yhdyspinta/charts/static';
import type { Locale, RawResponse } from '@yhdyspinta/data';
import { CliError } from './errors';
import type { Definitions } from './definitions';

export function chartDataFromDefinitions<N extends ChartName>(
  chart: N,
  responses: readonly RawResponse[],
  definitions: Definitions,
  locale: Locale,
): DefinedChartData<N> {
  try {
    return fromDefinitions(chart, responses, definitions, locale);
  } catch (error) {
    if (error instanceof UnsupportedChartError) throw new CliError(error.message);
    throw error;
  }
}
