// parseResponsesCsv at the edges of its rules: blank and short cells, blank or odd header names, the
// delimiter detection, quotes, no-answer tokens and long values in messages. Hand-made inputs.
import { describe, expect, it } from 'vitest';
import { counts, parseResponsesCsv } from './csvSupport';

describe('long rows', () => {
  it('a blank municipality or item cell is a missing value naming what is required', () => {
    const result = parseResponsesCsv('municipality,item,rating\n  ,ws-1,4\nespoo, ,3\n');
    expect(counts(result)).toStrictEqual([2, 0, 2, 0]);
    expect(result.errors).toStrictEqual([
      {
        line: 2,
        column: 'municipality',
        value: '  ',
        code: 'missing-value',
        message:
          'Line 2, column "municipality": the cell is empty, but a municipality is required.',
      },
      {
        line: 3,
        column: 'item',
        value: ' ',
        code: 'missing-value',
        message: 'Line 3, column "item": the cell is empty, but an item id is required.',
      },
    ]);
  });

  it('a row that ends before a column has a missing cell there (even the municipality column)', () => {
    const result = parseResponsesCsv('item,rating,municipality\nws-1,4\nws-2\n');
    expect(result.responses).toStrictEqual([]);
    expect(result.errors.map((e) => [e.line, e.column, e.code, e.value, e.message])).toStrictEqual([
      [
        2,
        'municipality',
        'missing-cell',
        '',
        'Line 2, column "municipality": the row ends before this column.',
      ],
      [
        3,
        'municipality',
        'missing-cell',
        '',
        'Line 3, column "municipality": the row ends before this column.',
      ],
      [
        3,
        'rating',
        'missing-cell',
        '',
        'Line 3, column "rating": the row ends before this column.',
      ],
    ]);
  });

  it('claims a (municipality, item) pair only when both are known', () => {
    const result = parseResponsesCsv(
      'municipality,item,rating\nnowhere,ws-1,4\nnowhere,ws-1,3\nespoo,nothing,2\nespoo,nothing,2\n',
    );
    expect(result.errors.map((e) => [e.line, e.code])).toStrictEqual([
      [2, 'unknown-municipality'],
      [3, 'unknown-municipality'],
      [4, 'unknown-item'],
      [5, 'unknown-item'],
    ]);
  });

  it('a repeated pair names the item, the municipality and the first line, also after a rejected row', () => {
    const result = parseResponsesCsv(
      'municipality,item,rating\nespoo,ws-1,9\nEsbo,WS-1,4\nespoo,ws-1,4\n',
    );
    expect(counts(result)).toStrictEqual([3, 0, 3, 0]);
    expect(result.errors.slice(1)).toStrictEqual([
      {
        line: 3,
        column: 'item',
        value: 'WS-1',
        code: 'duplicate',
        message: 'Line 3, column "item": item "WS-1" for municipality "espoo" repeats line 2.',
      },
      {
        line: 4,
        column: 'item',
        value: 'ws-1',
        code: 'duplicate',
        message: 'Line 4, column "item": item "ws-1" for municipality "espoo" repeats line 2.',
      },
    ]);
  });
});

describe('wide rows', () => {
  it('a blank municipality cell is a missing value', () => {
    const result = parseResponsesCsv('kunta,ws-1\n ,4\n');
    expect(result.errors).toStrictEqual([
      {
        line: 2,
        column: 'kunta',
        value: '',
        code: 'missing-value',
        message: 'Line 2, column "kunta": the cell is empty, but a municipality is required.',
      },
    ]);
  });

  it('a column with a blank header name may hold only blank cells; blank cells past the header are fine', () => {
    const result = parseResponsesCsv('kunta,ws-1,  ,ws-2\nespoo,4, ,3,  \nhanko,4,x,3\n');
    expect(counts(result)).toStrictEqual([2, 1, 1, 0]);
    expect(result.responses).toStrictEqual([
      { municipalityId: 'espoo', itemId: 'ws-1', rating: 4 },
      { municipalityId: 'espoo', itemId: 'ws-2', rating: 3 },
    ]);
    expect(result.errors).toStrictEqual([
      {
        line: 3,
        column: '3',
        value: 'x',
        code: 'extra-cell',
        message: 'Line 3, column 3: "x" is in a column with no header name.',
      },
    ]);
  });

  it('a municipality repeated twice is a duplicate of its first line both times', () => {
    const result = parseResponsesCsv('kunta,ws-1\nespoo,1\nEspoo,2\nESBO,3\n');
    expect(result.errors.map((e) => [e.line, e.code, e.message])).toStrictEqual([
      [
        3,
        'duplicate',
        'Line 3, column "kunta": municipality "Espoo" repeats line 2 (if the municipality has several respondents, add a "Respondent" column with an id for each).',
      ],
      [
        4,
        'duplicate',
        'Line 4, column "kunta": municipality "ESBO" repeats line 2 (if the municipality has several respondents, add a "Respondent" column with an id for each).',
      ],
    ]);
  });
});

