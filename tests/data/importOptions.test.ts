// The importers' options and limits: messages in fi/sv/en with unseen characters escaped, errors beyond
// the first 1 000 kept as counts, explicit column mapping and ignored columns, the respondent-per-row
// layout's own checks, and the silently-wrong cases of issue 13 rejected in every layout.
import { describe, expect, it } from 'vitest';
import { MAX_ERROR_OBJECTS, parseResponsesCsv } from '@yhdyspinta/data';

describe('messages in the chosen language', () => {
  const text = 'kunta;kohta;arvio\nHanko\u200b;ws-1;4\nEspoo;ws-1;\u001b[2J\n';
  it.each([
    [
      'fi',
      'Rivi 2, sarake "kunta": "Hanko\\u200b" ei ole Länsi-Uudenmaan hyvinvointialueen kunta.',
      'Rivi 3, sarake "arvio": "\\u001b[2J" ei ole arvio 1–5 eikä tyhjän vastauksen merkintä.',
    ],
    [
      'sv',
      'Rad 2, kolumn "kunta": "Hanko\\u200b" är inte en kommun i Västra Nylands välfärdsområde.',
      'Rad 3, kolumn "arvio": "\\u001b[2J" är varken en bedömning 1–5 eller ett tecken för inget svar.',
    ],
    [
      'en',
      'Line 2, column "kunta": "Hanko\\u200b" is not a municipality of the Länsi-Uusimaa welfare area.',
      'Line 3, column "arvio": "\\u001b[2J" is neither a rating 1–5 nor a no-answer token.',
    ],
  ] as const)('%s, control and invisible characters escaped', (locale, first, second) => {
    const result = parseResponsesCsv(text, { locale });
    expect(result.errors.map((e) => e.message)).toStrictEqual([first, second]);
    // The value itself stays as written; only the message escapes it.
    expect(result.errors[0]?.value).toBe('Hanko\u200b');
  });

  it('Finnish by default', () => {
    expect(parseResponsesCsv('kunta;kohta;arvio\nEspoo;ws-1;9\n').errors[0]?.message).toBe(
      'Rivi 2, sarake "arvio": "9" on arvioasteikon 1–5 ulkopuolella.',
    );
  });
});

describe('errors beyond the first 1 000', () => {
  it('are counted per code, not kept as objects', () => {
    const rows = Array.from({ length: 1500 }, (_, i) =>
      i % 3 === 0 ? `Atlantis;ws-1;4;R${i}` : `Espoo;ws-1;9;R${i}`,
    );
    const result = parseResponsesCsv(`kunta;kohta;arvio;vastaaja\n${rows.join('\n')}\n`);
    expect(MAX_ERROR_OBJECTS).toBe(1000);
    expect(result.errors).toHaveLength(1000);
    expect(result.errorCounts).toStrictEqual({
      'unknown-municipality': 500,
      'rating-out-of-range': 1000,
    });
    expect([result.rowsRead, result.rowsAccepted, result.rowsRejected]).toStrictEqual([
      1500, 0, 1500,
    ]);
    expect(result.errors.at(-1)?.line).toBe(1001);
  });
});

