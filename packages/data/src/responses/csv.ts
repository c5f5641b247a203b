/**
 * `parseResponsesCsv`: a survey tool's CSV export (long, wide or one respondent per row, detected from
 * the header) to raw responses, with every problem reported and never a throw.
 */
import { createCollector, fatalResult } from './collector';
import { delimiterOfStart, detectDelimiter } from './csvDelimiter';
import { freeColumns, readHeader } from './csvHeader';
import type { HeaderReading } from './csvHeader';
import { readLongRow } from './csvLong';
import { createCsvTokenizer, isBlankRecord } from './csvTokenize';
import type { CsvTokenizer } from './csvTokenize';
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
      const skipped = header.format === 'long' ? [] : freeColumns(header.columns, collector);
      return {
        ...collector.result(),
        format: header.format,
        blankLines,
        ...(skipped.length > 0 ? { skippedColumns: skipped } : {}),
      };
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
  return parseCsvPieces([text], options);
}

/** A line break: the start holds the whole first line (the `sep=` hint's). */
const LINE_BREAK = /[\r\n]/;

interface Start {
  readonly delimiter: CsvDelimiter;
  /** The text after the BOM and the `sep=` line. */
  readonly body: string;
  readonly hinted: boolean;
}

/** The start of the text as `parseResponsesCsv` reads it; `detect` finds the delimiter if none is given. */
function readStart(
  start: string,
  options: CsvParseOptions,
  detect: (body: string) => CsvDelimiter,
): Start;
function readStart(
  start: string,
  options: CsvParseOptions,
  detect: (body: string) => CsvDelimiter | undefined,
): Start | undefined;
function readStart(
  start: string,
  options: CsvParseOptions,
  detect: (body: string) => CsvDelimiter | undefined,
): Start | undefined {
  const bomless = start.startsWith('\uFEFF') ? start.slice(1) : start;
  // Excel's delimiter hint "sep=;" as the first line: it names the delimiter and is not the header. Its
  // line stays (empty, row 0): Excel does not show it, so the header is row 1 as there.
  const hint = SEP_LINE.exec(bomless);
  const body = hint ? bomless.slice(hint[0].length) : bomless;
  const delimiter = options.delimiter ?? (hint?.[1] as CsvDelimiter | undefined) ?? detect(body);
  return delimiter === undefined ? undefined : { delimiter, body, hinted: hint !== null };
}

/**
 * `parseResponsesCsv` of the text that is the pieces one after another, read a piece at a time: only
 * the start (until it decides the delimiter) and a record cut by a piece's end are ever held whole.
 */
export function parseCsvPieces(
  pieces: Iterable<string>,
  options: CsvParseOptions = {},
): CsvParseResult {
  let start = '';
  // The start is tried again only once it has doubled (a long first record is not rescanned per piece).
  let tryAt = 0;
  let open: { tokenizer: CsvTokenizer; reader: TableReader; delimiter: CsvDelimiter } | undefined;
  const begin = ({ delimiter, body, hinted }: Start) => {
    const reader = createTableReader(options, hinted ? 1 : 0);
    const tokenizer = createCsvTokenizer(
      delimiter,
      (record) => reader.record(record),
      hinted ? 0 : 1,
    );
    tokenizer.push(body);
    start = '';
    return { tokenizer, reader, delimiter };
  };
  for (const piece of pieces) {
    if (open) {
      open.tokenizer.push(piece);
      continue;
    }
    start += piece;
    if (start.length < tryAt) continue;
    tryAt = start.length * 2;
    const known = LINE_BREAK.test(start)
      ? readStart(start, options, (body) => delimiterOfStart(body, false))
      : undefined;
    if (known) open = begin(known);
  }
  const { tokenizer, reader, delimiter } =
    open ?? begin(readStart(start, options, detectDelimiter));
  const unterminated = tokenizer.end();
  if (unterminated) {
    const { line, column, value } = unterminated;
    const collector = createCollector(options.locale);
    const place = { unit: 'line', line, column: String(column), indexed: true } as const;
    collector.report(place, 'unterminated-quote', value);
    return { ...fatalResult(collector), format: null, delimiter, blankLines: 0 };
  }
  return { ...reader.result(), delimiter };
}
