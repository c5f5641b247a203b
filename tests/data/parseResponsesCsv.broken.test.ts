// Raw survey responses from CSV. The 2024 survey (shared/seeds/003_ae88570eab8abfd8.txt) publishes only
// means, so every file here is a hand-made export in the shape survey tools produce; item ids are the
// package's ids for that survey (ws-1, ss-1.1, rescue.9, …).
// This file: structurally broken files.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseResponsesCsv, brief, counts } from './csvSupport';

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
      'Line 1: the header has no rating column (accepted names: rating, answer, arvio, vastaus, bedömning, svar, arvosana, score).',
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
