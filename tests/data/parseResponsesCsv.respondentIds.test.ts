// The respondent-per-row layout's check that a respondent id appears once: the first row naming an id
// keeps it even when that row is rejected for another cell, and every later row naming it points back
// to that first line. Hand-made inputs.
import { describe, expect, it } from 'vitest';
import { parseResponsesCsv } from '@yhdyspinta/data';

describe('respondent ids in the respondent-per-row layout', () => {
  it('every repeat names the first line, which keeps the id although its row was rejected', () => {
    const text = [
      'ID;Kunta;ws-1;ws-2',
      'B7;Espoo;9;3', // 2: rejected for its rating, still the first line of B7
      'C1;Hanko;4;4', // 3: accepted
      'B7;Inkoo;2;2', // 4: repeats line 2
      'C1;Hanko;1;1', // 5: repeats line 3
      'B7;Lohja;5;5', // 6: repeats line 2
      ' C2 ;Lohja;5;', // 7: accepted, the id trimmed
    ].join('\r\n');
    const result = parseResponsesCsv(text, { locale: 'en' });
    expect(result.format).toBe('respondent');
    expect(result.errors.map((e) => [e.line, e.code, e.message])).toStrictEqual([
      [2, 'rating-out-of-range', 'Line 2, column "ws-1": "9" is outside the rating scale 1–5.'],
      [4, 'duplicate', 'Line 4, column "ID": respondent "B7" repeats line 2.'],
      [5, 'duplicate', 'Line 5, column "ID": respondent "C1" repeats line 3.'],
      [6, 'duplicate', 'Line 6, column "ID": respondent "B7" repeats line 2.'],
    ]);
    expect(result.responses).toStrictEqual([
      { municipalityId: 'hanko', itemId: 'ws-1', rating: 4, respondent: 'C1' },
      { municipalityId: 'hanko', itemId: 'ws-2', rating: 4, respondent: 'C1' },
      { municipalityId: 'lohja', itemId: 'ws-1', rating: 5, respondent: 'C2' },
      { municipalityId: 'lohja', itemId: 'ws-2', rating: null, respondent: 'C2' },
    ]);
    expect([result.rowsRead, result.rowsAccepted, result.rowsRejected]).toStrictEqual([6, 2, 4]);
  });
});
