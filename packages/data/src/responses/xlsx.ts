/**
 * `parseResponsesXlsx`: an Excel workbook's first sheet (or a named one) read with `read-excel-file`
 * (maintained, no known advisories) and validated exactly as a CSV export: the same layouts, header
 * words, rating words and errors. Numbers are taken as the text the file stores, so a value is checked
 * before any rounding, as in CSV. Works in Node and in a browser (`Blob` / `File` from an input).
 */
import { readSheet } from 'read-excel-file/universal';
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

/**
 * Parses raw survey responses from an .xlsx file's bytes (or a browser `Blob` / `File`). Row numbers in
 * errors are the sheet's rows (1 = the header); `column` is the header text. A file that is not a
 * readable workbook is one 'invalid-file' error. Never rejects.
 */
export async function parseResponsesXlsx(
  input: Uint8Array | ArrayBuffer | Blob,
  options: XlsxParseOptions = {},
): Promise<XlsxParseResult> {
  let rows: readonly (readonly unknown[])[];
  try {
    rows = await readSheet(toInput(input), options.sheet ?? 1, {
      parseNumber: (text: string) => text,
    });
  } catch (error) {
    const collector = createCollector(options.locale);
    const reason = visible(error instanceof Error ? error.message : String(error)).slice(0, 200);
    collector.report({ unit: 'line', line: 0, column: '' }, 'invalid-file', '', { reason });
    return { ...fatalResult(collector), format: null, blankLines: 0 };
  }
  const reader = createTableReader(options);
  rows.forEach((row, index) => {
    const line = index + 1;
    const record: CsvRecord = {
      line,
      fields: row.map((cell) => ({ value: cellText(cell), line })),
    };
    reader.record(record);
  });
  return reader.result();
}
