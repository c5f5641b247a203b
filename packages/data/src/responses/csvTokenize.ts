/**
 * RFC 4180 tokenising, one record at a time (the file is never held as records): quoted fields may hold
 * delimiters, doubled quotes ("") and line breaks; CRLF, LF and lone CR all end a record. Lenient where
 * RFC 4180 is silent: a quote inside an unquoted field, or text after a closing quote, is kept as literal
 * text (the cell then fails validation, visibly). Unquoted fields are sliced from the text, not built a
 * character at a time.
 */
import type { CsvDelimiter } from './types';

export interface CsvField {
  /** The field's text, quotes removed and doubled quotes undone. */
  readonly value: string;
  /** 1-based physical line the field starts on. */
  readonly line: number;
}

export interface CsvRecord {
  /** 1-based physical line the record starts on. */
  readonly line: number;
  readonly fields: readonly CsvField[];
}

/** Set when a quoted field is still open at the end of the text. */
export interface Unterminated {
  readonly line: number;
  readonly column: number;
  readonly value: string;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** Calls `onRecord` for each record in order; returns the unterminated quoted field, if any. */
export function forEachCsvRecord(
  text: string,
  delimiter: CsvDelimiter,
  onRecord: (record: CsvRecord) => void,
): Unterminated | undefined {
  const delim = delimiter.charCodeAt(0);
  const length = text.length;
  let fields: CsvField[] = [];
  let line = 1;
  let recordLine = 1;
  let i = 0;
  while (i < length) {
    const fieldLine = line;
    let value: string;
    let c = text.charCodeAt(i);
    if (c === QUOTE) {
      // Quoted: up to the closing quote (doubled quotes are one), then literal text up to the delimiter.
      let start = i + 1;
      value = '';
      for (;;) {
        const close = text.indexOf('"', start);
        if (close < 0) {
          const rest = value + text.slice(start);
          return { line: fieldLine, column: fields.length + 1, value: rest };
        }
        const chunk = text.slice(start, close);
        value += chunk;
        for (let k = 0; k < chunk.length; k++) {
          const ch = chunk.charCodeAt(k);
          if (ch === LF || (ch === CR && chunk.charCodeAt(k + 1) !== LF)) line += 1;
        }
        if (text.charCodeAt(close + 1) === QUOTE) {
          value += '"';
          start = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      const tail = i;
      while (i < length) {
        c = text.charCodeAt(i);
        if (c === delim || c === CR || c === LF) break;
        i++;
      }
      if (i > tail) value += text.slice(tail, i);
    } else {
      const start = i;
      while (i < length) {
        c = text.charCodeAt(i);
        if (c === delim || c === CR || c === LF) break;
        i++;
      }
      value = text.slice(start, i);
    }
    fields.push({ value, line: fieldLine });
    if (i >= length) break;
    c = text.charCodeAt(i);
    if (c === delim) {
      i++;
      // A delimiter at the very end still ends a (last, empty) field.
      if (i >= length) fields.push({ value: '', line });
      continue;
    }
    // A line break ends the record.
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    line += 1;
    onRecord({ line: recordLine, fields });
    fields = [];
    recordLine = line;
  }
  // A final line break ends the last record; it does not start an empty one.
  if (fields.length > 0) onRecord({ line: recordLine, fields });
  return undefined;
}

/** Every record of the text at once (for small inputs and tests). */
export function tokenizeCsv(
  text: string,
  delimiter: CsvDelimiter,
): { readonly records: readonly CsvRecord[]; readonly unterminated?: Unterminated } {
  const records: CsvRecord[] = [];
  const unterminated = forEachCsvRecord(text, delimiter, (record) => records.push(record));
  return unterminated ? { records, unterminated } : { records };
}

/** A record whose every field is blank (an empty line, or ";;;" from a spreadsheet). */
export function isBlankRecord(record: CsvRecord): boolean {
  return record.fields.every((field) => field.value.trim() === '');
}
