// makeError's wording where a caller gives no detail (every parser gives one today; the fallbacks keep a
// message readable if a new caller does not).
import { describe, expect, it } from 'vitest';
import { makeError } from '../../../packages/data/src/responses/messages';
import type { ParseErrorCode } from '@yhdyspinta/data';

const line = { unit: 'line', line: 3, column: 'c' } as const;
const record = { unit: 'record', line: 2, column: 'f' } as const;

describe('makeError without detail', () => {
  it.each([
    [
      line,
      'missing-column',
      '',
      'Line 3, column "c": the header has no such column (accepted names: ?).',
    ],
    [line, 'duplicate-column', 'x', 'Line 3, column "c": "x" repeats column ?.'],
    [line, 'missing-value', '', 'Line 3, column "c": the cell is empty, but a value is required.'],
    [
      line,
      'duplicate',
      'x',
      'Line 3, column "c": municipality "x" repeats line ? (if the municipality has several respondents, add a "Respondent" column with an id for each).',
    ],
    [
      record,
      'invalid-record',
      '1',
      'Record 2, field "f": "1" is not an object, but a record must be an object.',
    ],
    [record, 'missing-field', '', 'Record 2, field "f": the record has no such field.'],
    [
      record,
      'invalid-type',
      '1',
      'Record 2, field "f": "1" is of the wrong type, but another type is required.',
    ],
  ] as const)('%j %s', (place, code: ParseErrorCode, value, message) => {
    expect(makeError(place, code, value, {}, 'en')).toStrictEqual({
      line: place.line,
      column: place.column,
      value,
      code,
      message,
    });
  });
});
