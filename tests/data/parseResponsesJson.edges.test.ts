// parseResponsesJson at the edges of its rules: missing and blank fields, item ids spelled three ways,
// and input that is no JSON container at all. Hand-made inputs.
import { describe, expect, it } from 'vitest';
import { parseResponsesJson as parseJson } from '@yhdyspinta/data';
import type { ResponsesParseOptions } from '@yhdyspinta/data';

// The messages asserted here are the English ones (the default locale is Finnish).
const parseResponsesJson = (value: unknown, options: ResponsesParseOptions = {}) =>
  parseJson(value, { locale: 'en', ...options });

describe('long records', () => {
  it('fields named in Finnish or Swedish, as CSV headers may be, are read; "id" is not a respondent', () => {
    const result = parseResponsesJson([
      { kunta: 'Lohja', kysymys: 'ws-1', vastaus: 4, vastaaja: 'R1', id: 7 },
      { kommun: 'Hangö', fråga: 'ws-1', svar: 'Bra' },
    ]);
    expect(result.errors).toStrictEqual([]);
    expect(result.responses).toStrictEqual([
      { municipalityId: 'lohja', itemId: 'ws-1', rating: 4, respondent: 'R1' },
      { municipalityId: 'hanko', itemId: 'ws-1', rating: 4 },
    ]);
  });

  it('a record without an item field names the field spellings', () => {
    const result = parseResponsesJson([{ municipality: 'espoo', rating: 4 }]);
    expect(result.errors).toStrictEqual([
      {
        line: 1,
        column: 'item',
        value: '',
        code: 'missing-field',
        message: 'Record 1, field "item": the record has no "item" or "itemId" or "kysymys" field.',
      },
    ]);
  });

  it('an empty item is a missing value that asks for an item id', () => {
    const result = parseResponsesJson([{ municipalityId: 'espoo', itemId: ' ', rating: 4 }]);
    expect(result.errors.map((e) => [e.column, e.code, e.message])).toStrictEqual([
      [
        'itemId',
        'missing-value',
        'Record 1, field "itemId": the field is empty, but an item id is required.',
      ],
    ]);
  });
});

describe('field types', () => {
  it('names the JSON type found where a string or a rating is required', () => {
    const result = parseResponsesJson([{ municipality: {}, item: [], rating: true }]);
    expect(result.errors.map((e) => [e.column, e.code, e.message])).toStrictEqual([
      [
        'municipality',
        'invalid-type',
        'Record 1, field "municipality": "{}" is an object, but a string (a municipality) is required.',
      ],
      [
        'item',
        'invalid-type',
        'Record 1, field "item": "[]" is an array, but a string (an item id) is required.',
      ],
      [
        'rating',
        'invalid-type',
        'Record 1, field "rating": "true" is a boolean, but a number, a string or null is required.',
      ],
    ]);
  });
});

describe('wide records', () => {
  it('a blank municipality key asks for a municipality', () => {
    const result = parseResponsesJson({ ' ': { 'ws-1': 4 } });
    expect(result.errors).toStrictEqual([
      {
        line: 1,
        column: 'municipality',
        value: ' ',
        code: 'missing-value',
        message:
          'Record 1, field "municipality": the field is empty, but a municipality is required.',
      },
    ]);
  });

  it('an item spelled three ways: both repeats name the first spelling', () => {
    const result = parseResponsesJson({ espoo: { 'ws-1': 4, 'WS-1': 3, ' Ws-1': 2, 'ws-2': 1 } });
    expect(result.responses).toStrictEqual([]);
    expect(result.errors.map((e) => [e.column, e.message])).toStrictEqual([
      [
        'WS-1',
        'Record 1, field "WS-1": item "WS-1" for municipality "espoo" repeats field "ws-1" of the same record.',
      ],
      [
        ' Ws-1',
        'Record 1, field " Ws-1": item " Ws-1" for municipality "espoo" repeats field "ws-1" of the same record.',
      ],
    ]);
  });
});

describe('input that is neither an array nor an object', () => {
  it.each([
    [undefined, 'undefined', 'an undefined'],
    [42, '42', 'a number'],
    ['[]', '[]', 'a string'],
    [null, 'null', 'null'],
  ])('%j', (input, value, found) => {
    const result = parseResponsesJson(input);
    expect(result.format).toBeNull();
    expect(result.errors).toStrictEqual([
      {
        line: 0,
        column: '',
        value,
        code: 'invalid-input',
        message: `Input: the input is neither an array of records nor an object keyed by municipality (got ${found}).`,
      },
    ]);
  });
});
