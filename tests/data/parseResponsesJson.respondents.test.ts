// parseResponsesJson's duplicate check with and without respondents: a record without `respondent` is
// its own kind of key, never the same as any named respondent's (a mixed file once reported a false
// "repeats record 1"). Hand-made inputs.
import { describe, expect, it } from 'vitest';
import { parseResponsesJson } from '@yhdyspinta/data';

describe('long records with and without a respondent', () => {
  it('a record without a respondent does not repeat the first named respondent', () => {
    const result = parseResponsesJson(
      [
        { respondent: 'R1', municipality: 'espoo', item: 'ws-1', rating: 4 },
        { municipality: 'espoo', item: 'ws-1', rating: 2 },
      ],
      { locale: 'en' },
    );
    expect(result.errors).toStrictEqual([]);
    expect(result.rowsAccepted).toBe(2);
    expect(result.responses).toStrictEqual([
      { municipalityId: 'espoo', itemId: 'ws-1', rating: 4, respondent: 'R1' },
      { municipalityId: 'espoo', itemId: 'ws-1', rating: 2 },
    ]);
  });

  it('the same holds with the unnamed record first', () => {
    const result = parseResponsesJson([
      { municipality: 'hanko', item: 'ws-2', rating: 3 },
      { respondent: 7, municipality: 'hanko', item: 'ws-2', rating: 5 },
    ]);
    expect(result.errors).toStrictEqual([]);
    expect(result.rowsAccepted).toBe(2);
  });

  it('two unnamed records of the same municipality and item are still duplicates', () => {
    const result = parseResponsesJson(
      [
        { respondent: 'R1', municipality: 'espoo', item: 'ws-1', rating: 4 },
        { municipality: 'espoo', item: 'ws-1', rating: 2 },
        { municipality: 'Esbo', item: 'ws-1', rating: 1 },
      ],
      { locale: 'en' },
    );
    expect(result.errors.map((e) => [e.line, e.code, e.message])).toStrictEqual([
      [
        3,
        'duplicate',
        'Record 3, field "item": item "ws-1" for municipality "espoo" repeats record 2.',
      ],
    ]);
    expect([result.rowsAccepted, result.rowsRejected]).toStrictEqual([2, 1]);
  });

  it('a named respondent repeating an item is still a duplicate of its own first record', () => {
    const result = parseResponsesJson(
      [
        { municipality: 'espoo', item: 'ws-1', rating: 2 },
        { respondent: 'R1', municipality: 'espoo', item: 'ws-1', rating: 4 },
        { respondent: 'R1', municipality: 'espoo', item: 'ws-1', rating: 5 },
      ],
      { locale: 'en' },
    );
    expect(result.errors.map((e) => [e.line, e.code])).toStrictEqual([[3, 'duplicate']]);
    expect(result.errors[0]?.message).toContain('repeats record 2');
  });
});
