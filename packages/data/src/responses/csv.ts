/**
 * `parseResponsesCsv`: a survey tool's CSV export (long or wide, detected from the header) to raw
 * responses, with every problem reported and never a throw.
 */
import { createCollector, createContext, fatalResult } from './context';
import { detectDelimiter } from './csvDelimiter';
import { readHeader } from './csvHeader';
import { readLongRow } from './csvLong';
import { isBlankRecord, tokenizeCsv } from './csvTokenize';
import { readWideRow } from './csvWide';
import { makeError } from './messages';
import type { CsvDelimiter, CsvParseOptions, CsvParseResult } from './types';

/** Excel's first line `sep=;` (also quoted, any case): the delimiter of the file. */
const SEP_LINE = /^"?sep=([,;\t])"?[ \t]*(?=\r\n|\n|\r|$)/i;

/**
 * Parses raw survey responses from CSV text.
 *
 * - Format: long (header with municipality / item / rating columns, also Finnish kunta / kohta / arvio)
 *   or wide (first column municipality, then one column per item id), detected from the header.
 * - Delimiter `,` `;` or tab: `options.delimiter`, else Excel's `sep=;` first line, else detected from
 *   the header line.
 * - RFC 4180 quoting; a leading UTF-8 BOM is stripped; CRLF, LF and CR line endings.
 * - Ratings: whole numbers 1–5 ("4", "4.0", "4,0"); empty, "-", "EOS", "ei vastausta" = no answer.
 * - Rows: a data row is a non-blank record after the header (wide: one per municipality). A row with any
 *   error is rejected whole; rowsRead = rowsAccepted + rowsRejected. Blank lines are not rows: they are
 *   counted in `blankLines`. Errors in the header, an empty file and an unterminated quote are fatal:
 *   they are returned as errors and no row is read.
 */
export function parseResponsesCsv(text: string, options: CsvParseOptions = {}): CsvParseResult {
  const bomless = text.startsWith('\uFEFF') ? text.slice(1) : text;
  // Excel's delimiter hint "sep=;" as the first line: it names the delimiter and is not the header. Its
  // line stays (empty), so every line number is still the file's.
  const hint = SEP_LINE.exec(bomless);
  const body = hint ? bomless.slice(hint[0].length) : bomless;
  const delimiter =
    options.delimiter ?? (hint?.[1] as CsvDelimiter | undefined) ?? detectDelimiter(body);
  const context = createContext(options);
  const tokens = tokenizeCsv(body, delimiter);
  const blankLines = tokens.records.filter(isBlankRecord).length - (hint ? 1 : 0);
  const rows = tokens.records.filter((record) => !isBlankRecord(record));
  const header = rows[0];
  const reading = header ? readHeader(header, context) : undefined;
  const fatal = (errors: Parameters<typeof fatalResult>[0]): CsvParseResult => ({
    ...fatalResult(errors),
    format: reading?.format ?? null,
    delimiter,
    blankLines,
  });

  if (tokens.unterminated) {
    const { line, column, value } = tokens.unterminated;
    const place = { unit: 'line', line, column: String(column), indexed: true } as const;
    return fatal([makeError(place, 'unterminated-quote', value)]);
  }
  if (!header || !reading) {
    return fatal([makeError({ unit: 'line', line: 1, column: '' }, 'empty-file', '')]);
  }
  if ('errors' in reading) return fatal(reading.errors);

  const collector = createCollector();
  for (const row of rows.slice(1)) {
    collector.commit(
      reading.format === 'long'
        ? readLongRow(row, reading.columns, context, collector)
        : readWideRow(row, reading.columns, context, collector),
    );
  }
  return { ...collector.result(), format: reading.format, delimiter, blankLines };
}
