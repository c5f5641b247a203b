// Raw survey responses from JSON. The 2024 survey (shared/seeds/003_ae88570eab8abfd8.txt) publishes only
// means: these inputs are hand-made exports using the package's item ids for that survey.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseResponsesJson as parseJson } from '@yhdyspinta/data';
import type { ResponsesParseOptions } from '@yhdyspinta/data';
import type { ResponsesParseResult } from '@yhdyspinta/data';

// The messages asserted here are the English ones (the default locale is Finnish).
const parseResponsesJson = (value: unknown, options: ResponsesParseOptions = {}) =>
  parseJson(value, { locale: 'en', ...options });

const counts = (result: ResponsesParseResult) => [
  result.rowsRead,
  result.rowsAccepted,
  result.rowsRejected,
];

describe('parseResponsesJson: long (array of records)', () => {
  it('reads both field spellings, names, numeric and string ratings and null', () => {
    const result = parseResponsesJson([
      { municipality: 'Espoo', item: 'ws-1', rating: 4 },
      { municipalityId: 'hanko', itemId: 'WS-2', rating: null },
      { municipality: 'Raseborg', item: 'rescue.3', rating: '5', comment: 'ignored' },
      { municipality: 'Lojo', item: 'ss-1.1', rating: 4.0 },
      { municipality: 'inkoo', item: 'ss-1.2', rating: '3,0' },
      { municipality: 'vihti', item: 'ss-1.3', rating: 'EOS' },
    ]);
    expect(result.format).toBe('long');
    expect(result.errors).toEqual([]);
    expect(counts(result)).toEqual([6, 6, 0]);
    expect(result.responses).toEqual([
      { municipalityId: 'espoo', itemId: 'ws-1', rating: 4 },
      { municipalityId: 'hanko', itemId: 'ws-2', rating: null },
      { municipalityId: 'raasepori', itemId: 'rescue.3', rating: 5 },
      { municipalityId: 'lohja', itemId: 'ss-1.1', rating: 4 },
      { municipalityId: 'inkoo', itemId: 'ss-1.2', rating: 3 },
      { municipalityId: 'vihti', itemId: 'ss-1.3', rating: null },
    ]);
  });

  it('reports every bad field with record index and field name, and rejects those records', () => {
    const result = parseResponsesJson([
      { municipality: 'espoo', item: 'ws-1', rating: 3 }, // 1 ok
      { municipality: 'Helsinki', item: 'ws-1', rating: 3 }, // 2
      { municipality: 'espoo', item: 'ws-9', rating: 3.5 }, // 3 (two errors)
      { municipality: 'espoo', item: 'ws-2' }, // 4
      'espoo,ws-1,3', // 5
      { municipalityId: 7, itemId: 'ws-2', rating: true }, // 6 (two errors)
      { municipality: 'Esbo', itemId: 'ws-1', rating: 2 }, // 7 duplicate of 1
      { item: 'ws-2', rating: 0 }, // 8 (two errors)
      { municipality: ' ', item: 'ws-2', rating: 'Infinity' }, // 9 (two errors)
      { municipality: 'kauniainen', item: 'ws-2', rating: Number.NaN }, // 10
      { municipality: 'kauniainen', item: 'ws-1', rating: '-' }, // 11 ok
    ]);
    expect(counts(result)).toEqual([11, 2, 9]);
    expect(result.responses).toEqual([
      { municipalityId: 'espoo', itemId: 'ws-1', rating: 3 },
      { municipalityId: 'kauniainen', itemId: 'ws-1', rating: null },
    ]);
    expect(result.errors.map((e) => [e.line, e.column, e.code, e.value])).toEqual([
      [2, 'municipality', 'unknown-municipality', 'Helsinki'],
      [3, 'item', 'unknown-item', 'ws-9'],
      [3, 'rating', 'not-a-whole-number', '3.5'],
      [4, 'rating', 'missing-field', ''],
      [5, '', 'invalid-record', 'espoo,ws-1,3'],
      [6, 'municipalityId', 'invalid-type', '7'],
      [6, 'rating', 'invalid-type', 'true'],
      [7, 'itemId', 'duplicate', 'ws-1'],
      [8, 'municipality', 'missing-field', ''],
      [8, 'rating', 'rating-out-of-range', '0'],
      [9, 'municipality', 'missing-value', ' '],
      [9, 'rating', 'not-a-number', 'Infinity'],
      [10, 'rating', 'not-a-number', 'NaN'],
    ]);
    expect(result.errors.map((e) => e.message)).toEqual([
      'Record 2, field "municipality": "Helsinki" is not a municipality of the Länsi-Uusimaa welfare area.',
      'Record 3, field "item": "ws-9" is not a known item id.',
      'Record 3, field "rating": "3.5" is not a whole number, but ratings are 1–5.',
      'Record 4, field "rating": the record has no "rating" or "vastaus" field.',
      'Record 5: "espoo,ws-1,3" is a string, but a record must be an object.',
      'Record 6, field "municipalityId": "7" is a number, but a string (a municipality) is required.',
      'Record 6, field "rating": "true" is a boolean, but a number, a string or null is required.',
      'Record 7, field "itemId": item "ws-1" for municipality "espoo" repeats record 1.',
      'Record 8, field "municipality": the record has no "municipality" or "municipalityId" or "kunta" field.',
      'Record 8, field "rating": "0" is outside the rating scale 1–5.',
      'Record 9, field "municipality": the field is empty, but a municipality is required.',
      'Record 9, field "rating": "Infinity" is neither a rating 1–5 nor a no-answer token.',
      'Record 10, field "rating": "NaN" is neither a rating 1–5 nor a no-answer token.',
    ]);
  });
});

