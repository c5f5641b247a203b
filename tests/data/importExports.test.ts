// Real-shaped exports (tests/fixtures/exports, written by make.mjs there: Excel's Windows-1252 CSV with
// sep=;, Excel's UTF-16LE "Unicode text", Webropol, Google Forms fi/en, Microsoft Forms .xlsx) read
// through importResponses and checked row by row against the answers the generator wrote.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregate, importResponses, parseResponsesXlsx } from '@yhdyspinta/data';
import type { RawResponse } from '@yhdyspinta/data';

const DIR = join(import.meta.dirname, '../fixtures/exports');
interface Expected {
  readonly layout: string;
  readonly encoding: string | null;
  readonly rows: readonly RawResponse[];
}
const EXPECTED = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<
  string,
  Expected
>;
const FILES = Object.keys(EXPECTED);

describe('importResponses on the exports analysts have', () => {
  it('has the six exports', () => {
    expect(FILES).toHaveLength(6);
  });

  it.each(FILES)(
    '%s: every row lands as written, with the layout and encoding found',
    async (file) => {
      const want = EXPECTED[file];
      if (!want) throw new Error(file);
      const report = await importResponses(readFileSync(join(DIR, file)), { fileName: file });
      expect(report.result.errors).toStrictEqual([]);
      expect(report.layout).toBe(want.layout);
      expect(report.encoding).toBe(want.encoding);
      expect(report.result.responses).toHaveLength(want.rows.length);
      want.rows.forEach((row, index) => {
        expect(report.result.responses[index], `${file} response ${index}`).toStrictEqual(row);
      });
      expect(report.result.rowsRejected).toBe(0);
    },
  );

  it('says how the encoding was decided', async () => {
    const ansi = await importResponses(readFileSync(join(DIR, 'excel-fi-ansi-long.csv')));
    expect([ansi.kind, ansi.encoding, ansi.encodingDecidedBy, ansi.delimiter]).toStrictEqual([
      'csv',
      'windows-1252',
      'not-utf-8',
      ';',
    ]);
    const unicode = await importResponses(readFileSync(join(DIR, 'excel-unicode-wide-sv.txt')));
    expect([unicode.encoding, unicode.encodingDecidedBy, unicode.delimiter]).toStrictEqual([
      'utf-16le',
      'bom',
      '\t',
    ]);
    const google = await importResponses(readFileSync(join(DIR, 'googleforms-en.csv')));
    expect([google.encodingDecidedBy, google.delimiter]).toStrictEqual(['valid-utf-8', ',']);
    // The xlsx is found from its bytes (a zip) without a file name.
    const xlsx = await importResponses(readFileSync(join(DIR, 'msforms-sv.xlsx')));
    expect([xlsx.kind, xlsx.encoding, xlsx.layout]).toStrictEqual(['xlsx', null, 'respondent']);
  });

  it('reads the xlsx from a Blob (a browser File) the same as from bytes', async () => {
    const bytes = readFileSync(join(DIR, 'msforms-sv.xlsx'));
    const fromBlob = await parseResponsesXlsx(new Blob([bytes]));
    const fromBytes = await parseResponsesXlsx(bytes);
    expect(fromBlob.responses).toStrictEqual(fromBytes.responses);
    expect(fromBlob.responses).toHaveLength(40);
  });

  it('aggregates several respondents per municipality: municipality means first', async () => {
    const report = await importResponses(readFileSync(join(DIR, 'webropol-fi.csv')));
    const ws1 = aggregate(report.result.responses).items.find((item) => item.itemId === 'ws-1');
    // ws-1: Espoo 4 and 3 (mean 3.5), Kirkkonummi 2 and 5 (3.5), Siuntio 1 and 2 (1.5), Karkkila 3,
    // Hanko 4, Inkoo no answer, Lohja 4: (3.5 + 3.5 + 1.5 + 3 + 4 + 4) / 6; the plain mean would be
    // 28 / 9.
    expect(ws1?.mean).toBeCloseTo(19.5 / 6, 12);
    expect(ws1?.municipalitiesRated).toBe(6);
    expect(ws1?.n).toBe(9);
    expect(ws1?.noAnswer).toBe(1);
  });
});
