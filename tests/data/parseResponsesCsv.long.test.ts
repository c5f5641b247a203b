// Raw survey responses from CSV. The 2024 survey (shared/seeds/003_ae88570eab8abfd8.txt) publishes only
// means, so every file here is a hand-made export in the shape survey tools produce; item ids are the
// package's ids for that survey (ws-1, ss-1.1, rescue.9, …).
// This file: the long format.
import { describe, expect, it } from 'vitest';
import { parseResponsesCsv, counts } from './csvSupport';

describe('parseResponsesCsv: long format', () => {
  it('reads a good long file with ids, names and a no-answer', () => {
    const result = parseResponsesCsv(
      'municipality,item,rating\nespoo,ws-1,4\nKauniainen,ws-2,3\nLOHJA,SS-1.1,-\nhanko,rescue.9,5\n',
    );
    expect(result.format).toBe('long');
    expect(result.delimiter).toBe(',');
    expect(result.errors).toEqual([]);
    expect(counts(result)).toEqual([4, 4, 0, 0]);
    expect(result.responses).toEqual([
      { municipalityId: 'espoo', itemId: 'ws-1', rating: 4 },
      { municipalityId: 'kauniainen', itemId: 'ws-2', rating: 3 },
      { municipalityId: 'lohja', itemId: 'ss-1.1', rating: null },
      { municipalityId: 'hanko', itemId: 'rescue.9', rating: 5 },
    ]);
  });

  it('finds the columns by name in any order, ignores other columns, and accepts Finnish headers', () => {
    const result = parseResponsesCsv('Aikaleima,ARVIO,Kohta,Kunta\n2024-11-20,2,adult.1,Vihti\n');
    expect(result.format).toBe('long');
    expect(result.responses).toEqual([{ municipalityId: 'vihti', itemId: 'adult.1', rating: 2 }]);
  });

  it('reads ";" files with a decimal comma: 4,0 is 4, 3,5 is rejected', () => {
    const result = parseResponsesCsv(
      'Kunta;Kohta;Arvio\nEspoo;ws-1;4,0\nHanko;ws-2;"3,0"\nInkoo;ss-1.1;3,5\n',
    );
    expect(result.delimiter).toBe(';');
    expect(counts(result)).toEqual([3, 2, 1, 0]);
    expect(result.responses).toEqual([
      { municipalityId: 'espoo', itemId: 'ws-1', rating: 4 },
      { municipalityId: 'hanko', itemId: 'ws-2', rating: 3 },
    ]);
    expect(result.errors).toEqual([
      {
        line: 4,
        column: 'Arvio',
        value: '3,5',
        code: 'not-a-whole-number',
        message: 'Line 4, column "Arvio": "3,5" is not a whole number, but ratings are 1–5.',
      },
    ]);
  });

  it('finds the long columns by their fi/sv/en names, the respondent column kept with each answer', () => {
    const fi = parseResponsesCsv(
      'Vastaaja;Kunta;Kysymys;Vastaus\n17;Espoo;ws-1;4\n18;Hanko;ws-2;3\n',
    );
    expect(fi.format).toBe('long');
    expect(fi.errors).toEqual([]);
    expect(fi.responses).toEqual([
      { municipalityId: 'espoo', itemId: 'ws-1', rating: 4, respondent: '17' },
      { municipalityId: 'hanko', itemId: 'ws-2', rating: 3, respondent: '18' },
    ]);
    const sv = parseResponsesCsv('Kommun;Fråga;Svar\nEsbo;ws-1;4\n');
    expect(sv.responses).toEqual([{ municipalityId: 'espoo', itemId: 'ws-1', rating: 4 }]);
    const en = parseResponsesCsv('Respondent,Municipality,Question,Answer\nr1,Hanko,ws-1,5\n');
    expect(en.responses).toEqual([
      { municipalityId: 'hanko', itemId: 'ws-1', rating: 5, respondent: 'r1' },
    ]);
  });

  it("reads the scale's words as ratings (fi/sv/en, or with the number), and don't-know as no answer", () => {
    const result = parseResponsesCsv(
      [
        'kunta;kohta;arvio',
        'Espoo;ws-1;Hyvin',
        'Hanko;ws-1;4 = Hyvin',
        'Inkoo;ws-1;måttligt',
        'Lohja;ws-1;(1) Not at all',
        'Vihti;ws-1;En osaa sanoa',
        'Siuntio;ws-1;Vet ej',
        'Karkkila;ws-1;2 = Hyvin',
        'Raasepori;ws-1;Melko hyvin',
      ].join('\n'),
    );
    expect(result.responses.map((r) => [r.municipalityId, r.rating])).toEqual([
      ['espoo', 4],
      ['hanko', 4],
      ['inkoo', 3],
      ['lohja', 1],
      ['vihti', null],
      ['siuntio', null],
    ]);
    expect(result.errors.map(({ line, code, message }) => [line, code, message])).toEqual([
      [
        8,
        'rating-word-mismatch',
        'Line 8, column "arvio": "2 = Hyvin" gives a number and a scale word that disagree.',
      ],
      [
        9,
        'not-a-number',
        'Line 9, column "arvio": "Melko hyvin" is neither a rating 1–5 nor a no-answer token.',
      ],
    ]);
  });

  it("takes Excel's sep= first line as the delimiter, not as the header; rows numbered as Excel shows them", () => {
    // Without the hint's handling, "sep=," would be read as a (wide) header and every row rejected.
    const result = parseResponsesCsv(
      'sep=,\r\nkunta,kohta,arvio\r\nEspoo,ws-1,"4"\r\nHanko,ws-1,9\r\n',
    );
    expect(result.delimiter).toBe(',');
    expect(result.blankLines).toBe(0);
    expect(result.responses).toEqual([{ municipalityId: 'espoo', itemId: 'ws-1', rating: 4 }]);
    // Excel hides the sep= line: the header is its row 1, "Hanko" its row 3.
    expect(result.errors.map(({ line, code }) => [line, code])).toEqual([
      [3, 'rating-out-of-range'],
    ]);
    const quoted = parseResponsesCsv('\uFEFF"SEP=;"\nkunta;kohta;arvio\nInkoo;ws-1;3\n');
    expect(quoted.delimiter).toBe(';');
    expect(quoted.responses).toEqual([{ municipalityId: 'inkoo', itemId: 'ws-1', rating: 3 }]);
  });

  it('checks a value as written, before any rounding: 4.9999999999999999 is not 5', () => {
    const result = parseResponsesCsv(
      'municipality,item,rating\nespoo,ws-1,4.9999999999999999\nhanko,ws-1,5.000\n',
    );
    expect(result.responses).toEqual([{ municipalityId: 'hanko', itemId: 'ws-1', rating: 5 }]);
    expect(result.errors).toEqual([
      {
        line: 2,
        column: 'rating',
        value: '4.9999999999999999',
        code: 'not-a-whole-number',
        message:
          'Line 2, column "rating": "4.9999999999999999" is not a whole number, but ratings are 1–5.',
      },
    ]);
  });

  it('rejects a row with a cell beyond the header, which it never reads as the rating', () => {
    const result = parseResponsesCsv('municipality,item,rating\nespoo,ws-1,4,5\nhanko,ws-1,3,\n');
    // "hanko,ws-1,3," only has an empty cell after the header's last column (Excel's trailing comma).
    expect(result.responses).toEqual([{ municipalityId: 'hanko', itemId: 'ws-1', rating: 3 }]);
    expect(
      result.errors.map(({ line, column, value, code }) => [line, column, value, code]),
    ).toEqual([[2, '4', '5', 'extra-cell']]);
  });

  it('accepts a quoted decimal comma under a "," delimiter, and 4.0', () => {
    const result = parseResponsesCsv(
      'municipality,item,rating\nespoo,ws-1,"2,0"\nhanko,ws-1,2.0\n',
    );
    expect(result.responses.map((r) => r.rating)).toEqual([2, 2]);
  });

  it('reads tab-separated files', () => {
    const result = parseResponsesCsv('municipality\titem\trating\nraasepori\tolder.1\t1\n');
    expect(result.delimiter).toBe('\t');
    expect(result.responses).toEqual([
      { municipalityId: 'raasepori', itemId: 'older.1', rating: 1 },
    ]);
  });

  it('uses options.delimiter instead of detecting', () => {
    // Detection picks ";" (four of them against three ",", both on every line); the option wins, and
    // the extra column "a;b;c;d;e" is ignored like any other non-role column of a long file.
    const text = 'municipality,item,rating,a;b;c;d;e\nespoo,ws-1,4,x;y;z;w;v\n';
    // With ";" only on the header (question texts with commas are the same case), the consistent ","
    // is the delimiter.
    expect(
      parseResponsesCsv('municipality,item,rating,a;b;c;d;e\nespoo,ws-1,4,x\n').delimiter,
    ).toBe(',');
    expect(parseResponsesCsv(text).delimiter).toBe(';');
    const result = parseResponsesCsv(text, { delimiter: ',' });
    expect(result.delimiter).toBe(',');
    expect(result.errors).toEqual([]);
    expect(result.responses).toEqual([{ municipalityId: 'espoo', itemId: 'ws-1', rating: 4 }]);
  });
});
