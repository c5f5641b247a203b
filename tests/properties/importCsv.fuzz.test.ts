/**
 * Fuzz and model tests of parseResponsesCsv. A model (support/responsesModel.ts) says which rows of a
 * generated table must be accepted; the table is written the ways spreadsheets export it (`;` as Finnish
 * Excel does, `,`, tab; LF, CRLF, CR; BOM; quoting; blank lines) and read back: rows read = accepted +
 * rejected, exactly the model's rows accepted, and every rejected row has errors on its own line naming
 * its column and reason. Then truncated, mis-encoded (Latin-1 read as UTF-8 and the reverse) and random
 * files: never a throw, and the same accounting holds.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseResponsesCsv as parseCsv } from '@yhdyspinta/data';
import type { CsvParseOptions } from '@yhdyspinta/data';
import type { CsvParseResult } from '@yhdyspinta/data';
import { runs } from './support/arbitraries';
import {
  asMojibake,
  csvStyle,
  decodeUtf8,
  judgeLong,
  latin1Bytes,
  longRow,
  longRows,
  municipalityNamed,
  writeCsv,
} from './support/responsesModel';
import type { LongRow } from './support/responsesModel';

// The messages asserted here are the English ones (the default locale is Finnish).
const parseResponsesCsv = (text: string, options: CsvParseOptions = {}) =>
  parseCsv(text, { locale: 'en', ...options });

const HEADER = ['Kunta', 'Kohta', 'Arvio', 'Huom'];
const FIXTURES = resolve(import.meta.dirname, '../fixtures');

const cellsOf = (row: LongRow) => [row.municipality.text, row.item.text, row.rating.text, row.note];
const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** What holds for any result: the accounting, and every error placed and explained. */
function checkAccounting(result: CsvParseResult, text: string): void {
  expect(result.rowsRead).toBe(result.rowsAccepted + result.rowsRejected);
  expect(result.errors.length).toBeGreaterThanOrEqual(result.rowsRejected);
  const physicalLines = (text.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
  for (const error of result.errors) {
    expect(error.line).toBeGreaterThanOrEqual(1);
    expect(error.line).toBeLessThanOrEqual(physicalLines);
    expect(typeof error.column).toBe('string');
    expect(error.code).toMatch(/^[a-z-]+$/);
    expect(error.message).toMatch(new RegExp(`^Line ${error.line}\\b`));
  }
  if (result.rowsRead === 0 && result.errors.length > 0) {
    // A fatal error: nothing was read, nothing accepted.
    expect(result.responses).toEqual([]);
  }
  for (const response of result.responses) {
    expect(response.rating === null || [1, 2, 3, 4, 5].includes(response.rating)).toBe(true);
  }
}

/** The model's verdict against the parser's, row by row. */
function checkAgainstModel(rows: readonly LongRow[], text: string, lines: readonly number[]) {
  const result = parseResponsesCsv(text);
  checkAccounting(result, text);
  const kept = rows
    .map((row, k) => ({ row, line: lines[k] ?? 0 }))
    .filter((r) => !isBlank(cellsOf(r.row)));
  const verdicts = judgeLong(kept.map((r) => r.row));
  expect(result.format).toBe('long');
  expect(result.rowsRead).toBe(kept.length);
  expect(result.rowsAccepted).toBe(verdicts.filter((v) => v.accepted).length);
  expect(result.responses).toEqual(verdicts.flatMap((v) => (v.response ? [v.response] : [])));
  kept.forEach(({ row, line }, k) => {
    const errors = result.errors.filter((e) => e.line === line);
    if (verdicts[k]?.accepted) {
      expect(errors).toEqual([]);
      return;
    }
    expect(errors.length, `row on line ${line} rejected without an error`).toBeGreaterThan(0);
    const expected = new Set<string>();
    if (row.municipality.valid === undefined) expected.add('Kunta');
    if (row.item.valid === undefined) expected.add('Kohta');
    if (row.rating.valid === undefined) expected.add('Arvio');
    const columns = new Set(errors.map((e) => e.column));
    for (const column of expected) expect(columns).toContain(column);
    for (const column of columns) expect(['Kunta', 'Kohta', 'Arvio']).toContain(column);
  });
  // Errors only on rejected rows' lines.
  const rejectedLines = new Set(kept.filter((_, k) => !verdicts[k]?.accepted).map((r) => r.line));
  for (const error of result.errors) expect(rejectedLines).toContain(error.line);
  return result;
}

describe('parseResponsesCsv against a model', () => {
  it('accepts exactly the good rows, whatever the delimiter, line ending, quoting and BOM', () => {
    fc.assert(
      fc.property(longRows, csvStyle, (rows, style) => {
        const { text, lines } = writeCsv(HEADER, rows.map(cellsOf), style);
        checkAgainstModel(rows, text, lines);
      }),
      runs(200),
    );
  });

  it('reads a table the same with and without BOM, in LF, CRLF or CR, with ; , or tab', () => {
    fc.assert(
      fc.property(fc.array(longRow, { maxLength: 8 }), csvStyle, csvStyle, (rows, a, b) => {
        const same = { ...b, blankBefore: a.blankBefore };
        const first = parseResponsesCsv(writeCsv(HEADER, rows.map(cellsOf), a).text);
        const second = parseResponsesCsv(writeCsv(HEADER, rows.map(cellsOf), same).text);
        const strip = (r: CsvParseResult) => ({
          ...r,
          delimiter: undefined,
          errors: r.errors.map((e) => [e.line, e.column, e.code]),
        });
        expect(strip(second)).toEqual(strip(first));
      }),
      runs(100),
    );
  });

  it('reads a Latin-1 file decoded as UTF-8: rows with ä/å/ö names rejected on their line, the rest kept', () => {
    fc.assert(
      fc.property(fc.array(longRow, { maxLength: 10 }), csvStyle, (rows, style) => {
        // Each cell goes through the mis-decoding on its own: delimiters are ASCII and survive it.
        const garble = (text: string) => decodeUtf8(latin1Bytes(text));
        const garbled: LongRow[] = rows.map((row) => {
          const m = garble(row.municipality.text);
          const i = garble(row.item.text);
          const r = garble(row.rating.text);
          return {
            municipality: { text: m, valid: municipalityNamed(m) },
            item: { text: i, valid: i === row.item.text ? row.item.valid : undefined },
            rating: { text: r, valid: r === row.rating.text ? row.rating.valid : undefined },
            note: garble(row.note),
          };
        });
        const whole = writeCsv(HEADER, rows.map(cellsOf), { ...style, bom: false });
        const text = garble(whole.text);
        // The garbled file is the garbled cells' file (line numbers included).
        const { lines } = writeCsv(HEADER, garbled.map(cellsOf), { ...style, bom: false });
        expect(text).toBe(writeCsv(HEADER, garbled.map(cellsOf), { ...style, bom: false }).text);
        checkAgainstModel(garbled, text, lines);
      }),
      runs(60),
    );
  });

  it('reads UTF-8 decoded as Latin-1 (mojibake "KyrkslÃ¤tt") the same way', () => {
    fc.assert(
      fc.property(fc.array(longRow, { maxLength: 10 }), csvStyle, (rows, style) => {
        const garbled: LongRow[] = rows.map((row) => {
          const m = asMojibake(row.municipality.text);
          const i = asMojibake(row.item.text);
          const r = asMojibake(row.rating.text);
          return {
            municipality: { text: m, valid: municipalityNamed(m) },
            item: { text: i, valid: i === row.item.text ? row.item.valid : undefined },
            rating: { text: r, valid: r === row.rating.text ? row.rating.valid : undefined },
            note: asMojibake(row.note),
          };
        });
        const { text, lines } = writeCsv(HEADER, garbled.map(cellsOf), { ...style, bom: false });
        checkAgainstModel(garbled, text, lines);
      }),
      runs(60),
    );
  });
});

describe('parseResponsesCsv on broken files', () => {
  it('never throws on a truncated file, and a cut inside quotes is one fatal error', () => {
    fc.assert(
      fc.property(
        fc.array(longRow, { minLength: 1, maxLength: 8 }),
        csvStyle,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (rows, style, at) => {
          const { text } = writeCsv(HEADER, rows.map(cellsOf), { ...style, quoteAll: true });
          const cut = text.slice(0, Math.floor(text.length * at));
          const result = parseResponsesCsv(cut);
          checkAccounting(result, cut);
          if (result.errors.some((e) => e.code === 'unterminated-quote')) {
            expect(result.errors).toHaveLength(1);
            expect(result.rowsRead).toBe(0);
          }
        },
      ),
      runs(150),
    );
  });

  it('never throws on random text, random bytes or randomly damaged files', () => {
    const damaged = fc
      .tuple(
        fc.array(longRow, { maxLength: 6 }),
        csvStyle,
        fc.array(
          fc.tuple(
            fc.nat(),
            fc.constantFrom('"', ';', ',', '\t', '\n', '\r', '\uFEFF', '\u0000', 'ä', ''),
          ),
          { maxLength: 6 },
        ),
      )
      .map(([rows, style, edits]) => {
        let text = writeCsv(HEADER, rows.map(cellsOf), style).text;
        for (const [pos, ch] of edits) {
          const p = pos % (text.length + 1);
          text = text.slice(0, p) + ch + text.slice(p + (ch === '' ? 1 : 0));
        }
        return text;
      });
    const input = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.uint8Array({ maxLength: 300 }).map(decodeUtf8),
      fc.string({
        unit: fc.constantFrom(
          'a',
          '"',
          ';',
          ',',
          '\t',
          '\n',
          '\r',
          ' ',
          '4',
          'Espoo',
          'ws-1',
          'kunta',
        ),
        maxLength: 60,
      }),
      damaged,
    );
    fc.assert(
      fc.property(
        input,
        fc.constantFrom(undefined, ';' as const, ',' as const, '\t' as const),
        (text, delimiter) => {
          checkAccounting(parseResponsesCsv(text, { delimiter }), text);
        },
      ),
      runs(400),
    );
  });

  it('reads a 10 000-row export in well under a second', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `Espoo;item-${i};${(i % 5) + 1}`);
    const text = ['Kunta;Kohta;Arvio', ...rows].join('\r\n');
    const items = rows.map((_, i) => `item-${i}`);
    const started = performance.now();
    const result = parseResponsesCsv(text, { items });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.rowsAccepted).toBe(10_000);
  });
});

