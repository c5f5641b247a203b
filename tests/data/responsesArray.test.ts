// The importers keep accepted responses compactly and give them as an array whose elements are made
// when read (responses/responseStore.ts, lazyArray.ts): to its users it is an ordinary array of
// RawResponse objects.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseResponsesCsv } from '@yhdyspinta/data';
import type { RawResponse } from '@yhdyspinta/data';

const CSV = 'Vastaaja;Kunta;Kysymys;Vastaus\nV1;Espoo;ws-1;4\nV1;Espoo;ws-2;EOS\nV2;Lohja;ws-1;2\n';
const PLAIN: RawResponse[] = [
  { municipalityId: 'espoo', itemId: 'ws-1', rating: 4, respondent: 'V1' },
  { municipalityId: 'espoo', itemId: 'ws-2', rating: null, respondent: 'V1' },
  { municipalityId: 'lohja', itemId: 'ws-1', rating: 2, respondent: 'V2' },
];
const read = () => parseResponsesCsv(CSV).responses;

describe('the responses array', () => {
  it('reads as the array of its responses', () => {
    const responses = read();
    expect(Array.isArray(responses)).toBe(true);
    expect(responses).toBeInstanceOf(Array);
    expect(responses).toHaveLength(3);
    expect(responses[2]).toStrictEqual(PLAIN[2]);
    expect(responses[3]).toBeUndefined();
    expect(responses.at(-1)).toStrictEqual(PLAIN[2]);
    expect(1 in responses).toBe(true);
    expect(3 in responses).toBe(false);
    expect(responses).toStrictEqual(PLAIN);
    expect([...responses]).toStrictEqual(PLAIN);
    expect(Object.keys(responses)).toStrictEqual(['0', '1', '2']);
    expect(JSON.parse(JSON.stringify(responses))).toStrictEqual(PLAIN);
    expect(responses.map((r) => r.rating)).toStrictEqual([4, null, 2]);
    expect(responses.filter((r) => r.municipalityId === 'espoo')).toStrictEqual(PLAIN.slice(0, 2));
    expect(responses.slice(1)).toStrictEqual(PLAIN.slice(1));
    expect([0].concat(responses.length)).toStrictEqual([0, 3]);
    expect(Object.prototype.toString.call(responses)).toBe('[object Array]');
    expect(Object.getOwnPropertyDescriptor(responses, 'length')).toStrictEqual(
      Object.getOwnPropertyDescriptor(PLAIN, 'length'),
    );
    expect(Object.getOwnPropertyNames(responses)).toStrictEqual(['0', '1', '2', 'length']);
    expect(Array.from(responses)).toStrictEqual(PLAIN);
    expect(Array.prototype.indexOf.call(responses, undefined)).toBe(-1);
  });

  it('has no respondent key where the input names none', () => {
    const { responses } = parseResponsesCsv('Kunta;ws-1\nEspoo;5\n');
    expect(Object.keys(responses[0] ?? {})).toStrictEqual(['municipalityId', 'itemId', 'rating']);
  });

  it('gives back every respondent text as written, line names ("#7") and look-alikes too', () => {
    const names = ['#7', '#2', '#07', '#0', '#7x', '# 7', '#1234567890', '#999999999', '#', 'V1'];
    const rows = names.map((name, i) => `"${name}";Espoo;ws-1;${(i % 5) + 1}`);
    const { responses, errors } = parseResponsesCsv(
      `Vastaaja;Kunta;Kysymys;Vastaus\n${rows.join('\n')}\n`,
    );
    expect(errors).toStrictEqual([]);
    expect(responses.map((r) => r.respondent)).toStrictEqual(names);
    const rowNamed = parseResponsesCsv(
      'Aikaleima;Kunta;ws-1\n1.1.2025;Espoo;4\n1.1.2025;Hanko;2\n',
    );
    expect(rowNamed.responses.map((r) => r.respondent)).toStrictEqual(['#2', '#3']);
  });

  it('becomes an ordinary array when written to, keeping its elements', () => {
    const responses = read() as RawResponse[];
    const extra: RawResponse = { municipalityId: 'hanko', itemId: 'ws-1', rating: 5 };
    expect(responses.push(extra)).toBe(4);
    expect(responses[3]).toBe(extra);
    expect(responses[0]).toBe(responses[0]);
    responses.sort((a, b) => (a.rating ?? 0) - (b.rating ?? 0));
    expect(responses.map((r) => r.rating)).toStrictEqual([null, 2, 4, 5]);
    const frozen = Object.freeze(read());
    expect(Object.isFrozen(frozen)).toBe(true);
    expect(frozen).toStrictEqual(PLAIN);
  });

  it('shows its elements in Node’s inspect (console.log)', () => {
    expect(inspect(read())).toBe(inspect(PLAIN));
  });
});
