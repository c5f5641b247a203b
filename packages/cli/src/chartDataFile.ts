/**
 * --chart-data FILE.json: a chart's typed data given directly (GoalBarData, HeatmapData, RescueRadarData,
 * ResponseCoverageData), checked by the chart's own `validate` from the catalogue. Invalid data stops the
 * render with the chart's problems listed (exit 1); nothing is drawn from it.
 */
import { readFile } from 'node:fs/promises';
import { decodeText } from '@yhdyspinta/data';
import type { Locale } from '@yhdyspinta/data';
import { CHARTS } from '@yhdyspinta/charts/static';
import type { ChartDataMap, ChartName } from '@yhdyspinta/charts/static';
import { CliError } from './errors';
import { checkInputFile } from './inputFile';
import { visible } from './visible';

/** Largest chart-data file read (bytes). */
export const MAX_CHART_DATA_BYTES = 20 * 1024 * 1024;

const TEXT: Readonly<
  Record<
    Locale,
    {
      readonly json: (path: string, reason: string) => string;
      readonly invalid: (path: string, chart: string) => string;
      /** `needs`: what the chart needs to draw anything (its about.ts), in the same language. */
      readonly empty: (path: string, chart: string, needs: string) => string;
    }
  >
> = {
  fi: {
    json: (path, reason) => `Kaavion datatiedosto "${path}" ei ole kelvollista JSONia: ${reason}`,
    invalid: (path, chart) =>
      `Kaavion datatiedosto "${path}" ei kelpaa kaaviolle ${chart} (kaavion omat tarkistukset, englanniksi):`,
    empty: (path, chart, needs) =>
      `Kaavion datatiedostossa "${path}" ei ole mitään piirrettävää kaaviolle ${chart}: se tarvitsee ${needs}.`,
  },
  sv: {
    json: (path, reason) => `Diagramdatafilen "${path}" är inte giltig JSON: ${reason}`,
    invalid: (path, chart) =>
      `Diagramdatafilen "${path}" duger inte för diagrammet ${chart} (diagrammets egna kontroller, på engelska):`,
    empty: (path, chart, needs) =>
      `Diagramdatafilen "${path}" har inget att rita för diagrammet ${chart}: det behöver ${needs}.`,
  },
  en: {
    json: (path, reason) => `The chart data file "${path}" is not valid JSON: ${reason}`,
    invalid: (path, chart) => `The chart data file "${path}" is not valid data for ${chart}:`,
    empty: (path, chart, needs) =>
      `The chart data file "${path}" has nothing to draw for ${chart}: it needs ${needs}.`,
  },
};

/** Reads and validates the chart's data from a JSON file; throws a CliError with the chart's problems. */
export async function readChartData<N extends ChartName>(
  path: string,
  chart: N,
  locale: Locale,
): Promise<ChartDataMap[N]> {
  const t = TEXT[locale];
  const shown = visible(path);
  await checkInputFile(path, 'chartData', locale, { maxBytes: MAX_CHART_DATA_BYTES });
  let value: unknown;
  try {
    value = JSON.parse(decodeText(await readFile(path)).text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CliError(
      t.json(shown, visible(error instanceof Error ? error.message : String(error))),
    );
  }
  const validation = CHARTS[chart].validate(value);
  if (validation.ok) return validation.data as ChartDataMap[N];
  const lead =
    validation.kind === 'empty'
      ? t.empty(shown, chart, CHARTS[chart].needs[locale])
      : t.invalid(shown, chart);
  throw new CliError(lead, { details: validation.problems.map((p) => `  ${visible(p)}`) });
}
