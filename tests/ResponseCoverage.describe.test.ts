// ResponseCoverage's adapters and validation through the public entries. Its words (describe.ts: key
// finding, tile names, tooltip, table, description; the locale's list and percent formats) are internal:
// tests/internals/ResponseCoverage.describe.test.ts.
// Response statuses as printed in 003_ae88570eab8abfd8.txt (title page: Kauniainen, Kirkkonummi,
// Karkkila, Lohja, Hanko and Raasepori "Kyllä"; Espoo, Siuntio, Vihti and Inkoo "Ei vastausta
// määräajassa"; caption "6/10").
import { describe, expect, it } from 'vitest';
import { aggregate, parseResponsesCsv, survey2024 } from '@yhdyspinta/data';
import {
  responseCoverageFromResponses,
  responseCoverageFromSurvey,
  validateResponseCoverageData,
} from '@yhdyspinta/charts';

describe('responseCoverageFromSurvey', () => {
  it('lists the ten municipalities in the response table order with their status', () => {
    const data = responseCoverageFromSurvey(survey2024);
    expect(data.map((d) => `${d.label}:${d.answered ? 'Kyllä' : 'Ei'}`)).toEqual([
      'Espoo:Ei',
      'Kauniainen:Kyllä',
      'Kirkkonummi:Kyllä',
      'Siuntio:Ei',
      'Vihti:Ei',
      'Karkkila:Kyllä',
      'Lohja:Kyllä',
      'Inkoo:Ei',
      'Hanko:Kyllä',
      'Raasepori:Kyllä',
    ]);
    expect(data.every((d) => !('population' in d))).toBe(true);
  });

  it('adds only the populations the caller gives, and counts a repeated municipality once', () => {
    const data = responseCoverageFromSurvey(survey2024, 'sv', { lohja: 1234 });
    expect(data.find((d) => d.id === 'lohja')).toEqual({
      id: 'lohja',
      label: 'Lojo',
      answered: true,
      population: 1234,
    });
    expect(data.filter((d) => d.population !== undefined)).toHaveLength(1);
    const twice = {
      ...survey2024,
      responses: [...survey2024.responses, { ...survey2024.responses[0]!, answered: true }],
    };
    const fromTwice = responseCoverageFromSurvey(twice);
    expect(fromTwice).toHaveLength(10);
    expect(fromTwice[0]).toMatchObject({ id: 'espoo', answered: false });
  });
});

describe('responseCoverageFromResponses (raw responses)', () => {
  // Illustrative raw answers (made up): Lohja gave only no-answers, Espoo one rating.
  const csv = ['kunta;kohta;arvio', 'Espoo;ws-1;3', 'Lohja;ws-1;', 'Lohja;ws-2;'].join('\n');

  it('counts a municipality with only no-answers, or absent, as not answered', () => {
    const parsed = parseResponsesCsv(csv);
    expect(parsed.errors).toEqual([]);
    const data = responseCoverageFromResponses(parsed.responses);
    expect(data).toHaveLength(10);
    expect(data.filter((d) => d.answered).map((d) => d.id)).toEqual(['espoo']);
    expect(data.find((d) => d.id === 'lohja')?.answered).toBe(false);
    expect(aggregate(parsed.responses).municipalities.onlyNoAnswers).toEqual(['lohja']);
  });

  it('takes an aggregate, a municipality subset and a locale', () => {
    const parsed = parseResponsesCsv(csv);
    const data = responseCoverageFromResponses(aggregate(parsed.responses), {
      locale: 'sv',
      municipalityIds: ['lohja', 'espoo'],
    });
    expect(data).toEqual([
      { id: 'lohja', label: 'Lojo', answered: false },
      { id: 'espoo', label: 'Esbo', answered: true },
    ]);
  });
});

describe('validateResponseCoverageData', () => {
  it('accepts the survey data and reports empty data as empty', () => {
    expect(validateResponseCoverageData(responseCoverageFromSurvey(survey2024)).ok).toBe(true);
    expect(validateResponseCoverageData([])).toEqual({ ok: false, kind: 'empty', problems: [] });
  });

  it.each([
    [null, 'data is not an array'],
    [{ items: [] }, 'data is not an array'],
    [[null], 'data[0] is not an object'],
    [[{ id: '', label: 'A', answered: true }], 'data[0] has no id'],
    [[{ id: 'a', label: ' ', answered: true }], 'data[0] (a) has no label'],
    [
      [{ id: 'a', label: 'A', answered: 'Kyllä' }],
      'data[0] (a) has answered Kyllä, not true or false',
    ],
    [
      [
        { id: 'a', label: 'A', answered: true },
        { id: 'a', label: 'B', answered: false },
      ],
      'data[1] repeats the id "a"',
    ],
  ])('rejects %j', (data, problem) => {
    const result = validateResponseCoverageData(data);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.kind).toBe('invalid');
      expect(result.problems).toContain(problem);
    }
  });

  it('does not reject an invalid population (the chart says it instead)', () => {
    expect(
      validateResponseCoverageData([{ id: 'a', label: 'A', answered: true, population: -1 }]).ok,
    ).toBe(true);
  });
});
