/**
 * `importResponses`: one call from a file's bytes (Node `Buffer` / `Uint8Array`, or a browser `Blob` /
 * `File`) to its responses and the import report: which kind of file, the encoding and how it was
 * decided, the layout found, rows read / accepted / rejected and the errors. The `validate` command
 * prints this report.
 */
import { createCollector, fatalResult } from './collector';
import { parseCsvPieces } from './csv';
import { decodeText } from './decode';
import { decodeInPieces } from './decodePieces';
import type { EncodingDecision } from './decode';
import { parseResponsesJson } from './json';
import { visible } from './messages';
import type {
  CsvDelimiter,
  CsvParseOptions,
  CsvParseResult,
  ResponsesFormat,
  ResponsesParseResult,
} from './types';
import { parseResponsesXlsx } from './xlsx';

export type ImportKind = 'csv' | 'json' | 'xlsx';

export interface ImportOptions extends CsvParseOptions {
  /** The file's name: its extension (.xlsx, .json, else CSV) decides the kind before the bytes do. */
  readonly fileName?: string;
  /** A charset the text was declared in (e.g. an HTTP Content-Type's); the BOM still wins. */
  readonly charset?: string;
  /** XLSX: the sheet's name or 1-based number (default the first). */
  readonly sheet?: string | number;
}

export interface ImportReport {
  readonly kind: ImportKind;
  /** 'utf-8', 'utf-16le', 'utf-16be', 'windows-1252' (or a declared charset); null for XLSX. */
  readonly encoding: string | null;
  /** How the encoding was decided (see `DecodedText.decidedBy`); null for XLSX. */
  readonly encodingDecidedBy: EncodingDecision | null;
  /** The layout found: 'long', 'wide' or 'respondent'; null when the header could not be read. */
  readonly layout: ResponsesFormat | null;
  /** CSV: the delimiter used. */
  readonly delimiter?: CsvDelimiter;
  /**
   * XLSX: the sheet read and its header's row, with whether that is other than the first sheet's row 1
   * (a cover sheet or title rows passed over: a caller should say so).
   */
  readonly sheet?: { readonly name: string; readonly headerRow: number; readonly moved: boolean };
  readonly result: ResponsesParseResult;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46];
/** An OLE compound file: Excel 97–2003's .xls. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((byte, i) => bytes[i] === byte);

/**
 * The kind from the file's first bytes, else its name; undefined = from its first character (JSON or
 * CSV). The bytes win: a workbook saved as ".csv" is read as the workbook, text named ".xlsx" as text.
 */
function kindOf(bytes: Uint8Array, fileName: string | undefined): ImportKind | undefined {
  if (startsWith(bytes, ZIP)) return 'xlsx';
  const ext = fileName?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (ext === 'json') return 'json';
  if (ext !== undefined && ['csv', 'tsv', 'txt'].includes(ext)) return 'csv';
  return undefined;
}

/** A PDF or an old .xls given as a data file: one 'invalid-file' error saying what it is. */
function notData(bytes: Uint8Array, options: ImportOptions): ImportReport | undefined {
  const fileType = startsWith(bytes, PDF) ? 'pdf' : startsWith(bytes, OLE) ? 'xls' : undefined;
  if (fileType === undefined) return undefined;
  const collector = createCollector(options.locale);
  collector.report({ unit: 'line', line: 0, column: '' }, 'invalid-file', '', { fileType });
  const result = { ...fatalResult(collector), format: null };
  return { kind: 'csv', encoding: null, encodingDecidedBy: null, layout: null, result };
}

/**
 * The text's pieces read as CSV; or 'json' when `decide` and its first character other than white space
 * is `[` or `{`.
 */
function csvOrJson(
  pieces: Iterable<string>,
  decide: boolean,
  options: ImportOptions,
): CsvParseResult | 'json' {
  const iterator = pieces[Symbol.iterator]();
  const seen: string[] = [];
  for (
    let next = decide ? iterator.next() : undefined;
    next && !next.done;
    next = iterator.next()
  ) {
    seen.push(next.value);
    const first = next.value.trimStart()[0];
    if (first === '[' || first === '{') return 'json';
    if (first !== undefined) break;
  }
  const all = function* (): Generator<string> {
    yield* seen;
    for (let next = iterator.next(); !next.done; next = iterator.next()) yield next.value;
  };
  return parseCsvPieces(all(), options);
}

/** Where JSON.parse stopped ("… at position 15"), as a line and character of `text`. */
function jsonPlace(message: string, text: string) {
  if (/Unexpected end of JSON input/.test(message)) return { endsEarly: true } as const;
  const position = Number(/at position (\d+)/.exec(message)?.[1]);
  if (!Number.isInteger(position)) return undefined;
  const before = text.slice(0, position).split(/\r\n|\r|\n/);
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

function invalidJson(error: unknown, text: string, options: ImportOptions): ResponsesParseResult {
  const collector = createCollector(options.locale);
  const message = error instanceof Error ? error.message : String(error);
  const reason = visible(message).slice(0, 200);
  const json = jsonPlace(message, text);
  const detail = json ? { reason, json } : { reason };
  collector.report({ unit: 'record', line: 0, column: '' }, 'invalid-file', '', detail);
  return { ...fatalResult(collector), format: null };
}

function importJson(bytes: Uint8Array, options: ImportOptions): ImportReport {
  const decoded = decodeText(bytes, options.charset);
  const encoding = { encoding: decoded.encoding, encodingDecidedBy: decoded.decidedBy };
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (error) {
    const result = invalidJson(error, decoded.text, options);
    return { kind: 'json', ...encoding, layout: null, result };
  }
  const result = parseResponsesJson(value, options);
  return { kind: 'json', ...encoding, layout: result.format, result };
}

/**
 * Reads a survey export of any supported kind and encoding; never rejects. A CSV file is decoded and
 * read a piece at a time: its text is never held whole (peak memory, issue 13).
 */
export async function importResponses(
  input: Uint8Array | Blob,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(await input.arrayBuffer());
  const name =
    options.fileName ??
    (typeof File !== 'undefined' && input instanceof File ? input.name : undefined);
  const other = notData(bytes, options);
  if (other) return other;
  const kind = kindOf(bytes, name);
  if (kind === 'xlsx') {
    const result = await parseResponsesXlsx(bytes, options);
    const base = { kind: 'xlsx', encoding: null, encodingDecidedBy: null } as const;
    const { sheet: name, headerRow = 1 } = result;
    const sheet =
      name === undefined
        ? undefined
        : { name, headerRow, moved: headerRow > 1 || result.sheetIndex > 0 };
    return { ...base, layout: result.format, result, ...(sheet ? { sheet } : {}) };
  }
  if (kind === 'json') return importJson(bytes, options);
  const read = decodeInPieces(bytes, options.charset, (pieces) =>
    csvOrJson(pieces, kind === undefined, options),
  );
  if (read.result === 'json') return importJson(bytes, options);
  const { result, decoded } = read;
  const encoding = { encoding: decoded.encoding, encodingDecidedBy: decoded.decidedBy };
  return { kind: 'csv', ...encoding, layout: result.format, delimiter: result.delimiter, result };
}