describe('parseResponsesJson: wide (object keyed by municipality)', () => {
  it('reads one record per municipality, including one that answered nothing', () => {
    const result = parseResponsesJson({
      Kirkkonummi: { 'ws-1': 2, 'ws-2': null, 'older.1': '4' },
      Sjundeå: { 'ws-1': null, 'ws-2': 'ei vastausta' },
      karkkila: {},
    });
    expect(result.format).toBe('wide');
    expect(result.errors).toEqual([]);
    expect(counts(result)).toEqual([3, 3, 0]);
    expect(result.responses).toEqual([
      { municipalityId: 'kirkkonummi', itemId: 'ws-1', rating: 2 },
      { municipalityId: 'kirkkonummi', itemId: 'ws-2', rating: null },
      { municipalityId: 'kirkkonummi', itemId: 'older.1', rating: 4 },
      { municipalityId: 'siuntio', itemId: 'ws-1', rating: null },
      { municipalityId: 'siuntio', itemId: 'ws-2', rating: null },
    ]);
  });

  it('rejects a whole municipality record with any bad field, reporting each', () => {
    const result = parseResponsesJson({
      Lohja: { 'ws-1': 6, 'ws-2': 3, 'ws-3': 1 }, // 1: two bad fields
      Hanko: { 'ws-1': 3, 'WS-1': 4 }, // 2: the same item twice
      Tampere: { 'ws-1': 3 }, // 3
      Lojo: { 'ws-2': 2 }, // 4: Lohja again
      Vihti: [3, 4], // 5
      Ingå: { 'ws-1': 1 }, // 6 ok
    });
    expect(counts(result)).toEqual([6, 1, 5]);
    expect(result.responses).toEqual([{ municipalityId: 'inkoo', itemId: 'ws-1', rating: 1 }]);
    expect(result.errors.map((e) => e.message)).toEqual([
      'Record 1, field "ws-1": "6" is outside the rating scale 1–5.',
      'Record 1, field "ws-3": "ws-3" is not a known item id.',
      'Record 2, field "WS-1": item "WS-1" for municipality "hanko" repeats field "ws-1" of the same record.',
      'Record 3, field "municipality": "Tampere" is not a municipality of the Länsi-Uusimaa welfare area.',
      'Record 4, field "municipality": municipality "Lojo" repeats record 1.',
      'Record 5: "[3,4]" is an array, but a record must be an object.',
    ]);
    expect(result.errors.map((e) => e.code)).toEqual([
      'rating-out-of-range',
      'unknown-item',
      'duplicate',
      'unknown-municipality',
      'duplicate',
      'invalid-record',
    ]);
  });

  it('validates item ids against options.items', () => {
    const result = parseResponsesJson({ espoo: { q1: 3, 'ws-1': 3 } }, { items: ['q1'] });
    expect(result.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [1, 'ws-1', 'unknown-item'],
    ]);
  });
});

describe('parseResponsesJson: invalid input', () => {
  it.each([
    [null, 'null'],
    ['municipality,item,rating', 'a string'],
    [42, 'a number'],
    [undefined, 'an undefined'],
  ])('returns an error for %j, never throws', (input, found) => {
    const result = parseResponsesJson(input);
    expect(result.format).toBeNull();
    expect(counts(result)).toEqual([0, 0, 0]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.code).toBe('invalid-input');
    expect(result.errors[0]?.line).toBe(0);
    expect(result.errors[0]?.message).toBe(
      `Input: the input is neither an array of records nor an object keyed by municipality (got ${found}).`,
    );
  });

  it('an empty array and an empty object are valid inputs with no rows', () => {
    expect(counts(parseResponsesJson([]))).toEqual([0, 0, 0]);
    expect(parseResponsesJson({}).errors).toEqual([]);
  });

  it('keeps the row invariant for arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue())), (value) => {
        const result = parseResponsesJson(value);
        expect(result.rowsRead).toBe(result.rowsAccepted + result.rowsRejected);
        expect(result.errors.length).toBeGreaterThanOrEqual(result.rowsRejected);
      }),
      { numRuns: 300 },
    );
  });
});