describe('explicit columns', () => {
  it('names the columns by header text or number; mapped-away names are not needed', () => {
    const text = 'Paikka;Väite;Numero;Muuta\nEspoo;ws-1;4;x\nHanko;ws-2;2;y\n';
    const result = parseResponsesCsv(text, {
      columns: { municipality: 'paikka', item: 2, rating: 'Numero' },
    });
    expect(result.format).toBe('long');
    expect(result.errors).toStrictEqual([]);
    expect(result.responses).toStrictEqual([
      { municipalityId: 'espoo', itemId: 'ws-1', rating: 4 },
      { municipalityId: 'hanko', itemId: 'ws-2', rating: 2 },
    ]);
  });

  it('a mapped column missing from the header is a fatal error naming it', () => {
    const result = parseResponsesCsv('a;b;c\nEspoo;ws-1;4\n', {
      locale: 'en',
      columns: { municipality: 'Kotikunta', item: 'b', rating: 9 },
    });
    expect(result.rowsRead).toBe(0);
    expect(result.errors.map((e) => e.message)).toStrictEqual([
      'Line 1: the header has no municipality column (accepted names: Kotikunta).',
      'Line 1: the header has no rating column (accepted names: 9).',
    ]);
  });

  it('an open-text question of a respondent-per-row export is skipped and named; ignore skips it unnamed', () => {
    const header = 'Aikaleima;Kunta;ws-1;Vapaa sana';
    const row = '2024-11-05;Espoo;4;Hyvää yhteistyötä, kiitos';
    const read = parseResponsesCsv(`${header}\n${row}\n2024-11-06;Hanko;3;EOS\n`);
    expect(read.errors).toStrictEqual([]);
    expect(read.skippedColumns).toStrictEqual([{ column: 'Vapaa sana', position: 4, letter: 'D' }]);
    expect(read.responses).toHaveLength(2);
    const ignored = parseResponsesCsv(`${header}\n${row}\n`, {
      columns: { ignore: ['Vapaa sana'] },
    });
    expect(ignored.errors).toStrictEqual([]);
    expect(ignored.skippedColumns).toBeUndefined();
    expect(ignored.responses).toStrictEqual([
      { municipalityId: 'espoo', itemId: 'ws-1', rating: 4, respondent: '#2' },
    ]);
  });

  it('a column that is no question but holds ratings is an error: a question whose text does not match', () => {
    const header = 'Aikaleima;Kunta;ws-1;Yhteistyö toimii hyvin (kysymys, jota kyselyssä ei ole)';
    const rows = ['2024-11-05;Espoo;4;', '2024-11-06;Hanko;3;Hyvin'];
    const result = parseResponsesCsv([header, ...rows].join('\n'), { locale: 'en' });
    expect(result.errors.map((e) => [e.line, e.column, e.code])).toStrictEqual([
      [1, '4', 'unknown-column'],
    ]);
    expect(result.skippedColumns).toBeUndefined();
  });
});

describe('respondent per row', () => {
  it('a repeated respondent id and a blank one are errors on their rows; municipalities may repeat', () => {
    const text = ['ID;Kunta;ws-1', 'A1;Espoo;4', 'A2;Espoo;3', 'A1;Hanko;2', ';Hanko;2'].join('\n');
    const result = parseResponsesCsv(text, { locale: 'en' });
    expect(result.format).toBe('respondent');
    expect(result.responses).toStrictEqual([
      { municipalityId: 'espoo', itemId: 'ws-1', rating: 4, respondent: 'A1' },
      { municipalityId: 'espoo', itemId: 'ws-1', rating: 3, respondent: 'A2' },
    ]);
    expect(result.errors.map((e) => e.message)).toStrictEqual([
      'Line 4, column "ID": respondent "A1" repeats line 2.',
      'Line 5, column "ID": the cell is empty, but a respondent is required.',
    ]);
  });

  it('long files with a respondent column: the same item twice by one respondent is a duplicate', () => {
    const text =
      'Vastaaja;Kunta;Kysymys;Vastaus\nV1;Espoo;ws-1;4\nV2;Espoo;ws-1;3\nV1;Esbo;WS-1;2\n';
    const result = parseResponsesCsv(text, { locale: 'en' });
    expect(result.rowsAccepted).toBe(2);
    expect(result.errors.map((e) => e.message)).toStrictEqual([
      'Line 4, column "Kysymys": item "WS-1" for municipality "espoo" by respondent "V1" repeats line 2.',
    ]);
  });
});

describe('the silently-wrong cases are rejected in every layout', () => {
  it.each([
    ['long', 'municipality,item,rating\nespoo,ws-1,4,5\n', 'extra-cell'],
    ['wide', 'kunta,ws-1\nespoo,4,5\n', 'extra-cell'],
    ['respondent', 'Timestamp,Municipality,ws-1\n2024,espoo,4,5\n', 'extra-cell'],
    ['long', 'municipality,item,rating\nespoo,ws-1,4.9999999999999999\n', 'not-a-whole-number'],
    ['wide', 'kunta;ws-1\nespoo;4,9999999999999999\n', 'not-a-whole-number'],
    [
      'respondent',
      'Timestamp;Municipality;ws-1\n2024;espoo;4,9999999999999999\n',
      'not-a-whole-number',
    ],
  ] as const)('%s: %j', (layout, text, code) => {
    const result = parseResponsesCsv(text);
    expect(result.format).toBe(layout);
    expect(result.responses).toStrictEqual([]);
    expect(result.errors.map((e) => [e.line, e.code])).toStrictEqual([[2, code]]);
  });

  it('"4,0" and "4.0" are 4', () => {
    expect(parseResponsesCsv('kunta;ws-1;ws-2\nespoo;4,0;4.0\n').responses).toStrictEqual([
      { municipalityId: 'espoo', itemId: 'ws-1', rating: 4 },
      { municipalityId: 'espoo', itemId: 'ws-2', rating: 4 },
    ]);
  });
});
