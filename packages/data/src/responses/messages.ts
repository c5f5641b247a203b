/**
 * Builds `ParseError`s with their English one-sentence messages, so that every wording lives here.
 */
import type { ParseError, ParseErrorCode } from './types';

/** Where an error is: a CSV line or a JSON record, and a column / field (by name or 1-based index). */
export interface ErrorPlace {
  readonly unit: 'line' | 'record';
  readonly line: number;
  /** Header or field name; or the 1-based index as a string when `indexed`; '' for none. */
  readonly column: string;
  readonly indexed?: boolean;
}

/** Extra facts some messages need. */
export interface ErrorDetail {
  /** 'duplicate', 'duplicate-column': the line / record / column of the first occurrence. */
  readonly first?: number;
  /** 'duplicate' of a cell: the municipality id. */
  readonly municipalityId?: string;
  /** 'duplicate' within one JSON record: the earlier field with the same item. */
  readonly firstField?: string;
  /** 'missing-column': the accepted header names; 'missing-value', 'missing-field', 'invalid-type': what is required. */
  readonly expected?: string;
  /** 'invalid-input', 'invalid-record', 'invalid-type': the JSON type found. */
  readonly found?: string;
}

const MAX_SHOWN = 40;

/**
 * Characters a reader cannot see or that a terminal would obey: C0/C1 controls (ESC can clear a screen
 * and print a fake line), DEL, zero-width and directional marks, the BOM, line/paragraph separators.
 */
/* eslint-disable no-control-regex -- matching control characters is the point */
const UNSEEN =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\u206a-\u206f\ufeff]/g;
/* eslint-enable no-control-regex */

/** `\u001b` for a character of UNSEEN: visible, and inert on a terminal. */
const escaped = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * The value as shown in a message: quoted, on one line, shortened, with every control or invisible
 * character written as its `\u` escape (`"Hanko\u200b"`), never raw.
 */
function shown(value: string): string {
  const oneLine = value.replace(/\r\n|\r|\n/g, '↵');
  const short = oneLine.length > MAX_SHOWN ? `${oneLine.slice(0, MAX_SHOWN - 1)}…` : oneLine;
  return `"${short.replace(UNSEEN, escaped)}"`;
}

function placeText(place: ErrorPlace): string {
  if (place.line === 0) return 'Input';
  const head = `${place.unit === 'line' ? 'Line' : 'Record'} ${place.line}`;
  if (place.column === '') return head;
  const noun = place.unit === 'line' ? 'column' : 'field';
  const column = place.column.replace(UNSEEN, escaped);
  return `${head}, ${noun} ${place.indexed ? column : `"${column}"`}`;
}

function describe(code: ParseErrorCode, value: string, detail: ErrorDetail, unit: string): string {
  const v = shown(value);
  switch (code) {
    case 'empty-file':
      return 'the file is empty';
    case 'unterminated-quote':
      return `the quoted field starting ${v} is never closed`;
    case 'missing-header':
      return `${v} is a municipality, so the file has no header row`;
    case 'missing-column':
      return value === ''
        ? `the header has no such column (accepted names: ${detail.expected ?? '?'})`
        : `${v} is an item id, but the first column of a wide file must name the municipality`;
    case 'duplicate-column':
      return `${v} repeats column ${detail.first ?? '?'}`;
    case 'invalid-input':
      return `the input is neither an array of records nor an object keyed by municipality (got ${detail.found ?? v})`;
    case 'unknown-item':
      return `${v} is not a known item id`;
    case 'unknown-municipality':
      return `${v} is not a municipality of the Länsi-Uusimaa welfare area`;
    case 'missing-value':
      return `the ${unit === 'line' ? 'cell' : 'field'} is empty, but ${detail.expected ?? 'a value'} is required`;
    case 'missing-cell':
      return 'the row ends before this column';
    case 'extra-cell':
      return `${v} is in a column with no header name`;
    case 'not-a-number':
      return `${v} is neither a rating 1–5 nor a no-answer token`;
    case 'not-a-whole-number':
      return `${v} is not a whole number, but ratings are 1–5`;
    case 'rating-word-mismatch':
      return `${v} gives a number and a scale word that disagree`;
    case 'rating-out-of-range':
      return `${v} is outside the rating scale 1–5`;
    case 'duplicate': {
      const earlier =
        detail.firstField === undefined
          ? `${unit} ${detail.first ?? '?'}`
          : `field "${detail.firstField}" of the same record`;
      return detail.municipalityId === undefined
        ? `municipality ${v} repeats ${earlier}`
        : `item ${v} for municipality "${detail.municipalityId}" repeats ${earlier}`;
    }
    case 'invalid-record':
      return `${v} is ${detail.found ?? 'not an object'}, but a record must be an object`;
    case 'missing-field':
      return `the record has no ${detail.expected ?? 'such'} field`;
    case 'invalid-type':
      return `${v} is ${detail.found ?? 'of the wrong type'}, but ${detail.expected ?? 'another type'} is required`;
  }
}

export function makeError(
  place: ErrorPlace,
  code: ParseErrorCode,
  value: string,
  detail: ErrorDetail = {},
): ParseError {
  const message = `${placeText(place)}: ${describe(code, value, detail, place.unit)}.`;
  return { line: place.line, column: place.column, value, code, message };
}
