/**
 * JSON long format: an array of `{ municipality | municipalityId, item | itemId, rating }` records.
 * Other fields are ignored. A record with any error is rejected as a whole.
 */
import type { Collector, ParseContext, RowOutcome } from './context';
import { makeError } from './messages';
import { isObject, notAnObject, readName, readRating, recordPlace, valueText } from './jsonValues';
import type { JsonObject } from './jsonValues';
import type { ParseError } from './types';

/** The first of `names` present in the record (the preferred one if none is). */
function fieldName(record: JsonObject, names: readonly [string, string]): string | undefined {
  return names.find((name) => record[name] !== undefined);
}

export function readJsonLongRecord(
  value: unknown,
  line: number,
  context: ParseContext,
  collector: Collector,
): RowOutcome {
  const place = recordPlace(line);
  if (!isObject(value)) {
    return { responses: [], errors: [notAnObject(value, place(''), 'invalid-record')] };
  }
  const errors: ParseError[] = [];
  const missing = (column: string, expected: string): undefined => {
    errors.push(makeError(place(column), 'missing-field', '', { expected }));
    return undefined;
  };

  const mField = fieldName(value, ['municipalityId', 'municipality']);
  const municipalityId =
    mField === undefined
      ? missing('municipality', '"municipality" or "municipalityId"')
      : readName(value[mField], place(mField), 'municipality', context.matchMunicipality, errors);

  const iField = fieldName(value, ['itemId', 'item']);
  const itemId =
    iField === undefined
      ? missing('item', '"item" or "itemId"')
      : readName(value[iField], place(iField), 'item', context.matchItem, errors);

  const rating =
    value.rating === undefined
      ? missing('rating', '"rating"')
      : readRating(value.rating, place('rating'), context, errors);

  if (municipalityId && itemId && iField) {
    const first = collector.claim(`${municipalityId}\u0000${itemId}`, line);
    if (first !== undefined) {
      const detail = { first, municipalityId };
      errors.push(makeError(place(iField), 'duplicate', valueText(value[iField]), detail));
    }
  }
  if (errors.length > 0 || !municipalityId || !itemId || !rating) return { responses: [], errors };
  return { responses: [{ municipalityId, itemId, rating: rating.rating }], errors };
}
