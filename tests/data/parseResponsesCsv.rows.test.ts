// Raw survey responses from CSV. The 2024 survey (shared/seeds/003_ae88570eab8abfd8.txt) publishes only
// means, so every file here is a hand-made export in the shape survey tools produce; item ids are the
// package's ids for that survey (ws-1, ss-1.1, rescue.9, …).
// This file: row errors, encoding, line endings and quoting.
import { beforeEach, describe, expect, it } from 'vitest';
import type { CsvParseResult } from '@yhdyspinta/data';
import { parseResponsesCsv, brief, counts } from './csvSupport';

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

  it('reads quoted fields with delimiters, doubled quotes and line breaks, numbering rows as a spreadsheet does', () => {
    const text = [
      '"municipality","item","rating","comment"',
      '"Raasepori","ws-1","3","Hyvä, ""selkeä""',
      'yhteistyö"',
      'inkoo,ws-2,"9",',
    ].join('\r\n');
    const result = parseResponsesCsv(text);
    expect(counts(result)).toEqual([2, 1, 1, 0]);
    expect(result.responses).toEqual([{ municipalityId: 'raasepori', itemId: 'ws-1', rating: 3 }]);
    // The quoted comment spans two lines of the text but is one cell of row 2, so "inkoo" is row 3 (as
    // Excel shows it; it was numbered 4, its physical line, which no spreadsheet shows).
    expect(brief(result)).toEqual([[3, 'rating', 'rating-out-of-range', '9']]);
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
