/** The RenderErrors of data that cannot be drawn ('empty-data', 'invalid-data'), in fi, sv and en. */
import { LOCALES } from '@yhdyspinta/data';
import type { Locale } from '@yhdyspinta/data';
import type { AnyChartDefinition } from '../chart/ChartDefinition';
import { outputMessages } from '../locale/output';
import type { OutputMessages } from '../locale/output';
import { RenderError } from './RenderError';
import type { RenderErrorCode } from './RenderError';

/** A message in every language (the static outputs' texts of `outputMessages`). */
export function inEveryLocale(
  text: (messages: OutputMessages, locale: Locale) => string,
): Readonly<Record<Locale, string>> {
  return Object.fromEntries(
    LOCALES.map((locale) => [locale, text(outputMessages(locale), locale)]),
  ) as Record<Locale, string>;
}

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
    inEveryLocale((m, locale) => m.nothingToDraw(chart, definition.needs[locale])),
  );
}

/** 'invalid-data': the chart's validation `problems` (English) follow the message. */
export function invalidData(chart: string, problems: readonly string[]): RenderError {
  return localizedError(
    'invalid-data',
    inEveryLocale((m) => m.invalidData(chart)),
    problems,
  );
}
