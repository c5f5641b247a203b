/**
 * JSON long format: an array of `{ municipality | municipalityId, item | itemId, rating }` records,
 * optionally with `respondent`. Other fields are ignored. A record with any error is rejected as a
 * whole.
 */
import { isObject, notAnObject, readName, readRating, recordPlace, valueText } from './jsonValues';
import type { JsonObject } from './jsonValues';
import { respondentKey } from './reading';
import type { Reading } from './reading';
import type { RawResponse } from './types';

/** The first of `names` present in the record (the preferred one if none is). */
function fieldName(record: JsonObject, names: readonly [string, string]): string | undefined {
  return names.find((name) => record[name] !== undefined);
}

export function readJsonLongRecord(value: unknown, line: number, reading: Reading): void {
  const { collector, context } = reading;
  const before = collector.errorTotal();
  const place = recordPlace(line);
  if (!isObject(value)) {
    notAnObject(value, place(''), 'invalid-record', collector);
    collector.endRow(before, null);
    return;
  }
  const missing = (column: string, names: readonly string[]): undefined => {
    collector.report(place(column), 'missing-field', '', { names });
    return undefined;
  };

  const mField = fieldName(value, ['municipalityId', 'municipality']);
  const municipalityId =
    mField === undefined
      ? missing('municipality', ['municipality', 'municipalityId'])
      : readName(
          value[mField],
          place(mField),
          'municipality',
          reading.matchMunicipality,
          collector,
        );

  const iField = fieldName(value, ['itemId', 'item']);
  const itemId =
    iField === undefined
      ? missing('item', ['item', 'itemId'])
      : readName(value[iField], place(iField), 'item', reading.matchItem, collector);

  const rating =
    value.rating === undefined
      ? missing('rating', ['rating'])
      : readRating(value.rating, place('rating'), context, collector);

  let respondent: string | undefined;
  if (value.respondent !== undefined) {
    const text = typeof value.respondent === 'number' ? String(value.respondent) : value.respondent;
    if (typeof text !== 'string' || text.trim() === '') {
      collector.report(place('respondent'), 'missing-value', valueText(value.respondent), {
        expected: 'respondent',
      });
    } else respondent = reading.respondents.shared(text.trim());
  }

  if (municipalityId && itemId && iField) {
    const first = reading.triples.claim(
      respondentKey(reading, respondent),
      reading.municipalities.index(municipalityId),
      reading.items.index(itemId),
      line,
    );
    if (first !== undefined) {
      const detail = { first, municipalityId, ...(respondent === undefined ? {} : { respondent }) };
      collector.report(place(iField), 'duplicate', valueText(value[iField]), detail);
    }
  }
  if (collector.errorTotal() > before || !municipalityId || !itemId || !rating) {
    collector.endRow(before, null);
    return;
  }
  const response: RawResponse = { municipalityId, itemId, rating: rating.rating };
  collector.endRow(before, respondent === undefined ? response : { ...response, respondent });
}
