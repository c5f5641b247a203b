/**
 * JSON wide format: `{ [municipality]: { [itemId]: rating | null } }`. One record = one municipality
 * (its 1-based position among the keys); as in wide CSV, a record with any bad field is rejected whole.
 */
import { isObject, notAnObject, readName, readRating, recordPlace } from './jsonValues';
import type { Reading } from './reading';
import type { RawResponse } from './types';

export function readJsonWideRecord(
  [key, value]: readonly [string, unknown],
  line: number,
  reading: Reading,
): void {
  const { collector, context } = reading;
  const before = collector.errorTotal();
  const place = recordPlace(line);
  const keyPlace = place('municipality');
  const municipalityId = readName(
    key,
    keyPlace,
    'municipality',
    reading.matchMunicipality,
    collector,
  );
  const earlier = municipalityId ? collector.claim(municipalityId, line) : undefined;
  if (earlier !== undefined) collector.report(keyPlace, 'duplicate', key, { first: earlier });

  if (!isObject(value)) {
    notAnObject(value, place(''), 'invalid-record', collector);
    collector.endRow(before, null);
    return;
  }
  const responses: RawResponse[] = [];
  // Keys are unique, but "ws-1" and "WS-1" are the same item: the first key per item id.
  const keyOfItem = new Map<string, string>();
  for (const [itemKey, ratingValue] of Object.entries(value)) {
    const itemId = readName(itemKey, place(itemKey), 'item', reading.matchItem, collector);
    const rating = readRating(ratingValue, place(itemKey), context, collector);
    const firstField = itemId === undefined ? undefined : keyOfItem.get(itemId);
    if (itemId !== undefined && firstField === undefined) keyOfItem.set(itemId, itemKey);
    if (firstField !== undefined) {
      const detail = { municipalityId: municipalityId ?? key, firstField };
      collector.report(place(itemKey), 'duplicate', itemKey, detail);
    }
    if (municipalityId && itemId && rating)
      responses.push({ municipalityId, itemId, rating: rating.rating });
  }
  collector.endRow(before, collector.errorTotal() > before ? null : responses);
}
