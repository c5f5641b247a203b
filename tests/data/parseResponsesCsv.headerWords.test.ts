// Header cells as survey tools write them: questions numbered "2.1. …" or marked "…?*", the municipality
// column as "1. Kunta", "Kunta:" or bilingual "Kunta / Kommun"; and a missing column named in the
// message's language, not by the importer's English key.
import { describe, expect, it } from 'vitest';
import { normalizeQuestion, parseResponsesCsv, survey2024 } from '@yhdyspinta/data';

const [first, second] = survey2024.goals;
if (!first || !second) throw new Error('the survey has goals');
const text = (goal: typeof first) => goal.text.fi;

/** A respondent-per-row file with the given header cells for municipality and the two goals. */
const file = (municipality: string, a: string, b: string) =>
  `Vastaajan ID;${municipality};${a};${b}\nR1;Lohja;4;2\nR2;Hanko;3;\n`;

const ratings = (csv: string) => {
  const result = parseResponsesCsv(csv, { locale: 'en' });
  return {
    errors: result.errors.map((e) => e.message),
    read: result.responses.map((r) => [r.municipalityId, r.itemId, r.rating]),
  };
};

// A blank answer is kept as no rating (null).
const READ = [
  ['lohja', first.id, 4],
  ['lohja', second.id, 2],
  ['hanko', first.id, 3],
  ['hanko', second.id, null],
];

describe('question headers', () => {
  it.each([
    ['Webropol numbering', `2.1. ${text(first)}`, `2.2. ${text(second)}`],
    ['a question number and mark', `Q3 ${text(first)}?*`, `4) "${text(second)}"`],
  ])('%s: read as the questions', (_, a, b) => {
    expect(ratings(file('Kunta', a, b))).toStrictEqual({ errors: [], read: READ });
  });

  it('normalizeQuestion drops the number, the quotes and the marks, nothing else', () => {
    expect(normalizeQuestion('2.1.  "Yhteistyö  toimii"?*')).toBe('yhteistyö toimii');
    expect(normalizeQuestion('Q12 Yhteistyö toimii.')).toBe('yhteistyö toimii');
    // A number that is the question's own first word stays when no space follows it.
    expect(normalizeQuestion('24/7-päivystys toimii')).toBe('24/7-päivystys toimii');
  });
});

describe('the municipality column', () => {
  it.each(['1. Kunta', 'Kunta:', 'Kunta / Kommun', 'Kommun*', 'KOTIKUNTA'])('%s', (header) => {
    expect(ratings(file(header, first.id, second.id))).toStrictEqual({ errors: [], read: READ });
  });

  it('a bilingual header of two roles names neither: the municipality column is missing', () => {
    const out = ratings(file('Kunta / Vastaus', first.id, second.id));
    expect(out.errors).toStrictEqual([
      'Line 1: the header has no municipality column (accepted names: municipality, municipalityId, kunta, kommun, kotikunta, hemkommun).',
    ]);
  });

  it('a missing column is named in words of the message language', () => {
    const csv = file('Mitä kuntaa edustatte?', first.id, second.id);
    const message = (locale: 'fi' | 'sv') =>
      parseResponsesCsv(csv, { locale }).errors.map((e) => e.message.split(' (')[0]);
    expect(message('fi')).toStrictEqual(['Rivi 1: otsikkorivillä ei ole kunnan saraketta']);
    expect(message('sv')).toStrictEqual(['Rad 1: rubrikraden har ingen kolumn för kommunen']);
    // The error's column stays the role's key, for programs.
    expect(parseResponsesCsv(csv).errors.map((e) => e.column)).toStrictEqual(['municipality']);
  });
});

describe('a cell of a column named by a long question', () => {
  it("names the column by its letter and its shortened text, the row as Excel's", () => {
    const csv = `Vastaajan ID;Kunta;"${text(first)}";${text(second)}\nR1;Lohja;7;2\n`;
    const [error] = parseResponsesCsv(csv, { locale: 'en' }).errors;
    expect(error?.message).toBe(
      `Line 2, column C "${text(first).slice(0, 39)}…": "7" is outside the rating scale 1–5.`,
    );
    // Short names are shown whole, without a letter.
    const short = parseResponsesCsv('kunta;kohta;arvio\nLohja;ws-1;7\n', { locale: 'en' });
    expect(short.errors[0]?.message).toBe(
      'Line 2, column "arvio": "7" is outside the rating scale 1–5.',
    );
  });
});
