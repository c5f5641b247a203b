/**
 * What `render` draws: the shipped data (no option), the chart's data from a raw export (--data, read
 * with --area / --survey when given) or the chart's typed data itself (--chart-data).
 */
import { chartDataFromResponses } from '@yhdyspinta/charts/static';
import type { Locale } from '@yhdyspinta/data';
import type { RenderCommand } from './args';
import { readChartData } from './chartDataFile';
import { readResponses } from './data';
import { loadDefinitions } from './definitions';
import { chartDataFromDefinitions } from './fromDefinitions';

export interface RenderInput {
  /** The chart's data; undefined = the chart's shipped data. */
  readonly data?: unknown;
  /** The --data file's encoding as read (e.g. 'Windows-1252'). */
  readonly encoding?: string;
  /** A default title: the --survey's name in the locale (its Finnish name where it has none). */
  readonly title?: string;
  readonly warnings: readonly string[];
}

export async function renderInput(command: RenderCommand): Promise<RenderInput> {
  const locale: Locale = command.locale;
  if (command.chartData !== undefined) {
    return { data: await readChartData(command.chartData, command.chart, locale), warnings: [] };
  }
  if (command.data === undefined) return { warnings: [] };
  const definitions = await loadDefinitions(command, locale);
  const file = await readResponses(command.data, { ...definitions, locale });
  if (definitions.area === undefined && definitions.survey === undefined) {
    const data = chartDataFromResponses(command.chart, file.responses, locale);
    return { data, encoding: file.encoding, warnings: file.notices };
  }
  const { data, warnings } = chartDataFromDefinitions(
    command.chart,
    file.responses,
    definitions,
    locale,
  );
  const name = definitions.survey?.name;
  const title = name === undefined ? undefined : (name[locale] ?? name.fi);
  return { data, encoding: file.encoding, title, warnings: [...file.notices, ...warnings] };
}
