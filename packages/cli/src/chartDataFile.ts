/**
 * --chart-data FILE.json: a chart's typed data given directly (GoalBarData, HeatmapData, RescueRadarData,
 * ResponseCoverageData), checked by the chart's own `validate` from the catalogue. Invalid data stops the
 * render with the chart's problems listed (exit 1); nothing is drawn from it.
 */
import { readFile, stat } from 'node:fs/promises';
import { decodeText } from '@yhdyspinta/data';
import type { Locale } from '@yhdyspinta/data';
import { CHARTS } from '@yhdyspinta/charts/static';
import type { ChartDataMap, ChartName } from '@yhdyspinta/charts/static';
import { CliError } from './errors';
import { visible } from './visible';

/** Largest chart-data file read (bytes). */
export const MAX_CHART_DATA_BYTES = 20 * 1024 * 1024;

const TEXT: Readonly<
  Record<
    Locale,
    {
      readonly missing: (path: string) => string;
      readonly large: (path: string, mb: number) => string;
      readonly json: (path: string, reason: string) => string;
      readonly invalid: (path: string, chart: string) => string;
      readonly empty: (path: string, chart: string) => string;
    }
  >
> = {
  fi: {
    missing: (path) => `Kaavion datatiedostoa "${path}" ei ole olemassa tai se ei ole tiedosto.`,
    large: (path, mb) => `Kaavion datatiedosto "${path}" on suurempi kuin ${mb} Mt.`,
    json: (path, reason) => `Kaavion datatiedosto "${path}" ei ole kelvollista JSONia: ${reason}`,
    invalid: (path, chart) =>
      `Kaavion datatiedosto "${path}" ei kelpaa kaaviolle ${chart} (kaavion omat tarkistukset, englanniksi):`,
    empty: (path, chart) =>
      `Kaavion datatiedostossa "${path}" ei ole mitään piirrettävää kaaviolle ${chart}:`,
  },
  sv: {
    missing: (path) => `Diagramdatafilen "${path}" finns inte eller är inte en fil.`,
    large: (path, mb) => `Diagramdatafilen "${path}" är större än ${mb} MB.`,
    json: (path, reason) => `Diagramdatafilen "${path}" är inte giltig JSON: ${reason}`,
    invalid: (path, chart) =>
      `Diagramdatafilen "${path}" duger inte för diagrammet ${chart} (diagrammets egna kontroller, på engelska):`,
    empty: (path, chart) =>
      `Diagramdatafilen "${path}" har inget att rita för diagrammet ${chart}:`,
  },
  en: {
    missing: (path) => `The chart data file "${path}" does not exist or is not a file.`,
    large: (path, mb) => `The chart data file "${path}" is larger than ${mb} MB.`,
    json: (path, reason) => `The chart data file "${path}" is not valid JSON: ${reason}`,
    invalid: (path, chart) => `The chart data file "${path}" is not valid data for ${chart}:`,
    empty: (path, chart) => `The chart data file "${path}" has nothing to draw for ${chart}:`,
  },
};

/** Reads and validates the chart's data from a JSON file; throws a CliError with the chart's problems. */
export async function readChartData<N extends ChartName>(
  path: string,
  chart: N,
  locale: Locale,
): Promise<ChartDataMap[N]> {
  const t = TEXT[locale];
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) throw new CliError(t.missing(path));
  if (info.size > MAX_CHART_DATA_BYTES) {
    throw new CliError(t.large(path, MAX_CHART_DATA_BYTES / 1024 / 1024));
  }
  let value: unknown;
  try {
    value = JSON.parse(decodeText(await readFile(path)).text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CliError(
      t.json(path, visible(error instanceof Error ? error.message : String(error))),
    );
  }
  const validation = CHARTS[chart].validate(value);
  if (validation.ok) return validation.data as ChartDataMap[N];
  const lead = validation.kind === 'empty' ? t.empty(path, chart) : t.invalid(path, chart);
  throw new CliError(lead, { details: validation.problems.map((p) => `  ${visible(p)}`) });
}
