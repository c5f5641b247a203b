/**
 * Helpers for reading JSON input: type names for messages, and one field as a municipality, an item or
 * a rating, with the same validation as CSV cells.
 */
import type { Rating } from '../types';
import { ratingFromNumber, ratingFromText } from './cells';
import type { Collector } from './collector';
import type { ParseContext } from './context';
import type { ErrorPlace, JsonTypeName } from './messages';

export type JsonObject = Readonly<Record<string, unknown>>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value's JSON type, as messages name it. */
export function typeName(value: unknown): JsonTypeName {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * The value as written in `ParseError.value`: a string as is, anything else as JSON. Never throws: what
 * JSON cannot write (a BigInt, a cycle, a throwing toJSON) falls back to String(), then to its type.
 */
export function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value); // NaN, Infinity, 1n
  try {
    const json = JSON.stringify(value);
    if (json !== undefined) return json;
  } catch {
    // a cycle, a BigInt inside, or a toJSON that throws: described below instead
  }
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value); // e.g. an object without a prototype
  }
}

/** The place of a field of JSON record `line` (`''` = the record as a whole; line 0 = the whole input). */
export function recordPlace(line: number): (column: string) => ErrorPlace {
  return (column) => ({ unit: 'record', line, column });
}

/** The error of a value that should be an object (a record, or the whole input) but is not. */
export function notAnObject(
  value: unknown,
  place: ErrorPlace,
  code: 'invalid-record' | 'invalid-input',
  collector: Collector,
): void {
  collector.report(place, code, valueText(value), { found: typeName(value) });
}

/** A field naming a municipality or an item: a non-empty string that `match` knows. */
export function readName<T>(
  value: unknown,
  place: ErrorPlace,
  kind: 'municipality' | 'item',
  match: (text: string) => T | undefined,
  collector: Collector,
): T | undefined {
  if (typeof value !== 'string') {
    const detail = { expected: kind, found: typeName(value) };
    collector.report(place, 'invalid-type', valueText(value), detail);
    return undefined;
  }
  if (value.trim() === '') {
    collector.report(place, 'missing-value', value, { expected: kind });
    return undefined;
  }
  const matched = match(value);
  if (matched === undefined) {
    collector.report(place, kind === 'item' ? 'unknown-item' : 'unknown-municipality', value);
  }
  return matched;
}

/** A rating field: null = no answer; a number or a string (as in CSV cells). undefined = an error. */
export function readRating(
  value: unknown,
  place: ErrorPlace,
  context: ParseContext,
  collector: Collector,
): { readonly rating: Rating | null } | undefined {
  if (value === null) return { rating: null };
  const cell =
    typeof value === 'number'
      ? ratingFromNumber(value)
      : typeof value === 'string'
        ? ratingFromText(value, context.noAnswer, context.levels)
        : undefined;
  if (cell === undefined) {
    const detail = { expected: 'rating-json', found: typeName(value) } as const;
    collector.report(place, 'invalid-type', valueText(value), detail);
    return undefined;
  }
  if (!cell.ok) {
    collector.report(place, cell.problem, valueText(value));
    return undefined;
  }
  return { rating: cell.rating };
}
