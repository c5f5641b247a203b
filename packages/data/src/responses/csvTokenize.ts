/**
 * RFC 4180 tokenising: quoted fields may hold delimiters, doubled quotes ("") and line breaks; CRLF, LF
 * and lone CR all end a record. Lenient where RFC 4180 is silent: a quote inside an unquoted field, or
 * text after a closing quote, is kept as literal text (the cell then fails validation, visibly).
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

export interface CsvTokens {
  readonly records: readonly CsvRecord[];
  /** Set when a quoted field is still open at the end of the text. */
  readonly unterminated?: {
    readonly line: number;
    readonly column: number;
    readonly value: string;
  };
}

export function tokenizeCsv(text: string, delimiter: CsvDelimiter): CsvTokens {
  const records: CsvRecord[] = [];
  let fields: CsvField[] = [];
  let value = '';
  let line = 1;
  let fieldLine = 1;
  let recordLine = 1;
  let fieldStart = true;
  let inQuotes = false;
  let quoted = false;

  const endField = (): void => {
    fields.push({ value, line: fieldLine });
    value = '';
    quoted = false;
    fieldStart = true;
    fieldLine = line;
  };

  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    const crlf = ch === '\r' && text[i + 1] === '\n';
    if (inQuotes) {
      if (ch === '"' && text[i + 1] === '"') {
        value += '"';
        i += 2;
      } else if (ch === '"') {
        inQuotes = false;
        i += 1;
      } else {
        value += crlf ? '\r\n' : ch;
        if (ch === '\r' || ch === '\n') line += 1;
        i += crlf ? 2 : 1;
      }
    } else if (ch === '"' && fieldStart) {
      inQuotes = true;
      quoted = true;
      fieldStart = false;
      i += 1;
    } else if (ch === delimiter) {
      endField();
      i += 1;
    } else if (ch === '\r' || ch === '\n') {
      line += 1;
      endField();
      records.push({ line: recordLine, fields });
      fields = [];
      recordLine = line;
      i += crlf ? 2 : 1;
    } else {
      value += ch;
      fieldStart = false;
      i += 1;
    }
  }

  if (inQuotes) {
    return { records, unterminated: { line: fieldLine, column: fields.length + 1, value } };
  }
  // A final line break ends the last record; it does not start an empty one.
  if (fields.length > 0 || value !== '' || quoted) {
    endField();
    records.push({ line: recordLine, fields });
  }
  return { records };
}

/** A record whose every field is blank (an empty line, or ";;;" from a spreadsheet). */
export function isBlankRecord(record: CsvRecord): boolean {
  return record.fields.every((field) => field.value.trim() === '');
}
