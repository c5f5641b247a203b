/** The RenderErrors of data that cannot be drawn ('empty-data', 'invalid-data'), in fi, sv and en. */
import { everyLocale } from '@yhdyspinta/data';
import type { Locale } from '@yhdyspinta/data';
import type { AnyChartDefinition } from '../chart/ChartDefinition';
import { outputMessages } from '../locale/output';
import { RenderError } from './RenderError';
import type { RenderErrorCode } from './RenderError';

function localizedError(
  code: RenderErrorCode,
  localized: Readonly<Record<Locale, string>>,
  problems: readonly string[] = [],
): RenderError {
  return new RenderError(code, localized.en, problems, undefined, localized);
}

/** 'empty-data': the chart's data has nothing to draw; says what the chart needs (its about.ts). */
export function nothingToDraw(chart: string, definition: AnyChartDefinition): RenderError {
  return localizedError(
    'empty-data',
    everyLocale((locale) => outputMessages(locale).nothingToDraw(chart, definition.needs[locale])),
  );
}

/** 'invalid-data': the chart's validation `problems` (English) follow the message. */
export function invalidData(chart: string, problems: readonly string[]): RenderError {
  return localizedError(
    'invalid-data',
    everyLocale((locale) => outputMessages(locale).invalidData(chart)),
    problems,
  );
}
