/**
 * `parseResponsesXlsx`: an Excel workbook's first sheet (or a named one) read with `read-excel-file`
 * (maintained, no known advisories) and validated exactly as a CSV export: the same layouts, header
 * words, rating words and errors. Numbers are taken as the text the file stores, so a value is checked
 * before any rounding, as in CSV. Works in Node and in a browser (`Blob` / `File` from an input).
 */
import readXlsxFile, { readSheet } from 'read-excel-file/universal';
import { createCollector, fatalResult } from './collector';
import { createTableReader } from './csv';
import type { CsvRecord } from './csvTokenize';
import { visible } from './messages';
import type { ResponsesParseOptions, ResponsesParseResult } from './types';

export interface XlsxParseOptions extends ResponsesParseOptions {
  /** The sheet to read: its name or 1-based number. Default: the first. */
  readonly sheet?: string | number;
}

export interface XlsxParseResult extends ResponsesParseResult {
  /** Rows with every cell blank, not counted as rows. */
  readonly blankLines: number;
  /** The sheet read (its name) and its header's row (1-based); absent when the workbook was unreadable. */
  readonly sheet?: string;
  readonly headerRow?: number;
  /** The sheet's 0-based place in the workbook (0 when given by `options.sheet`). */
  readonly sheetIndex: number;
}

/** A cell as text: strings and numbers as stored, booleans as TRUE / FALSE, dates as ISO. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

function toInput(input: Uint8Array | ArrayBuffer | Blob): ArrayBuffer | Blob {
  if (input instanceof Uint8Array) {
    const copy = new Uint8Array(input.byteLength);
    copy.set(input);
    return copy.buffer;
  }
  return input;
}

/** How far down a sheet its header row is looked for (title rows above it are common). */
const HEADER_SEARCH_ROWS = 10;

type SheetRows = readonly (readonly unknown[])[];

const recordOf = (row: readonly unknown[], index: number): CsvRecord => {
  const line = index + 1;
  return { line, fields: row.map((cell) => ({ value: cellText(cell), line })) };
};

/** The row index of the sheet's header: the first of its top rows that reads as one without an error. */
function headerRowOf(rows: SheetRows, options: XlsxParseOptions): number | undefined {
  for (let index = 0; index < Math.min(rows.length, HEADER_SEARCH_ROWS); index += 1) {
    const row = rows[index] ?? [];
    if (row.every((cell) => cellText(cell).trim() === '')) continue;
    const reader = createTableReader(options);
    reader.record(recordOf(row, index));
    const result = reader.result();
    if (result.format !== null && result.errors.length === 0) return index;
  }
  return undefined;
}

/**
 * Parses raw survey responses from an .xlsx file's bytes (or a browser `Blob` / `File`). Without
 * `options.sheet`, the sheet read is the first whose header (in its first HEADER_SEARCH_ROWS rows, title
 * rows above it allowed) is one the importer reads: a cover sheet or a title is passed over, and the
 * result names the sheet and its header row. Row numbers in errors are the sheet's rows; `column` is the
 * header text. A file that is not a readable workbook is one 'invalid-file' error. Never rejects.
 */
export async function parseResponsesXlsx(
  input: Uint8Array | ArrayBuffer | Blob,
  options: XlsxParseOptions = {},
): Promise<XlsxParseResult> {
  let sheets: readonly { readonly sheet: string; readonly data: SheetRows }[];
  try {
    const parse = { parseNumber: (text: string) => text };
    sheets =
      options.sheet === undefined
        ? await readXlsxFile(toInput(input), parse)
        : [
            {
              sheet: String(options.sheet),
              data: await readSheet(toInput(input), options.sheet, parse),
            },
          ];
  } catch (error) {
    const collector = createCollector(options.locale);
    const reason = visible(error instanceof Error ? error.message : String(error)).slice(0, 200);
    collector.report({ unit: 'line', line: 0, column: '' }, 'invalid-file', '', { reason });
    return { ...fatalResult(collector), format: null, blankLines: 0, sheetIndex: 0 };
  }
  // The first sheet whose header reads; else the first sheet from its top (its errors say why).
  const found = sheets
    .map((sheet, index) => ({ sheet, index, header: headerRowOf(sheet.data, options) }))
    .find(({ header }) => header !== undefined);
  const sheet = found?.sheet ?? sheets[0] ?? { sheet: '', data: [] };
  const sheetIndex = options.sheet === undefined ? (found?.index ?? 0) : 0;
  const headerRow = found?.header ?? 0;
  const reader = createTableReader(options);
  sheet.data.forEach((row, index) => {
    if (index >= headerRow) reader.record(recordOf(row, index));
  });
  return { ...reader.result(), sheet: sheet.sheet, headerRow: headerRow + 1, sheetIndex };
}
