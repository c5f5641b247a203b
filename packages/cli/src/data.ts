/**
 * --data: the user's raw survey export (CSV or JSON) read, parsed and checked. Any parse error stops the
 * render with the errors listed: a chart silently missing rejected rows would misstate the results.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseResponsesCsv, parseResponsesJson } from '@yhdyspinta/data';
import type { RawResponse, ResponsesParseResult } from '@yhdyspinta/data';
import { CliError } from './errors';

/** Largest data file read (bytes). */
export const MAX_DATA_BYTES = 50 * 1024 * 1024;
/** Parse errors listed at most; the rest are counted. */
export const MAX_LISTED_ERRORS = 20;

const CSV_EXTENSIONS = ['.csv', '.tsv', '.txt'];

function decodeUtf8(bytes: Uint8Array, path: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`The data file "${path}" is not UTF-8 text: save or export it as UTF-8.`);
  }
}

function parse(text: string, json: boolean, path: string): ResponsesParseResult {
  if (!json) return parseResponsesCsv(text);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`The data file "${path}" is not valid JSON: ${reason}`);
  }
  return parseResponsesJson(value);
}

/** Reads raw responses from a .csv/.tsv/.txt or .json file; throws a CliError on any problem. */
export async function readResponses(path: string): Promise<readonly RawResponse[]> {
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
  const text = decodeUtf8(await readFile(path), path);
  const result = parse(text, json, path);
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
  return result.responses;
}
