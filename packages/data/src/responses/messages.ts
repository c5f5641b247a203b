/**
 * Builds `ParseError`s with their one-sentence messages in Finnish, Swedish or English (the wordings are
 * in messagesFi.ts / messagesSv.ts / messagesEn.ts); a value or column is always shown with its control
 * and invisible characters escaped, never raw.
 */
import type { Locale } from '../types';
import { columnLetters } from './columnLetters';
import { ownString } from './keys';
import { FI } from './messagesFi';
import { EN } from './messagesEn';
import { SV } from './messagesSv';
import type { MessageTexts } from './messageTexts';
import type { ParseError, ParseErrorCode } from './types';

export type { ErrorDetail, ExpectedKind, JsonTypeName } from './messageTexts';
import type { ErrorDetail } from './messageTexts';

/** Where an error is: a CSV line or a JSON record, and a column / field (by name or 1-based index). */
export interface ErrorPlace {
  readonly unit: 'line' | 'record';
  readonly line: number;
  /** Header or field name; or the 1-based index as a string when `indexed`; '' for none. */
  readonly column: string;
  readonly indexed?: boolean;
  /** A named CSV/XLSX column's 1-based position: its letter is shown when its name is too long to show. */
  readonly position?: number;
}

const TEXTS: Readonly<Record<Locale, MessageTexts>> = { fi: FI, sv: SV, en: EN };

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

/** Text with every control or invisible character written as its `\u` escape. */
export function visible(text: string): string {
  return text.replace(UNSEEN, escaped);
}

/**
 * The value as shown in a message: quoted, on one line, shortened, with every control or invisible
 * character written as its `\u` escape (`"Hanko\u200b"`), never raw.
 */
function shown(value: string): string {
  const oneLine = value.replace(/\r\n|\r|\n/g, '↵');
  const short = oneLine.length > MAX_SHOWN ? `${oneLine.slice(0, MAX_SHOWN - 1)}…` : oneLine;
  return `"${visible(short)}"`;
}

function placeText(place: ErrorPlace, t: MessageTexts): string {
  if (place.line === 0) return t.input;
  const head = `${place.unit === 'line' ? t.line : t.record} ${place.line}`;
  if (place.column === '') return head;
  const noun = place.unit === 'line' ? t.column : t.field;
  if (place.indexed) return `${head}, ${noun} ${visible(place.column)}`;
  // A name too long to show whole (a question's text) is shortened, and its column's letter finds it.
  const name = shown(place.column);
  const cut = name.endsWith('…"') && place.position !== undefined;
  return `${head}, ${noun} ${cut ? `${columnLetters(place.position ?? 0)} ` : ''}${name}`;
}

/** The message of one problem in `locale`: "<place>: <what is wrong>." */
export function formatMessage(
  place: ErrorPlace,
  code: ParseErrorCode,
  value: string,
  detail: ErrorDetail,
  locale: Locale,
): string {
  const t = TEXTS[locale];
  // A missing column found by its role is named in the message, in words (not by its key).
  const at = detail.role === undefined ? place : { ...place, column: '' };
  return `${placeText(at, t)}: ${t.describe(code, shown(value), value, detail, place.unit)}.`;
}

export function makeError(
  place: ErrorPlace,
  code: ParseErrorCode,
  value: string,
  detail: ErrorDetail = {},
  locale: Locale = 'fi',
): ParseError {
  const message = formatMessage(place, code, value, detail, locale);
  return { line: place.line, column: place.column, value: ownString(value), code, message };
}
