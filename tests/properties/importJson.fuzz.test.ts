/**
 * Fuzz and model tests of parseResponsesJson (records of any shape, including values JSON.parse never
 * makes: BigInt, cycles, null-prototype objects) and of the custom elements' file reader (JSON or CSV
 * text from `src`, truncated or garbled): never a throw; records read = accepted + rejected; every
 * rejected record has an error on its own record number naming its field and reason.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseResponsesJson as parseJson } from '@yhdyspinta/data';
import type { ResponsesParseOptions } from '@yhdyspinta/data';
import type { ResponsesParseResult } from '@yhdyspinta/data';
import {
  detectSourceFormat,
  readResponses,
} from '../../packages/charts/src/elements/responsesSource';
import { runs } from './support/arbitraries';
import { itemCell, municipalityCell, ratingCell } from './support/responsesModel';
import type { Cell } from './support/responsesModel';

// The messages asserted here are the English ones (the default locale is Finnish).
const parseResponsesJson = (value: unknown, options: ResponsesParseOptions = {}) =>
  parseJson(value, { locale: 'en', ...options });

function checkAccounting(result: ResponsesParseResult, records: number): void {
  expect(result.rowsRead).toBe(result.rowsAccepted + result.rowsRejected);
  expect(result.errors.length).toBeGreaterThanOrEqual(result.rowsRejected);
  for (const error of result.errors) {
    expect(error.line).toBeGreaterThanOrEqual(0);
    expect(error.line).toBeLessThanOrEqual(records);
    expect(typeof error.column).toBe('string');
    expect(error.message).toMatch(
      error.line === 0 ? /^Input\b/ : new RegExp(`^Record ${error.line}\\b`),
    );
  }
  // Every rejected record has its own error.
  const lines = new Set(result.errors.map((e) => e.line));
  expect(lines.size).toBeGreaterThanOrEqual(result.rowsRejected);
}

/** A JSON rating field: the model cell's text as a string, as a number, or a value of a wrong type. */
const ratingField = fc.oneof(
  { weight: 3, arbitrary: ratingCell.map((c) => ({ value: c.text as unknown, valid: c.valid })) },
  {
    weight: 2,
    arbitrary: fc
      .integer({ min: 1, max: 5 })
      .map((n) => ({ value: n as unknown, valid: n as number | null | undefined })),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      { value: null, valid: null },
      { value: 4.0, valid: 4 },
      { value: 2.5, valid: undefined },
      { value: 0, valid: undefined },
      { value: Number.NaN, valid: undefined },
      { value: true, valid: undefined },
      { value: [3], valid: undefined },
      { value: { rating: 3 }, valid: undefined },
    ),
  },
);

interface JsonRecord {
  readonly value: unknown;
  /** The fields whose errors the record must show; empty and `accepted` for a good record. */
  readonly municipality?: string;
  readonly item?: string;
  readonly rating: number | null | undefined;
  readonly fields: { municipality: string | null; item: string | null; rating: boolean };
}

const record: fc.Arbitrary<JsonRecord> = fc
  .record({
    m: municipalityCell,
    i: itemCell,
    r: ratingField,
    mKey: fc.constantFrom('municipality', 'municipalityId', null),
    iKey: fc.constantFrom('item', 'itemId', null),
    hasRating: fc.boolean(),
    extra: fc.dictionary(fc.constantFrom('timestamp', 'note', 'id'), fc.jsonValue(), {
      maxKeys: 2,
    }),
  })
  .map(({ m, i, r, mKey, iKey, hasRating, extra }) => {
    const value: Record<string, unknown> = { ...extra };
    if (mKey) value[mKey] = m.text;
    if (iKey) value[iKey] = i.text;
    if (hasRating) value.rating = r.value;
    const cell = (c: Cell<string>, key: string | null) => (key ? c.valid : undefined);
    return {
      value,
      municipality: cell(m, mKey),
      item: cell(i, iKey),
      rating: hasRating ? r.valid : undefined,
      fields: { municipality: mKey, item: iKey, rating: hasRating },
    };
  });

