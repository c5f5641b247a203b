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

/**
 * The chart's data in `locale`; its warnings and its refusal said in `speaks`, the command's language
 * (a deck draws slides in several languages and speaks one).
 */
export function chartDataFromDefinitions<N extends ChartName>(
  chart: N,
  responses: readonly RawResponse[],
  definitions: Definitions,
  locale: Locale,
  speaks: Locale = locale,
): DefinedChartData<N> {
  try {
    const made = fromDefinitions(chart, responses, definitions, locale);
    return { ...made, warnings: made.localizedWarnings.map((warning) => warning[speaks]) };
  } catch (error) {
    if (error instanceof UnsupportedChartError) throw new CliError(error.localized[speaks]);
    throw error;
  }
}
