/**
 * --data: the user's raw survey export (CSV/text in any encoding the importer knows, XLSX or JSON) read
 * through @yhdyspinta/data's importResponses, parsed and checked, its row messages in the command's
 * language. Any parse error stops the render with the errors listed: a chart silently missing rejected
 * rows would misstate the results.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { importResponses } from '@yhdyspinta/data';
import type {
  Area,
  Locale,
  RawResponse,
  ResponsesParseResult,
  SurveyDefinition,
  TextEncodingName,
} from '@yhdyspinta/data';
import { CliError } from './errors';

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
}

/** A data file read and parsed, with every problem of its rows (the `validate` command's report). */
export interface DataReport extends DataFile {
  /** 'long' or 'wide' (CSV or JSON), or null when the header or the shape could not be read. */
  readonly layout: string | null;
  readonly result: ResponsesParseResult;
}

/**
 * Reads and parses a .csv/.tsv/.txt, .xlsx or .json file, text in the encoding its bytes are in (UTF-8,
 * UTF-16 with or without a BOM, else Windows-1252). Throws a CliError only when the file cannot be read as a data
 * file at all (missing, too large, of another type, not JSON); row problems are in the report.
 */
export async function inspectDataFile(
  path: string,
  options: ReadOptions = {},
): Promise<DataReport> {
  const ext = extname(path).toLowerCase();
  if (!DATA_EXTENSIONS.includes(ext)) {
    throw new CliError(
      `The data file "${path}" must be CSV (.csv, .tsv, .txt), XLSX (.xlsx) or JSON (.json), got "${ext || 'no extension'}".`,
    );
  }
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new CliError(`The data file "${path}" does not exist.`);
  if (!info.isFile()) throw new CliError(`The data file "${path}" is not a file.`);
  if (info.size > MAX_DATA_BYTES) {
    throw new CliError(
      `The data file "${path}" is larger than ${MAX_DATA_BYTES / 1024 / 1024} MB.`,
    );
  }
  const bytes = new Uint8Array(await readFile(path));
  const report = await importResponses(bytes, { ...options, fileName: path });
  const { result } = report;
  const layout = result.format === null ? null : `${report.kind.toUpperCase()} ${result.format}`;
  // No charset is declared for a file, so the encoding is one the importer tells apart by itself.
  const encoding =
    report.encoding === null ? 'XLSX' : ENCODING_NAMES[report.encoding as TextEncodingName];
  return { responses: result.responses, encoding, layout, result };
}

/** Reads raw responses from a data file (see inspectDataFile); throws a CliError on any problem. */
export async function readResponses(path: string, options: ReadOptions = {}): Promise<DataFile> {
  const { result, encoding } = await inspectDataFile(path, options);
  if (result.errors.length > 0) {
    const listed = result.errors.slice(0, MAX_LISTED_ERRORS).map((error) => `  ${error.message}`);
    // Every error counted, also those beyond the importer's first 1 000 kept as objects.
    const total = Object.values(result.errorCounts).reduce((sum, n) => sum + (n ?? 0), 0);
    const more = Math.max(total, result.errors.length) - listed.length;
    throw new CliError(
      `The data file "${path}" has ${Math.max(total, result.errors.length)} error(s); ${result.rowsRejected} of ${result.rowsRead} rows rejected. Fix them and try again:`,
      { details: more > 0 ? [...listed, `  … and ${more} more`] : listed },
    );
  }
  if (!result.responses.some((response) => response.rating !== null)) {
    throw new CliError(`The data file "${path}" has no ratings to chart.`);
  }
  return { responses: result.responses, encoding };
}
