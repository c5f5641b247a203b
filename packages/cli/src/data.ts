/**
 * --data: the user's raw survey export (CSV or JSON) read, parsed and checked. Any parse error stops the
 * render with the errors listed: a chart silently missing rejected rows would misstate the results.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { decodeText, parseResponsesCsv, parseResponsesJson } from '@yhdyspinta/data';
import type {
  Area,
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

const CSV_EXTENSIONS = ['.csv', '.tsv', '.txt'];

const ENCODING_NAMES: Readonly<Record<TextEncodingName, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  'windows-1252': 'Windows-1252',
};

/** The definitions a data file is read with (--area / --survey); absent = the shipped ones. */
export interface ReadOptions {
  readonly area?: Area;
  readonly survey?: SurveyDefinition;
}

function parse(
  text: string,
  json: boolean,
  path: string,
  options: ReadOptions,
): ResponsesParseResult {
  if (!json) return parseResponsesCsv(text, options);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`The data file "${path}" is not valid JSON: ${reason}`);
  }
  return parseResponsesJson(value, options);
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
 * Reads and parses a .csv/.tsv/.txt or .json file, in the encoding its bytes are in (UTF-8, UTF-16 with
 * or without a BOM, else Windows-1252). Throws a CliError only when the file cannot be read as a data
 * file at all (missing, too large, of another type, not JSON); row problems are in the report.
 */
export async function inspectDataFile(
  path: string,
  options: ReadOptions = {},
): Promise<DataReport> {
  const ext = extname(path).toLowerCase();
  const json = ext === '.json';
  if (!json && !CSV_EXTENSIONS.includes(ext)) {
    throw new CliError(
      `The data file "${path}" must be CSV (.csv, .tsv, .txt) or JSON (.json), got "${ext || 'no extension'}".`,
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
  const { text, encoding } = decodeText(await readFile(path));
  const result = parse(text, json, path, options);
  const layout = result.format === null ? null : `${json ? 'JSON' : 'CSV'} ${result.format}`;
  // No charset is declared for a file, so `encoding` is one decodeText tells apart by itself.
  const name = ENCODING_NAMES[encoding as TextEncodingName];
  return { responses: result.responses, encoding: name, layout, result };
}

/** Reads raw responses from a data file (see inspectDataFile); throws a CliError on any problem. */
export async function readResponses(path: string, options: ReadOptions = {}): Promise<DataFile> {
  const { result, encoding } = await inspectDataFile(path, options);
  if (result.errors.length > 0) {
    const listed = result.errors.slice(0, MAX_LISTED_ERRORS).map((error) => `  ${error.message}`);
    const more = result.errors.length - listed.length;
    throw new CliError(
      `The data file "${path}" has ${result.errors.length} error(s); ${result.rowsRejected} of ${result.rowsRead} rows rejected. Fix them and try again:`,
      { details: more > 0 ? [...listed, `  … and ${more} more`] : listed },
    );
  }
  if (!result.responses.some((response) => response.rating !== null)) {
    throw new CliError(`The data file "${path}" has no ratings to chart.`);
  }
  return { responses: result.responses, encoding };
}
