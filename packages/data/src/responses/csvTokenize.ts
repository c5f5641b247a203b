/**
 * RFC 4180 tokenising, one record at a time (the file is never held as records): quoted fields may hold
 * delimiters, doubled quotes ("") and line breaks; CRLF, LF and lone CR all end a record. Lenient where
 * RFC 4180 is silent: a quote inside an unquoted field, or text after a closing quote, is kept as literal
 * text (the cell then fails validation, visibly). Unquoted fields are sliced from the text, not built a
 * character at a time. The text may come in chunks (decoded a piece of the file at a time): a record is
 * passed on only once it is complete, so any split of the text gives the same records.
 *
 * Records are numbered as a spreadsheet numbers its rows (the `line` of messages): a line break inside a
 * quoted field (a wrapped question, a comment of several lines) does not start a new row, so "Rivi 5" is
 * the row Excel shows as 5, not the fifth line of the text.
 */
import type { CsvDelimiter } from './types';

export interface CsvField {
  /** The field's text, quotes removed and doubled quotes undone. */
  readonly value: string;
  /** 1-based row (record) the field is in: its record's. */
  readonly line: number;
}

export interface CsvRecord {
  /** 1-based row: the record's number, blank records counted (a spreadsheet's row number). */
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

/** Where a scan stopped: `offset` (the start of a record not yet complete) and its line. */
interface Stop {
  readonly offset: number;
  readonly line: number;
  readonly unterminated?: Unterminated;
}

/**
 * Passes each complete record of `text` (starting on line `startLine`) to `onRecord`. Not `final`: the
 * text may continue, so a record that runs to the end of it (or ends in a CR that may be a CRLF's, or in
 * a quote that may be doubled) is left for the next scan, from the returned offset.
 */
function scan(
  text: string,
  startLine: number,
  final: boolean,
  delim: number,
  onRecord: (record: CsvRecord) => void,
): Stop {
  const length = text.length;
  let fields: CsvField[] = [];
  let line = startLine;
  let recordLine = startLine;
  let recordStart = 0;
  const stop = (): Stop => ({ offset: recordStart, line: recordLine });
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
        if (close < 0 || (!final && close + 1 >= length)) {
          if (!final) return stop();
          const rest = value + text.slice(start);
          const unterminated = { line: fieldLine, column: fields.length + 1, value: rest };
          return { offset: length, line, unterminated };
        }
        value += text.slice(start, close);
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
    // The record may run on past this text (its last character may be a CR of a CRLF, or a delimiter
    // before another field): not yet.
    if (!final && i + 1 >= length) return stop();
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
    recordStart = i;
  }
  // A final line break ends the last record; it does not start an empty one.
  if (fields.length > 0) onRecord({ line: recordLine, fields });
  return { offset: length, line };
}

export interface CsvTokenizer {
  /** More of the text: its complete records are passed on, the rest waits for the next piece. */
  push(text: string): void;
  /** The end of the text: its last record is passed on; returns the unterminated quoted field, if any. */
  end(): Unterminated | undefined;
}

/** Pending text this long is scanned again only once it has doubled (a record spanning many chunks). */
const RESCAN_FROM = 1 << 16;

/** Tokenises text given in pieces; `startLine` is the line the first piece starts on. */
export function createCsvTokenizer(
  delimiter: CsvDelimiter,
  onRecord: (record: CsvRecord) => void,
  startLine = 1,
): CsvTokenizer {
  const delim = delimiter.charCodeAt(0);
  let pending = '';
  let line = startLine;
  let wait = 0;
  return {
    push(text) {
      pending = pending === '' ? text : pending + text;
      if (pending.length < wait) return;
      const stopped = scan(pending, line, false, delim, onRecord);
      pending = pending.slice(stopped.offset);
      line = stopped.line;
      wait = pending.length >= RESCAN_FROM ? pending.length * 2 : 0;
    },
    end() {
      const stopped = scan(pending, line, true, delim, onRecord);
      pending = '';
      return stopped.unterminated;
    },
  };
}

/** A record whose every field is blank (an empty line, or ";;;" from a spreadsheet). */
export function isBlankRecord(record: CsvRecord): boolean {
  return record.fields.every((field) => field.value.trim() === '');
}
