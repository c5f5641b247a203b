/**
 * `importResponses`: one call from a file's bytes (Node `Buffer` / `Uint8Array`, or a browser `Blob` /
 * `File`) to its responses and the import report: which kind of file, the encoding and how it was
 * decided, the layout found, rows read / accepted / rejected and the errors. The `validate` command
 * prints this report.
 */
import { createCollector, fatalResult } from './collector';
import { parseResponsesCsv } from './csv';
import { decodeText } from './decode';
import type { EncodingDecision } from './decode';
import { parseResponsesJson } from './json';
import { visible } from './messages';
import type { CsvDelimiter, CsvParseOptions, ResponsesFormat, ResponsesParseResult } from './types';
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
  readonly result: ResponsesParseResult;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];

function kindOf(bytes: Uint8Array, fileName: string | undefined, text?: string): ImportKind {
  const ext = fileName?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (ext === 'xlsx' || ext === 'xlsm') return 'xlsx';
  if (ext === 'json') return 'json';
  if (ext !== undefined && ['csv', 'tsv', 'txt'].includes(ext)) return 'csv';
  if (ZIP.every((byte, i) => bytes[i] === byte)) return 'xlsx';
  const start = text?.trimStart()[0];
  return start === '[' || start === '{' ? 'json' : 'csv';
}

function invalidJson(error: unknown, options: ImportOptions): ResponsesParseResult {
  const collector = createCollector(options.locale);
  const reason = visible(error instanceof Error ? error.message : String(error)).slice(0, 200);
  collector.report({ unit: 'record', line: 0, column: '' }, 'invalid-file', '', { reason });
  return { ...fatalResult(collector), format: null };
}

/** Reads a survey export of any supported kind and encoding; never rejects. */
export async function importResponses(
  input: Uint8Array | Blob,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(await input.arrayBuffer());
  const name =
    options.fileName ??
    (typeof File !== 'undefined' && input instanceof File ? input.name : undefined);
  if (kindOf(bytes, name) === 'xlsx') {
    const result = await parseResponsesXlsx(bytes, options);
    const base = { kind: 'xlsx', encoding: null, encodingDecidedBy: null } as const;
    return { ...base, layout: result.format, result };
  }
  const decoded = decodeText(bytes, options.charset);
  const encoding = { encoding: decoded.encoding, encodingDecidedBy: decoded.decidedBy };
  if (kindOf(bytes, name, decoded.text) === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(decoded.text);
    } catch (error) {
      return { kind: 'json', ...encoding, layout: null, result: invalidJson(error, options) };
    }
    const result = parseResponsesJson(value, options);
    return { kind: 'json', ...encoding, layout: result.format, result };
  }
  const result = parseResponsesCsv(decoded.text, options);
  return { kind: 'csv', ...encoding, layout: result.format, delimiter: result.delimiter, result };
}