describe('the header row', () => {
  it('matches role names without case, spaces, "_" and "-", and names columns by their trimmed text', () => {
    const result = parseResponsesCsv(' Municipality_Id ,Item-ID,RATING\nespoo,ws-1,7\n');
    expect(result.format).toBe('long');
    expect(result.errors.map((e) => [e.column, e.message])).toStrictEqual([
      ['RATING', 'Line 2, column "RATING": "7" is outside the rating scale 1–5.'],
    ]);
  });

  it('is long when only the rating column is named (and reports the missing item column)', () => {
    const result = parseResponsesCsv('kunta,foo,arvio\nespoo,x,4\n');
    expect(result.format).toBe('long');
    expect(result.errors.map((e) => [e.code, e.column, e.message])).toStrictEqual([
      [
        'missing-column',
        'item',
        'Line 1: the header has no item column (accepted names: item, itemId, question, kohta, kysymys, punkt, fråga).',
      ],
    ]);
  });

  it('wide: an unknown item id is reported alone; a blank-named column is not an unknown item', () => {
    expect(parseResponsesCsv('kunta,foo\nespoo,4\n').errors.map((e) => e.code)).toStrictEqual([
      'unknown-item',
    ]);
    const blank = parseResponsesCsv('kunta, ,ws-1\nespoo,,4\n');
    expect(blank.errors).toStrictEqual([]);
    expect(blank.responses).toStrictEqual([{ municipalityId: 'espoo', itemId: 'ws-1', rating: 4 }]);
  });
});

describe('delimiter detection', () => {
  it.each([
    ['a tie between ";" and "," goes to ";"', 'municipality;item,rating\n', ';'],
    ['a single column gives ","', 'ws-1\n', ','],
    ['delimiters inside quotes do not count', '"a,b,c,d";kunta;kohta\n', ';'],
    ['a line of delimiters only is skipped', ';;;;\nkunta,kohta,arvio\n', ','],
    ['a lone CR ends the header line', 'kunta;kohta;arvio\respoo,ws-1,4,,,,\r', ';'],
  ])('%s', (_, text, delimiter) => {
    expect(parseResponsesCsv(text).delimiter).toBe(delimiter);
  });
});

describe('cells', () => {
  it('a doubled quote inside quotes is one quote; a quote inside an unquoted cell is a character', () => {
    const result = parseResponsesCsv('kunta,ws-1\n"Es""poo",4\nEs"poo,4\n');
    expect(result.errors.map((e) => [e.value, e.message])).toStrictEqual([
      [
        'Es"poo',
        'Line 2, column "kunta": "Es"poo" is not a municipality of the Länsi-Uusimaa welfare area.',
      ],
      [
        'Es"poo',
        'Line 3, column "kunta": "Es"poo" is not a municipality of the Länsi-Uusimaa welfare area.',
      ],
    ]);
  });

  it('a last record that is only "" (no final line break) is a blank line', () => {
    const result = parseResponsesCsv('kunta,ws-1\nespoo,4\n""');
    expect(counts(result)).toStrictEqual([1, 1, 0, 1]);
  });

  it('no-answer tokens keep their inner spaces; numbers are plain decimals only', () => {
    const result = parseResponsesCsv(
      'kunta;ws-1;ws-2;ss-1.2;ss-1.1\nespoo;ei  vastausta;eiv astausta;4 5;1e0\n',
    );
    expect(result.errors.map((e) => [e.column, e.code])).toStrictEqual([
      ['ws-2', 'not-a-number'],
      ['ss-1.2', 'not-a-number'],
      ['ss-1.1', 'not-a-number'],
    ]);
  });

  it('values in messages are cut at 40 characters', () => {
    const forty = 'x'.repeat(40);
    const result = parseResponsesCsv(`kunta,ws-1\n${forty},4\n${forty}y,4\n`);
    expect(result.errors.map((e) => e.message)).toStrictEqual([
      `Line 2, column "kunta": "${forty}" is not a municipality of the Länsi-Uusimaa welfare area.`,
      `Line 3, column "kunta": "${'x'.repeat(39)}…" is not a municipality of the Länsi-Uusimaa welfare area.`,
    ]);
    expect(result.errors[1]?.value).toBe(`${forty}y`);
  });
});
