// Raw survey responses from CSV. The 2024 survey (shared/seeds/003_ae88570eab8abfd8.txt) publishes only
// means, so every file here is a hand-made export in the shape survey tools produce; item ids are the
// package's ids for that survey (ws-1, ss-1.1, rescue.9, …).
// This file: the wide format and item ids.
import { describe, expect, it } from 'vitest';
import { parseResponsesCsv, brief, counts } from './csvSupport';

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
        message:
          'Line 4, column "kunta": municipality "Esbo" repeats line 2 (if the municipality has several respondents, add a "Respondent" column with an id for each).',
      },
    ]);
    expect(result.responses).toEqual([
      { municipalityId: 'espoo', itemId: 'ws-1', rating: 4 },
      { municipalityId: 'hanko', itemId: 'ws-1', rating: 2 },
    ]);
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
