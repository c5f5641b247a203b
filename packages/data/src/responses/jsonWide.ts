/**
 * JSON wide format: `{ [municipality]: { [itemId]: rating | null } }`. One record = one municipality
 * (its 1-based position among the keys); as in wide CSV, a record with any bad field is rejected whole.
 */
import type { Collector, ParseContext, RowOutcome } from './context';
import { makeError } from './messages';
import { isObject, notAnObject, readName, readRating, recordPlace } from './jsonValues';
import type { ParseError, RawResponse } from './types';

export function readJsonWideRecord(
  [key, value]: readonly [string, unknown],
  line: number,
  context: ParseContext,
  collector: Collector,
): RowOutcome {
  const errors: ParseError[] = [];
  const place = recordPlace(line);
  const keyPlace = place('municipality');
  const municipalityId = readName(key, keyPlace, 'municipality', context.matchMunicipality, errors);
  const earlier = municipalityId ? collector.claim(municipalityId, line) : undefined;
  if (earlier !== undefined) errors.push(makeError(keyPlace, 'duplicate', key, { first: earlier }));

  if (!isObject(value)) {
    errors.push(notAnObject(value, place(''), 'invalid-record'));
    return { responses: [], errors };
  }
  const responses: RawResponse[] = [];
  // Keys are unique, but "ws-1" and "WS-1" are the same item: the first key per item id.
  const keyOfItem = new Map<string, string>();
  for (const [itemKey, ratingValue] of Object.entries(value)) {
    const itemId = readName(itemKey, place(itemKey), 'item', context.matchItem, errors);
    const rating = readRating(ratingValue, place(itemKey), context, errors);
    const firstField = itemId === undefined ? undefined : keyOfItem.get(itemId);
    if (itemId !== undefined && firstField === undefined) keyOfItem.set(itemId, itemKey);
    if (firstField !== undefined) {
      const detail = { municipalityId: municipalityId ?? key, firstField };
      errors.push(makeError(place(itemKey), 'duplicate', itemKey, detail));
    }
    if (municipalityId && itemId && rating)
      responses.push({ municipalityId, itemId, rating: rating.rating });
  }
  return errors.length > 0 ? { responses: [], errors } : { responses, errors };
}
