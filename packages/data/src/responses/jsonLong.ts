/**
 * JSON long format: an array of `{ municipality | municipalityId, item | itemId, rating }` records,
 * optionally with `respondent`; the fields may also be named in Finnish or Swedish as CSV headers are
 * (`kunta`, `kysymys`, `vastaus`, `vastaaja`, … ROLE_NAMES). Other fields are ignored. A record with any
 * error is rejected as a whole.
 */
import { isObject, notAnObject, readName, readRating, recordPlace, valueText } from './jsonValues';
import type { JsonObject } from './jsonValues';
import { roleOf } from './headerWords';
import type { Role } from './headerWords';
import { respondentKey } from './reading';
import type { Reading } from './reading';
import type { RawResponse } from './types';

/** The record's field for `role`: the first of `names` present, else one named by the role's word. */
function fieldName(record: JsonObject, names: readonly string[], role: Role): string | undefined {
  return (
    names.find((name) => record[name] !== undefined) ??
    Object.keys(record).find((key) => record[key] !== undefined && roleOf(key) === role)
  );
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

  const mField = fieldName(value, ['municipalityId', 'municipality'], 'municipality');
  const municipalityId =
    mField === undefined
      ? missing('municipality', ['municipality', 'municipalityId', 'kunta'])
      : readName(
          value[mField],
          place(mField),
          'municipality',
          reading.matchMunicipality,
          collector,
        );

  const iField = fieldName(value, ['itemId', 'item'], 'item');
  const itemId =
    iField === undefined
      ? missing('item', ['item', 'itemId', 'kysymys'])
      : readName(value[iField], place(iField), 'item', reading.matchItem, collector);

  const rField = fieldName(value, ['rating'], 'rating');
  const rating =
    rField === undefined
      ? missing('rating', ['rating', 'vastaus'])
      : readRating(value[rField], place(rField), context, collector);

  let respondent: string | undefined;
  // Not by every CSV word: "id" or "tunnus" in a record may be anything.
  const pField = ['respondent', 'respondentId', 'vastaaja', 'svarande'].find(
    (name) => value[name] !== undefined,
  );
  const given = pField === undefined ? undefined : value[pField];
  if (pField !== undefined && given !== undefined) {
    const text = typeof given === 'number' ? String(given) : given;
    if (typeof text !== 'string' || text.trim() === '') {
      collector.report(place(pField), 'missing-value', valueText(given), {
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