describe('export files as spreadsheets write them', () => {
  it('reads a Swedish Excel export (BOM, CRLF, ;, decimal comma, a ;; line)', () => {
    const text = decodeUtf8(readFileSync(resolve(FIXTURES, 'responses-excel-sv.csv')));
    const result = parseResponsesCsv(text);
    expect(result).toMatchObject({ delimiter: ';', format: 'long', blankLines: 1, errors: [] });
    expect([result.rowsRead, result.rowsAccepted, result.rowsRejected]).toEqual([6, 6, 0]);
    expect(result.responses.map((r) => [r.municipalityId, r.rating])).toEqual([
      ['espoo', 4],
      ['kirkkonummi', 3],
      ['siuntio', null],
      ['karkkila', 2],
      ['hanko', 5],
      ['inkoo', 4],
    ]);
  });

  it('reads a Latin-1 (ANSI) export decoded as UTF-8: the garbled names rejected with line, column and reason', () => {
    const text = decodeUtf8(readFileSync(resolve(FIXTURES, 'responses-latin1.csv')));
    const result = parseResponsesCsv(text);
    expect([result.rowsRead, result.rowsAccepted, result.rowsRejected]).toEqual([5, 3, 2]);
    expect(result.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [3, 'Kunta', 'unknown-municipality'],
      [5, 'Kunta', 'unknown-municipality'],
    ]);
    expect(result.errors[0]?.message).toBe(
      'Line 3, column "Kunta": "Kyrksl\uFFFDtt" is not a municipality of the Länsi-Uusimaa welfare area.',
    );
  });

  it('the Swedish export read as Latin-1 loses its header ("ï»¿Kommun", "BedÃ¶mning"): fatal, no rows', () => {
    const bytes = readFileSync(resolve(FIXTURES, 'responses-excel-sv.csv'));
    const text = new TextDecoder('latin1').decode(bytes);
    const result = parseResponsesCsv(text);
    expect(result.rowsRead).toBe(0);
    expect(result.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [1, 'municipality', 'missing-column'],
      [1, 'rating', 'missing-column'],
    ]);
  });
});