describe('parseResponsesJson (long) against a model', () => {
  it('accepts exactly the good records; each rejected one has an error on its record number', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 12 }), (records) => {
        const result = parseResponsesJson(records.map((r) => r.value));
        checkAccounting(result, records.length);
        expect(result.format).toBe('long');
        expect(result.rowsRead).toBe(records.length);
        const claimed = new Set<string>();
        const expected: unknown[] = [];
        records.forEach((r, k) => {
          const line = k + 1;
          const { municipality: m, item: i, rating } = r;
          let duplicate = false;
          if (m !== undefined && i !== undefined) {
            duplicate = claimed.has(`${m}|${i}`);
            claimed.add(`${m}|${i}`);
          }
          const ok = m !== undefined && i !== undefined && rating !== undefined && !duplicate;
          const errors = result.errors.filter((e) => e.line === line);
          if (ok) {
            expect(errors).toEqual([]);
            expected.push({ municipalityId: m, itemId: i, rating });
          } else {
            expect(errors.length, `record ${line}`).toBeGreaterThan(0);
            for (const e of errors) expect(e.column).not.toBe('');
          }
        });
        expect(result.responses).toEqual(expected);
      }),
      runs(200),
    );
  });
});

describe('parseResponsesJson on anything', () => {
  it('never throws, whatever the value (BigInt, cycles, null prototypes, Maps, typed arrays…)', () => {
    const anything = fc.anything({
      maxDepth: 3,
      withBigInt: true,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withTypedArray: true,
      withSparseArray: true,
      withDate: true,
      withUnicodeString: true,
    });
    const shaped = fc.oneof(
      anything,
      fc.array(anything, { maxLength: 6 }),
      fc.array(
        fc.dictionary(fc.constantFrom('municipality', 'item', 'rating', 'itemId'), anything),
        { maxLength: 6 },
      ),
      fc.dictionary(
        fc.constantFrom('Espoo', 'Lojo', 'x', '__proto__'),
        fc.oneof(anything, fc.dictionary(fc.constantFrom('ws-1', 'WS-1', 'ss-1.1', 'x'), anything)),
      ),
    );
    fc.assert(
      fc.property(shaped, (value) => {
        const result = parseResponsesJson(value);
        const records = Array.isArray(value)
          ? value.length
          : value && typeof value === 'object'
            ? Object.keys(value).length
            : 0;
        checkAccounting(result, records);
      }),
      runs(300),
    );
  });

  it('never throws on cyclic or self-referencing records', () => {
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    const record: Record<string, unknown> = { municipality: 'Espoo', item: 'ws-1' };
    record.rating = record;
    const wide: Record<string, unknown> = {};
    wide.Espoo = wide;
    for (const value of [cyclic, [record], wide, { Espoo: { 'ws-1': record } }]) {
      const result = parseResponsesJson(value);
      checkAccounting(result, Object.keys(value).length);
      expect(result.rowsRejected).toBe(result.rowsRead);
      expect(result.errors.length).toBeGreaterThan(0);
    }
  });
});

describe('the custom elements read `src` files without throwing', () => {
  const text = fc.oneof(
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.string({ unit: 'binary', maxLength: 120 }),
    fc.string({
      unit: fc.constantFrom(
        '[',
        ']',
        '{',
        '}',
        '"',
        ':',
        ',',
        'null',
        '4',
        'Espoo',
        'ws-1',
        '\uFEFF',
        ' ',
      ),
      maxLength: 40,
    }),
  );
  const cut = fc
    .tuple(text, fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([t, at]) => t.slice(0, Math.floor(t.length * at)));

  it('any text, whole or truncated, is read or refused with a reason', () => {
    fc.assert(
      fc.property(
        fc.oneof(text, cut),
        fc.constantFrom(null, 'application/json', 'text/csv', 'text/plain'),
        fc.constantFrom('data.json', 'data.csv', 'data', 'x.json?v=1#a'),
        (body, type, url) => {
          const format = detectSourceFormat(body, type, url);
          const result = readResponses(body, format);
          if (!result.ok) {
            expect(result.reason).toBe('unreadable');
            expect(result.detail.length).toBeGreaterThan(0);
          }
        },
      ),
      runs(300),
    );
  });
});
