/**
 * The CSV importer tests' shared helpers (parseResponsesCsv.*.test.ts): parsing with English messages
 * (the default locale is Finnish) and compact views of a result.
 */
import { parseResponsesCsv as parseCsv } from '@yhdyspinta/data';
import type { CsvParseOptions, CsvParseResult } from '@yhdyspinta/data';

// The messages asserted are the English ones (the default locale is Finnish).
export const parseResponsesCsv = (text: string, options: CsvParseOptions = {}) =>
  parseCsv(text, { locale: 'en', ...options });

/** Errors as [line, column, code, value] for compact, exact comparisons. */
export const brief = (result: CsvParseResult) =>
  result.errors.map((e) => [e.line, e.column, e.code, e.value] as const);

export const counts = (result: CsvParseResult) => [
  result.rowsRead,
  result.rowsAccepted,
  result.rowsRejected,
  result.blankLines,
];
