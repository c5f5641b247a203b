/**
 * `parseResponsesCsv`: a survey tool's CSV export (long, wide or one respondent per row, detected from
 * the header) to raw responses, with every problem reported and never a throw.
 */
import { createCollector, fatalResult } from './collector';
import { detectDelimiter } from './csvDelimiter';
import { readHeader } from './csvHeader';
import type { HeaderReading } from './csvHeader';
import { readLongRow } from './csvLong';
import { forEachCsvRecord, isBlankRecord } from './csvTokenize';
import type { CsvRecord } from './csvTokenize';
import { readWideRow } from './csvWide';
import { areaName, contextOf, createReading, questionsOf } from './reading';
import type { CsvDelimiter, CsvParseOptions, CsvParseResult } from './types';

/** Excel's first line `sep=;` (also quoted, any case): the delimiter of the file. */
const SEP_LINE = /^"?sep=([,;\t])"?[ \t]*(?=\r\n|\n|\r|$)/i;

/** Reads the records of one table (CSV's, or a spreadsheet's rows) into a parse result. */
export interface TableReader {
  /** One record, in order; blank records are counted, the first other one is the header. */
  record(record: CsvRecord): void;
  result(): Omit<CsvParseResult, 'delimiter'>;
}

/** The shared reading of records: header first, then every data row by the layout found. */
export function createTableReader(options: CsvParseOptions, blankOffset = 0): TableReader {
  const context = contextOf(options);
  const collector = createCollector(options.locale, areaName(context, options.locale));
  const matchQuestion = questionsOf(context, options.itemTexts);
  const reading = createReading(context, collector, matchQuestion);
  const headerContext = {
    context: reading.context,
    matchQuestion,
    collector,
    mapping: options.columns ?? {},
  };
  let header: HeaderReading | undefined;
  let blankLines = 0 - blankOffset;
  return {
    record(record) {
      if (isBlankRecord(record)) {
        blankLines += 1;
        return;
      }
      if (header === undefined) {
        header = readHeader(record, headerContext);
        return;
      }
      if ('failed' in header) return;
      if (header.format === 'long') readLongRow(record, header.columns, reading);
      else readWideRow(record, header.columns, reading, header.format);
    },
    result() {
      if (header === undefined) {
        collector.report({ unit: 'line', line: 1, column: '' }, 'empty-file', '');
        return { ...fatalResult(collector), format: null, blankLines };
      }
      if ('failed' in header)
        return { ...fatalResult(collector), format: header.format, blankLines };
      return { ...collector.result(), format: header.format, blankLines };
    },
  };
}

/**
 * Parses raw survey responses from CSV text.
 *
 * - Layout: long (municipality / item / rating columns, found by their words in Finnish, Swedish or
 *   English, e.g. `Vastaaja;Kunta;Kysymys;Vastaus`), respondent-per-row (Webropol, Microsoft Forms,
 *   Google Forms: a timestamp or respondent column, a municipality column, one column per question,
 *   the full question text as header) or wide (first column municipality, one column per item);
 *   `options.columns` names columns explicitly. See `readHeader` for the exact rules.
 * - Delimiter `,` `;` or tab: `options.delimiter`, else Excel's `sep=;` first line, else detected from
 *   the header line.
 * - RFC 4180 quoting; a leading BOM is stripped; CRLF, LF and CR line endings.
 * - Ratings: whole numbers 1–5 ("4", "4.0", "4,0": checked as written, so "4.9999999999999999" is an
 *   error, not 5), the scale's words ("Hyvin", "Bra", "Well", "4 = Hyvin"); empty and the no-answer
 *   words ("En osaa sanoa", "Vet ej", "Don't know", "EOS", …) = no answer.
 * - Rows: a data row is a non-blank record after the header. A row with any error is rejected whole,
 *   extra cells included; rowsRead = rowsAccepted + rowsRejected. Blank lines are not rows: they are
 *   counted in `blankLines`. Errors in the header, an empty file and an unterminated quote are fatal:
 *   they are returned as errors and no row is read.
 * - Errors: messages in `options.locale` (default Finnish); the first 1 000 as objects, all counted per
 *   code in `errorCounts`.
 */
export function parseResponsesCsv(text: string, options: CsvParseOptions = {}): CsvParseResult {
  const bomless = text.startsWith('\uFEFF') ? text.slice(1) : text;
  // Excel's delimiter hint "sep=;" as the first line: it names the delimiter and is not the header. Its
  // line stays (empty), so every line number is still the file's.
  const hint = SEP_LINE.exec(bomless);
  const body = hint ? bomless.slice(hint[0].length) : bomless;
  const delimiter =
    options.delimiter ?? (hint?.[1] as CsvDelimiter | undefined) ?? detectDelimiter(body);
  const reader = createTableReader(options, hint ? 1 : 0);
  const unterminated = forEachCsvRecord(body, delimiter, (record) => reader.record(record));
  if (unterminated) {
    const { line, column, value } = unterminated;
    const collector = createCollector(options.locale);
    const place = { unit: 'line', line, column: String(column), indexed: true } as const;
    collector.report(place, 'unterminated-quote', value);
    return { ...fatalResult(collector), format: null, delimiter, blankLines: 0 };
  }
  return { ...reader.result(), delimiter };
}
