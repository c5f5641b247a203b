// Reading CSV a piece at a time (responses/csvTokenize.ts, csv.ts): any split of the text gives the
// records, the delimiter and the result that the whole text gives.
import { describe, expect, it } from 'vitest';
import { parseCsvPieces, parseResponsesCsv } from '../../../packages/data/src/responses/csv';
import { createCsvTokenizer } from '../../../packages/data/src/responses/csvTokenize';
import type { CsvRecord } from '../../../packages/data/src/responses/csvTokenize';
import type { CsvDelimiter } from '../../../packages/data/src/responses/types';

function records(pieces: readonly string[], delimiter: CsvDelimiter = ';') {
  const found: CsvRecord[] = [];
  const tokenizer = createCsvTokenizer(delimiter, (record) => found.push(record));
  for (const piece of pieces) tokenizer.push(piece);
  return { found, unterminated: tokenizer.end() };
}

/** Every split of `text` in two, and some in three. */
function splits(text: string): string[][] {
  const out: string[][] = [];
  for (let i = 0; i <= text.length; i++) out.push([text.slice(0, i), text.slice(i)]);
  for (let i = 1; i < text.length; i += 3) {
    for (let j = i; j < text.length; j += 5)
      out.push([text.slice(0, i), text.slice(i, j), text.slice(j)]);
  }
  return out;
}

const TEXTS = [
  'a;b\r\nc;d\r\n',
  'a;"b\r\nc";d\ne;"f""g"\r\n\r\n;;\n',
  'x;y\rz;"q"tail;\r\n"";"""";w',
  'a;b;\n;\n',
  'a;"open\nstill',
  '"a"";b\r',
];

describe('the tokenizer in pieces', () => {
  it.each(TEXTS)('gives the whole text’s records for every split of %j', (text) => {
    const whole = records([text]);
    expect(whole.found.length + (whole.unterminated ? 1 : 0)).toBeGreaterThan(0);
    for (const pieces of splits(text)) expect(records(pieces)).toStrictEqual(whole);
  });

  it('reports an unterminated quote with its line and column, however split', () => {
    const text = 'a;b\n1;"2\n3';
    expect(records([text]).unterminated).toStrictEqual({ line: 2, column: 2, value: '2\n3' });
    expect(records(['a;b\n1;', '"2', '\n3']).unterminated).toStrictEqual({
      line: 2,
      column: 2,
      value: '2\n3',
    });
  });

  it('reads a record longer than many pieces once it is complete', () => {
    const long = 'x'.repeat(200_000);
    const pieces = [
      'a;"',
      ...Array.from({ length: 20 }, (_, i) => long.slice(i * 10_000, (i + 1) * 10_000)),
      '"\nb;c\n',
    ];
    const { found } = records(pieces);
    expect(found.map((r) => r.fields.map((f) => f.value.length))).toStrictEqual([
      [1, 200_000],
      [1, 1],
    ]);
    expect(found[1]?.line).toBe(2);
  });
});

describe('parseCsvPieces', () => {
  const file = [
    'sep=;',
    'Vastaaja;Kunta;Kysymys;Vastaus',
    ...Array.from(
      { length: 30 },
      (_, i) => `V${i};${i % 2 ? 'Espoo' : 'Esbo'};ws-${(i % 2) + 1};${(i % 5) + 1}`,
    ),
    'V99;Hanko;ws-9;4',
    'V98;Lohja;ws-1;"4,5"',
  ].join('\r\n');

  it('gives parseResponsesCsv’s result for every split of a file', () => {
    const whole = parseResponsesCsv(file, { locale: 'en' });
    expect(whole.rowsRead).toBe(32);
    expect(whole.rowsRejected).toBe(2);
    for (let i = 0; i <= file.length; i += 7) {
      const split = parseCsvPieces([file.slice(0, i), file.slice(i)], { locale: 'en' });
      expect({ ...split, responses: [...split.responses] }).toStrictEqual({
        ...whole,
        responses: [...whole.responses],
      });
    }
  });

  it('decides the delimiter from the first lines, not from the first piece', () => {
    // The first piece has only the header line with a comma in a quoted question text.
    const text = 'Kunta;"ws-1, kysymys";ws-2\nEspoo;4;3\nLohja;2;1\n';
    const pieces = [text.slice(0, 12), text.slice(12, 30), text.slice(30)];
    expect(parseCsvPieces(pieces).delimiter).toBe(';');
    expect(parseResponsesCsv(text).delimiter).toBe(';');
  });

  it('reads an empty input as an empty file', () => {
    expect(parseCsvPieces([]).errors.map((e) => e.code)).toStrictEqual(['empty-file']);
    expect(parseCsvPieces(['', '']).errors.map((e) => e.code)).toStrictEqual(['empty-file']);
  });
});
