// The stored responses (responses/responseStore.ts) keep a response's municipality and respondent once
// per run of responses that share them: every response still reads back as its row said, in any
// order of reading, across many runs and storage blocks. Generated long files, every row valid.
import { describe, expect, it } from 'vitest';
import { parseResponsesCsv } from '@yhdyspinta/data';
import type { RawResponse } from '@yhdyspinta/data';

const MUNICIPALITIES = [
  ['Espoo', 'espoo'],
  ['Hangö', 'hanko'],
  ['Lohja', 'lohja'],
] as const;
const ITEMS = ['ws-1', 'ws-2', 'ss-1.1', 'ss-2.1', 'rescue.1'] as const;

/** A long file of `respondents` × the items, runs of one to five rows, and the responses it holds. */
function longFile(respondents: number): { text: string; expected: RawResponse[] } {
  const lines = ['Vastaaja;Kunta;Kysymys;Vastaus'];
  const expected: RawResponse[] = [];
  for (let r = 0; r < respondents; r++) {
    // Every third respondent named "#n" (as the respondent layout names rows), the rest by id.
    const respondent = r % 3 === 0 ? `#${r + 1}` : `V${r}`;
    const [name, municipalityId] = MUNICIPALITIES[(r * 7) % MUNICIPALITIES.length] ?? ['', ''];
    for (const [k, itemId] of ITEMS.slice(0, 1 + (r % ITEMS.length)).entries()) {
      const rating = (r + k) % 6 === 5 ? null : ((((r + k) % 5) + 1) as 1 | 2 | 3 | 4 | 5);
      lines.push(`${respondent};${name};${itemId};${rating ?? 'EOS'}`);
      expected.push({ municipalityId, itemId, rating, respondent });
    }
  }
  return { text: lines.join('\n'), expected };
}

describe('stored responses in runs', () => {
  it('read back as written: in order, in reverse, at random and after the array is filled', () => {
    const { text, expected } = longFile(12_000);
    expect(expected.length).toBeGreaterThan(2 * 16_384);
    const { responses, errors } = parseResponsesCsv(text);
    expect(errors).toStrictEqual([]);
    expect(responses).toHaveLength(expected.length);
    for (let i = expected.length - 1; i >= 0; i -= 997)
      expect(responses[i]).toStrictEqual(expected[i]);
    let seed = 7;
    for (let n = 0; n < 500; n++) {
      seed = (seed * 48_271) % 2_147_483_647;
      const i = seed % expected.length;
      expect(responses[i]).toStrictEqual(expected[i]);
    }
    expect(responses.at(-1)).toStrictEqual(expected.at(-1));
    expect([...responses]).toStrictEqual(expected);
    expect(responses).toStrictEqual(expected);
    const filled = responses as RawResponse[];
    filled.reverse();
    expect(filled[0]).toStrictEqual(expected.at(-1));
    expect(filled.reverse()).toStrictEqual(expected);
  });

  it('a respondent answering in two places makes two runs, each with its own municipality', () => {
    const text = [
      'Vastaaja;Kunta;Kysymys;Vastaus',
      'A;Espoo;ws-1;4',
      'A;Lohja;ws-1;2',
      'A;Espoo;ws-2;3',
    ];
    const { responses, errors } = parseResponsesCsv(text.join('\n'));
    expect(errors).toStrictEqual([]);
    expect(
      responses.map((r) => [r.respondent, r.municipalityId, r.itemId, r.rating]),
    ).toStrictEqual([
      ['A', 'espoo', 'ws-1', 4],
      ['A', 'lohja', 'ws-1', 2],
      ['A', 'espoo', 'ws-2', 3],
    ]);
  });
});

/** A respondent-per-row file (an id, the municipality, a column per item) and the responses it holds. */
function respondentFile(rows: number): { text: string; expected: RawResponse[] } {
  const lines = [`ID;Kunta;${ITEMS.join(';')}`];
  const expected: RawResponse[] = [];
  for (let r = 0; r < rows; r++) {
    const respondent = `R${1000 + r}`;
    // Runs of one to four rows from the same municipality.
    const [name, municipalityId] = MUNICIPALITIES[Math.floor(r / (1 + (r % 4))) % 3] ?? ['', ''];
    const cells = ITEMS.map((itemId, k) => {
      const rating = (r + k) % 7 === 6 ? null : ((((r * 3 + k) % 5) + 1) as 1 | 2 | 3 | 4 | 5);
      expected.push({ municipalityId, itemId, rating, respondent });
      return rating === null ? (r % 2 === 0 ? '' : 'En osaa sanoa') : String(rating);
    });
    lines.push([respondent, name, ...cells].join(';'));
  }
  return { text: lines.join('\n'), expected };
}

describe('a respondent-per-row file, stored a row at a time', () => {
  it('reads back every cell of every row as written, across storage blocks, in order and at random', () => {
    // 7 000 respondents × 5 items: 35 000 responses, over three storage blocks of 16 384.
    const { text, expected } = respondentFile(7000);
    const result = parseResponsesCsv(text);
    expect(result.format).toBe('respondent');
    expect(result.rowsRejected).toBe(0);
    expect(result.responses).toHaveLength(expected.length);
    expect([...result.responses]).toEqual(expected);
    for (const i of [34_999, 0, 16_384, 16_383, 20_000, 7, 32_768]) {
      expect(result.responses[i]).toEqual(expected[i]);
    }
  });
});
