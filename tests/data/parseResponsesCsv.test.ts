// Raw survey responses from CSV. The 2024 survey (shared/seeds/003_ae88570eab8abfd8.txt) publishes only
// means, so every file here is a hand-made export in the shape survey tools produce; item ids are the
// package's ids for that survey (ws-1, ss-1.1, rescue.9, …).
import { describe, expect, it, beforeEach } from 'vitest';
import fc from 'fast-check';
import { parseResponsesCsv as parseCsv } from '@yhdyspinta/data';
import type { CsvParseOptions } from '@yhdyspinta/data';
import type { CsvParseResult } from '@yhdyspinta/data';

// The messages asserted here are the English ones (the default locale is Finnish).
const parseResponsesCsv = (text: string, options: CsvParseOptions = {}) =>
  parseCsv(text, { locale: 'en', ...options });

/** Errors as [line, column, code, value] for compact, exact comparisons. */
const brief = (result: CsvParseResult) =>
  result.errors.map((e) => [e.line, e.column, e.code, e.value] as const);
const counts = (result: CsvParseResult) => [
  result.rowsRead,
  result.rowsAccepted,
  result.rowsRejected,
  result.blankLines,
];

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

  it("takes Excel's sep= first line as the delimiter, not as the header, keeping line numbers", () => {
    // Without the hint's handling, "sep=," would be read as a (wide) header and every row rejected.
    const result = parseResponsesCsv(
      'sep=,\r\nkunta,kohta,arvio\r\nEspoo,ws-1,"4"\r\nHanko,ws-1,9\r\n',
    );
    expect(result.delimiter).toBe(',');
    expect(result.blankLines).toBe(0);
    expect(result.responses).toEqual([{ municipalityId: 'espoo', itemId: 'ws-1', rating: 4 }]);
    expect(result.errors.map(({ line, code }) => [line, code])).toEqual([
      [4, 'rating-out-of-range'],
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

describe('parseResponsesCsv: wide format', () => {
  it('reads a good wide file: one row per municipality, a column per item', () => {
    const text = [
      'Kunta;ws-1;ws-2;ss-1.1;rescue.1',
      'Espoo;4;3;;5',
      'Grankulla;2;EOS;5;1',
      'Siuntio;;;-;ei vastausta',
      '',
    ].join('\n');
    const result = parseResponsesCsv(text);
    expect(result.format).toBe('wide');
    expect(result.delimiter).toBe(';');
    expect(result.errors).toEqual([]);
    expect(counts(result)).toEqual([3, 3, 0, 0]);
    expect(result.responses).toEqual([
      { municipalityId: 'espoo', itemId: 'ws-1', rating: 4 },
      { municipalityId: 'espoo', itemId: 'ws-2', rating: 3 },
      { municipalityId: 'espoo', itemId: 'ss-1.1', rating: null },
      { municipalityId: 'espoo', itemId: 'rescue.1', rating: 5 },
      { municipalityId: 'kauniainen', itemId: 'ws-1', rating: 2 },
      { municipalityId: 'kauniainen', itemId: 'ws-2', rating: null },
      { municipalityId: 'kauniainen', itemId: 'ss-1.1', rating: 5 },
      { municipalityId: 'kauniainen', itemId: 'rescue.1', rating: 1 },
      { municipalityId: 'siuntio', itemId: 'ws-1', rating: null },
      { municipalityId: 'siuntio', itemId: 'ws-2', rating: null },
      { municipalityId: 'siuntio', itemId: 'ss-1.1', rating: null },
      { municipalityId: 'siuntio', itemId: 'rescue.1', rating: null },
    ]);
  });

  it('rejects a whole wide row with bad cells, one error per bad cell, and keeps the good rows', () => {
    const text = [
      'kunta,ws-1,ws-2,ss-2.1',
      'Lohja,4,7,abc',
      'Helsinki,3,3,3',
      'Hanko,1,2,3,,9',
      'Inkoo,1,2',
      'Karkkila,5,5,5',
    ].join('\r\n');
    const result = parseResponsesCsv(text);
    expect(result.format).toBe('wide');
    expect(counts(result)).toEqual([5, 1, 4, 0]);
    expect(result.responses).toEqual([
      { municipalityId: 'karkkila', itemId: 'ws-1', rating: 5 },
      { municipalityId: 'karkkila', itemId: 'ws-2', rating: 5 },
      { municipalityId: 'karkkila', itemId: 'ss-2.1', rating: 5 },
    ]);
    expect(result.errors.map((e) => e.message)).toEqual([
      'Line 2, column "ws-2": "7" is outside the rating scale 1–5.',
      'Line 2, column "ss-2.1": "abc" is neither a rating 1–5 nor a no-answer token.',
      'Line 3, column "kunta": "Helsinki" is not a municipality of the Länsi-Uusimaa welfare area.',
      'Line 4, column 6: "9" is in a column with no header name.',
      'Line 5, column "ss-2.1": the row ends before this column.',
    ]);
    expect(brief(result)).toEqual([
      [2, 'ws-2', 'rating-out-of-range', '7'],
      [2, 'ss-2.1', 'not-a-number', 'abc'],
      [3, 'kunta', 'unknown-municipality', 'Helsinki'],
      [4, '6', 'extra-cell', '9'],
      [5, 'ss-2.1', 'missing-cell', ''],
    ]);
  });

  it('tolerates trailing empty cells (spreadsheet exports) beyond the header', () => {
    const result = parseResponsesCsv('kunta;ws-1;;\nEspoo;3;;\n');
    expect(result.errors).toEqual([]);
    expect(result.responses).toEqual([{ municipalityId: 'espoo', itemId: 'ws-1', rating: 3 }]);
  });

  it('reads every Swedish name', () => {
    const names = ['Esbo', 'Grankulla', 'Kyrkslätt', 'Sjundeå', 'Vichtis'];
    const more = ['Högfors', 'Lojo', 'Ingå', 'Hangö', 'Raseborg'];
    const text = ['Kommun;ws-1', ...[...names, ...more].map((name) => `${name};3`)].join('\n');
    const result = parseResponsesCsv(text);
    expect(result.errors).toEqual([]);
    expect(result.responses.map((r) => r.municipalityId)).toEqual([
      'espoo',
      'kauniainen',
      'kirkkonummi',
      'siuntio',
      'vihti',
      'karkkila',
      'lohja',
      'inkoo',
      'hanko',
      'raasepori',
    ]);
  });

  it('reports a municipality given twice (by Finnish and Swedish name) on the later row, naming the first', () => {
    const result = parseResponsesCsv('kunta,ws-1\nEspoo,4\nHanko,2\nEsbo,3\n');
    expect(counts(result)).toEqual([3, 2, 1, 0]);
    expect(result.errors).toEqual([
      {
        line: 4,
        column: 'kunta',
        value: 'Esbo',
        code: 'duplicate',
        message: 'Line 4, column "kunta": municipality "Esbo" repeats line 2.',
      },
    ]);
    expect(result.responses).toEqual([
      { municipalityId: 'espoo', itemId: 'ws-1', rating: 4 },
      { municipalityId: 'hanko', itemId: 'ws-1', rating: 2 },
    ]);
  });
});

describe('parseResponsesCsv: a mixed long file with every kind of row error', () => {
  const text = [
    'municipality,item,rating', // 1
    'espoo,ws-1,4', // 2 ok
    '', // 3 blank
    'Helsinki,ws-1,3', // 4 unknown municipality
    'vihti,ws-9,3', // 5 unknown item
    'vihti,ws-2,6', // 6 out of range
    'vihti,ss-1.2,0', // 7 out of range
    'vihti,ss-1.3,hyvä', // 8 not a number
    'Esbo,WS-1,2', // 9 duplicate of line 2
    ',ss-2.1,3', // 10 empty municipality
    'vihti,ss-3.1', // 11 row too short
    ';;', // 12 not blank under ",": a cell ";;" in the municipality column
    ',,', // 13 blank
    'Tampere,nope,9', // 14 three errors in one row
    'vihti,ss-4.1,EOS', // 15 ok (no answer)
  ].join('\n');
  // Computed per test (not while the file is collected), so that mutation testing reaches it.
  let result: CsvParseResult;
  beforeEach(() => {
    result = parseResponsesCsv(text);
  });

  it('counts rows honestly: read = accepted + rejected, blank lines apart', () => {
    expect(counts(result)).toEqual([12, 2, 10, 2]);
    expect(result.rowsRead).toBe(result.rowsAccepted + result.rowsRejected);
  });

  it('keeps only the good rows', () => {
    expect(result.responses).toEqual([
      { municipalityId: 'espoo', itemId: 'ws-1', rating: 4 },
      { municipalityId: 'vihti', itemId: 'ss-4.1', rating: null },
    ]);
  });

  it('gives one exact error per bad cell, on the physical line', () => {
    expect(result.errors.map((e) => e.message)).toEqual([
      'Line 4, column "municipality": "Helsinki" is not a municipality of the Länsi-Uusimaa welfare area.',
      'Line 5, column "item": "ws-9" is not a known item id.',
      'Line 6, column "rating": "6" is outside the rating scale 1–5.',
      'Line 7, column "rating": "0" is outside the rating scale 1–5.',
      'Line 8, column "rating": "hyvä" is neither a rating 1–5 nor a no-answer token.',
      'Line 9, column "item": item "WS-1" for municipality "espoo" repeats line 2.',
      'Line 10, column "municipality": the cell is empty, but a municipality is required.',
      'Line 11, column "rating": the row ends before this column.',
      'Line 12, column "municipality": ";;" is not a municipality of the Länsi-Uusimaa welfare area.',
      'Line 12, column "item": the row ends before this column.',
      'Line 12, column "rating": the row ends before this column.',
      'Line 14, column "municipality": "Tampere" is not a municipality of the Länsi-Uusimaa welfare area.',
      'Line 14, column "item": "nope" is not a known item id.',
      'Line 14, column "rating": "9" is outside the rating scale 1–5.',
    ]);
    expect(brief(result).map(([line, , code]) => `${line}:${code}`)).toEqual([
      '4:unknown-municipality',
      '5:unknown-item',
      '6:rating-out-of-range',
      '7:rating-out-of-range',
      '8:not-a-number',
      '9:duplicate',
      '10:missing-value',
      '11:missing-cell',
      '12:unknown-municipality',
      '12:missing-cell',
      '12:missing-cell',
      '14:unknown-municipality',
      '14:unknown-item',
      '14:rating-out-of-range',
    ]);
  });
});

describe('parseResponsesCsv: encoding, line endings and quoting', () => {
  it('strips a UTF-8 BOM and reads CRLF, with blank lines counted and physical line numbers kept', () => {
    const text =
      '\uFEFFmunicipality,item,rating\r\nespoo,ws-1,4\r\n\r\nhanko,ws-2,5\r\n\r\nlohja,ws-2,8\r\n';
    const result = parseResponsesCsv(text);
    expect(result.format).toBe('long');
    expect(counts(result)).toEqual([3, 2, 1, 2]);
    expect(brief(result)).toEqual([[6, 'rating', 'rating-out-of-range', '8']]);
    expect(result.responses[0]).toEqual({ municipalityId: 'espoo', itemId: 'ws-1', rating: 4 });
  });

  it('reads lone CR line endings', () => {
    const result = parseResponsesCsv('kunta;ws-1\rEspoo;4\rLohja;x\r');
    expect(counts(result)).toEqual([2, 1, 1, 0]);
    expect(brief(result)).toEqual([[3, 'ws-1', 'not-a-number', 'x']]);
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks, and counts lines inside them', () => {
    const text = [
      '"municipality","item","rating","comment"',
      '"Raasepori","ws-1","3","Hyvä, ""selkeä""',
      'yhteistyö"',
      'inkoo,ws-2,"9",',
    ].join('\r\n');
    const result = parseResponsesCsv(text);
    expect(counts(result)).toEqual([2, 1, 1, 0]);
    expect(result.responses).toEqual([{ municipalityId: 'raasepori', itemId: 'ws-1', rating: 3 }]);
    // The quoted comment spans lines 2–3, so the next row starts on physical line 4.
    expect(brief(result)).toEqual([[4, 'rating', 'rating-out-of-range', '9']]);
  });

  it('treats the no-answer tokens as null, trimmed and in any case, and takes custom tokens', () => {
    const text =
      'kunta;ws-1;ws-2;ss-1.1;ss-1.2;ss-1.3;ss-1.4\nEspoo;; - ;EOS;eos;Ei vastausta; EI  VASTAUSTA \n';
    const result = parseResponsesCsv(text);
    expect(result.errors).toEqual([]);
    expect(result.responses.map((r) => r.rating)).toEqual([null, null, null, null, null, null]);

    // Custom tokens replace the defaults (an empty cell is always a no-answer).
    const custom = parseResponsesCsv('kunta;ws-1;ws-2\nEspoo;vet ej;\nHanko;EOS;3\n', {
      noAnswerTokens: ['vet ej'],
    });
    expect(custom.responses.map((r) => r.rating)).toEqual([null, null]);
    expect(brief(custom)).toEqual([[3, 'ws-1', 'not-a-number', 'EOS']]);
  });
});

describe('parseResponsesCsv: item ids', () => {
  it('validates against options.items and returns them as given there', () => {
    const result = parseResponsesCsv(
      'municipality,item,rating\nespoo,q1,3\nespoo,Q2,4\nespoo,ws-1,5\n',
      {
        items: ['q1', 'Q2'],
      },
    );
    expect(result.responses).toEqual([
      { municipalityId: 'espoo', itemId: 'q1', rating: 3 },
      { municipalityId: 'espoo', itemId: 'Q2', rating: 4 },
    ]);
    expect(brief(result)).toEqual([[4, 'item', 'unknown-item', 'ws-1']]);
  });

  it('accepts by default every goal and sub-goal id of the 2024 survey', () => {
    const ids = ['ws-1', 'ws-2', 'ss-1', 'ss-1.4', 'ss-4.1', 'adult.2', 'older', 'children.3'];
    const all = [...ids, 'disability.1', 'rescue', 'rescue.1', 'rescue.9'];
    const result = parseResponsesCsv(
      `kunta,${all.join(',')}\nLohja,${all.map(() => '3').join(',')}\n`,
    );
    expect(result.errors).toEqual([]);
    expect(result.responses).toHaveLength(all.length);
  });
});

describe('parseResponsesCsv: structurally broken files return errors, never throw', () => {
  it('an empty file', () => {
    const result = parseResponsesCsv('');
    expect(result.errors.map((e) => e.message)).toEqual(['Line 1: the file is empty.']);
    expect(result.errors[0]?.code).toBe('empty-file');
    expect(result.format).toBeNull();
    expect(counts(result)).toEqual([0, 0, 0, 0]);
  });

  it('a file of blank lines (and only a BOM)', () => {
    const result = parseResponsesCsv('\uFEFF\n \r\n;;\n');
    expect(brief(result)).toEqual([[1, '', 'empty-file', '']]);
    expect(counts(result)).toEqual([0, 0, 0, 3]);
  });

  it('an unterminated quote is fatal and points at the line where the quote opened', () => {
    const result = parseResponsesCsv(
      'municipality,item,rating\nespoo,ws-1,4\nhanko,"ws-2,5\nlohja,ws-2,4\n',
    );
    expect(result.errors.map((e) => e.message)).toEqual([
      'Line 3, column 2: the quoted field starting "ws-2,5↵lohja,ws-2,4↵" is never closed.',
    ]);
    expect(result.responses).toEqual([]);
    expect(counts(result)).toEqual([0, 0, 0, 0]);
  });

  it('a file without a header row', () => {
    const result = parseResponsesCsv('Espoo,ws-1,4\nHanko,ws-1,3\n');
    expect(result.errors.map((e) => e.message)).toEqual([
      'Line 1, column 1: "Espoo" is a municipality, so the file has no header row.',
    ]);
    expect(result.rowsRead).toBe(0);
  });

  it('a long header without a rating column', () => {
    const result = parseResponsesCsv('kunta,kohta,arvo\nEspoo,ws-1,4\n');
    expect(result.format).toBe('long');
    expect(result.errors.map((e) => e.message)).toEqual([
      'Line 1, column "rating": the header has no such column (accepted names: rating, answer, arvio, vastaus, bedömning, svar, arvosana, score).',
    ]);
    expect(result.rowsRead).toBe(0);
  });

  it('a long header with two rating columns', () => {
    const result = parseResponsesCsv('municipality,item,rating,arvio\nespoo,ws-1,4,4\n');
    expect(brief(result)).toEqual([[1, '4', 'duplicate-column', 'arvio']]);
    expect(result.errors[0]?.message).toBe('Line 1, column 4: "arvio" repeats column 3.');
  });

  it('a wide header with unknown and repeated item columns: all reported, no row read', () => {
    const result = parseResponsesCsv('Kunta;Huomio;ws-1;WS-1\nEspoo;x;4;4\n');
    expect(result.format).toBe('wide');
    expect(result.errors.map((e) => e.message)).toEqual([
      'Line 1, column 2: "Huomio" is not a known item id.',
      'Line 1, column 4: "WS-1" repeats column 3.',
    ]);
    expect(counts(result)).toEqual([0, 0, 0, 0]);
  });

  it('a timestamp column makes a respondent-per-row header; a repeated item column is still fatal', () => {
    const result = parseResponsesCsv('Kunta;Aikaleima;ws-1;WS-1\nEspoo;2024-11-20;4;4\n');
    expect(result.format).toBe('respondent');
    expect(result.errors.map((e) => e.message)).toEqual([
      'Line 1, column 4: "WS-1" repeats column 3.',
    ]);
    expect(counts(result)).toEqual([0, 0, 0, 0]);
  });

  it('a wide header whose first column is an item, and one with no item column', () => {
    expect(parseResponsesCsv('ws-1;ws-2\n4;4\n').errors.map((e) => e.message)).toEqual([
      'Line 1, column 1: "ws-1" is an item id, but the first column of a wide file must name the municipality.',
    ]);
    expect(parseResponsesCsv('Kunta\nEspoo\n').errors.map((e) => e.message)).toEqual([
      'Line 1, column 2: the header has no such column (accepted names: item ids, e.g. "ws-1").',
    ]);
  });

  it('a header alone is a valid file with no rows', () => {
    const result = parseResponsesCsv('municipality,item,rating\r\n');
    expect(result.errors).toEqual([]);
    expect(counts(result)).toEqual([0, 0, 0, 0]);
  });

  it('never throws, and the row invariant holds, for arbitrary text', () => {
    const alphabet = [
      'a',
      'Espoo',
      'Esbo',
      'ws-1',
      'kunta',
      'rating',
      'item',
      '4',
      '4,0',
      '"',
      ',',
      ';',
    ];
    const piece = fc.oneof(
      fc.constantFrom(...alphabet, '\t', '\n', '\r\n', '\r', '\uFEFF'),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const result = parseResponsesCsv(pieces.join(''));
        expect(result.rowsRead).toBe(result.rowsAccepted + result.rowsRejected);
        expect(result.errors.length).toBeGreaterThanOrEqual(result.rowsRejected);
        for (const error of result.errors) expect(error.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});
