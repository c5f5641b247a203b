/**
 * --data: the user's raw survey export (CSV/text in any encoding the importer knows, XLSX or JSON) read
 * through @yhdyspinta/data's importResponses, parsed and checked, its row messages in the command's
 * language. Any parse error stops the render with the errors listed: a chart silently missing rejected
 * rows would misstate the results.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { importResponses } from '@yhdyspinta/data';
import type {
  Area,
  ImportReport,
  Locale,
  RawResponse,
  ResponsesParseResult,
  SurveyDefinition,
  TextEncodingName,
} from '@yhdyspinta/data';
import { CliError } from './errors';
import { checkInputFile, INPUT_FILE_TEXTS } from './inputFile';
import { VALIDATE_TEXTS } from './validateText';
import { visible } from './visible';

/** Largest data file read (bytes). */
export const MAX_DATA_BYTES = 50 * 1024 * 1024;
/** Parse errors listed at most; the rest are counted. */
export const MAX_LISTED_ERRORS = 20;

const DATA_EXTENSIONS = ['.csv', '.tsv', '.txt', '.json', '.xlsx'];

const ENCODING_NAMES: Readonly<Record<TextEncodingName, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  'windows-1252': 'Windows-1252',
};

/** The definitions a data file is read with (--area / --survey; absent = the shipped ones) and the
 * language of its row messages (default fi). */
export interface ReadOptions {
  readonly area?: Area;
  readonly survey?: SurveyDefinition;
  readonly locale?: Locale;
}

/** What was read from a data file: its responses, and the encoding its bytes were read in. */
export interface DataFile {
  readonly responses: readonly RawResponse[];
  /** e.g. 'Windows-1252': Excel's Finnish CSV; 'UTF-16LE': Excel's "Unicode text". */
  readonly encoding: string;
  /** What was not read and why (open-answer columns), in the options' language: said as warnings. */
  readonly notices: readonly string[];
}

/** A data file read and parsed, with every problem of its rows (the `validate` command's report). */
export interface DataReport extends DataFile {
  /** 'long' or 'wide' (CSV or JSON), or null when the header or the shape could not be read. */
  readonly layout: string | null;
  readonly result: ResponsesParseResult;
  /** The importer's whole report (how the encoding was decided, the delimiter, …). */
  readonly report: ImportReport;
}

/**
 * Reads and parses a .csv/.tsv/.txt, .xlsx or .json file, text in the encoding its bytes are in (UTF-8,
 * UTF-16 with or without a BOM, else Windows-1252). Throws a CliError (in `options.locale`) only when the
 * file cannot be read as a data file at all (missing, too large, of another type); row problems are in the
 * report.
 */
export async function inspectDataFile(
  path: string,
  options: ReadOptions = {},
): Promise<DataReport> {
  const locale = options.locale ?? 'fi';
  await checkInputFile(path, 'data', locale, {
    maxBytes: MAX_DATA_BYTES,
    extensions: DATA_EXTENSIONS,
  });
  const bytes = new Uint8Array(await readFile(path));
  const report = await importResponses(bytes, { ...options, fileName: basename(path) });
  const { result } = report;
  const layout = result.format === null ? null : `${report.kind.toUpperCase()} ${result.format}`;
  // No charset is declared for a file, so the encoding is one the importer tells apart by itself.
  const encoding =
    report.encoding === null
      ? 'XLSX'
      : (ENCODING_NAMES[report.encoding as TextEncodingName] ?? report.encoding);
  const t = INPUT_FILE_TEXTS[locale];
  const name = (text: string) => `"${visible(text.length > 40 ? `${text.slice(0, 39)}…` : text)}"`;
  const file = visible(basename(path));
  const { sheet } = report;
  const notices = [
    ...(sheet?.moved ? [t.sheetRead(file, name(sheet.name), sheet.headerRow)] : []),
    ...(result.skippedColumns ?? []).map((c) => t.skippedColumn(file, c.letter, name(c.column))),
  ];
  return { responses: result.responses, encoding, notices, layout, result, report };
}

/** Reads raw responses from a data file (see inspectDataFile); throws a CliError on any problem. */
export async function readResponses(path: string, options: ReadOptions = {}): Promise<DataFile> {
  const { result, encoding, notices } = await inspectDataFile(path, options);
  const locale = options.locale ?? 'fi';
  const t = INPUT_FILE_TEXTS[locale];
  const shown = visible(path);
  if (result.errors.length > 0) {
    const listed = result.errors.slice(0, MAX_LISTED_ERRORS).map((error) => `  ${error.message}`);
    // Every error counted, also those beyond the importer's first 1 000 kept as objects.
    const total = Object.values(result.errorCounts).reduce((sum, n) => sum + (n ?? 0), 0);
    const more = Math.max(total, result.errors.length) - listed.length;
    const errors = Math.max(total, result.errors.length);
    throw new CliError(t.rowErrors(shown, errors, result.rowsRejected, result.rowsRead), {
      details: more > 0 ? [...listed, `  … ${VALIDATE_TEXTS[locale].more(more)}`] : listed,
    });
  }
  if (!result.responses.some((response) => response.rating !== null)) {
    throw new CliError(t.noRatings(shown));
  }
  return { responses: result.responses, encoding, notices };
}
