// ResponseCoverage's adapters, validation and words. Response statuses as printed in
// 003_ae88570eab8abfd8.txt (title page: Kauniainen, Kirkkonummi, Karkkila, Lohja, Hanko and Raasepori
// "Kyllä"; Espoo, Siuntio, Vihti and Inkoo "Ei vastausta määräajassa"; caption "6/10").
import { describe, expect, it } from 'vitest';
import { aggregate, parseResponsesCsv, survey2024 } from '../packages/data/src';
import type { Locale } from '../packages/data/src';
import {
  formatCoverageShare,
  populationNotes,
  responseCoverageDescription,
  responseCoverageKeyFinding,
  responseCoverageTable,
  tileName,
  tileTooltip,
} from '../packages/charts/src/ResponseCoverage/describe';
import { responseCoverageFromResponses } from '@yhdyspinta/charts';
import { responseCoverageFromSurvey } from '../packages/charts/src/ResponseCoverage/fromSurvey';
import { summarizeCoverage } from '../packages/charts/src/ResponseCoverage/summary';
import type { ResponseCoverageItem } from '../packages/charts/src/ResponseCoverage/types';
import { validateResponseCoverageData } from '../packages/charts/src/ResponseCoverage/validate';
import { formatList, formatPercent, formatRatio } from '../packages/charts/src/locale/format';

const NBSP = '\u00a0';

function finding(locale: Locale, data = responseCoverageFromSurvey(survey2024, locale)) {
  return responseCoverageKeyFinding(summarizeCoverage(data), data, 'deadline', locale);
}

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

describe('words', () => {
  it.each([
    ['fi', '6/10 kuntaa vastasi; Espoo, Siuntio, Vihti ja Inkoo eivät vastanneet määräajassa.'],
    ['sv', '6/10 kommuner svarade; Esbo, Sjundeå, Vichtis och Ingå svarade inte inom utsatt tid.'],
    [
      'en',
      '6/10 municipalities answered; Espoo, Siuntio, Vihti and Inkoo did not answer by the deadline.',
    ],
  ] as const)('states the key finding in %s', (locale, text) => {
    expect(finding(locale)).toBe(text);
  });

  it('uses the singular, the all-answered sentence and the plain wording', () => {
    const one: ResponseCoverageItem[] = [
      { id: 'a', label: 'Hanko', answered: true },
      { id: 'b', label: 'Inkoo', answered: false },
    ];
    expect(finding('fi', one)).toBe('1/2 kuntaa vastasi; Inkoo ei vastannut määräajassa.');
    const all = one.map((d) => ({ ...d, answered: true }));
    expect(finding('fi', all)).toBe('2/2 kuntaa vastasi; kaikki kunnat vastasivat.');
    expect(responseCoverageKeyFinding(summarizeCoverage(one), one, 'plain', 'en')).toBe(
      '1/2 municipalities answered; Inkoo did not answer.',
    );
  });

  it('adds the population share to the key finding and formats shares honestly', () => {
    const data = responseCoverageFromSurvey(survey2024, 'fi', { espoo: 75, lohja: 25 });
    expect(finding('fi', data)).toBe(
      '6/10 kuntaa vastasi; Espoo, Siuntio, Vihti ja Inkoo eivät vastanneet määräajassa. ' +
        `Vastanneissa kunnissa asuu 25${NBSP}% alueen asukkaista. ` +
        'Asukasluku puuttuu: Kauniainen, Kirkkonummi, Siuntio, Vihti, Karkkila, Inkoo, Hanko ja ' +
        'Raasepori (ei mukana osuudessa).',
    );
    expect(formatCoverageShare(0.996, 'fi')).toBe(`99,6${NBSP}%`);
    expect(formatCoverageShare(0.001, 'en')).toBe('0.1%');
    expect(formatCoverageShare(0.38, 'sv')).toBe(`38${NBSP}%`);
    expect(formatCoverageShare(1, 'fi')).toBe(`100${NBSP}%`);
    expect(
      populationNotes(summarizeCoverage(responseCoverageFromSurvey(survey2024)), [], 'fi'),
    ).toEqual([]);
  });

  it('names tiles, fills tooltips and the table in the locale', () => {
    const data = responseCoverageFromSurvey(survey2024, 'sv', { espoo: 12345 });
    const espoo = data[0]!;
    expect(tileName(espoo, 'deadline', 'sv', true)).toBe(
      `Esbo: Inget svar inom utsatt tid, 12${NBSP}345 invånare`,
    );
    expect(tileName(data[1]!, 'deadline', 'sv', true)).toBe(
      'Grankulla: Svarade, Invånarantal saknas',
    );
    expect(tileName(data[1]!, 'deadline', 'fi', false)).toBe('Grankulla: Vastasi');
    expect(tileTooltip(espoo, 'deadline', 'sv', true)).toEqual({
      title: 'Esbo',
      rows: [
        { label: 'Svarsläge', value: 'Inget svar inom utsatt tid' },
        { label: 'Invånarantal', value: `12${NBSP}345` },
      ],
    });
    const table = responseCoverageTable(data, 'deadline', 'sv');
    expect(table.columns).toEqual(['Kommun', 'Svarsläge', 'Invånarantal']);
    expect(table.rows[0]).toEqual({
      key: 'espoo',
      header: 'Esbo',
      cells: ['Inget svar inom utsatt tid', `12${NBSP}345`],
    });
    expect(
      responseCoverageTable(responseCoverageFromSurvey(survey2024), 'deadline', 'en').columns,
    ).toEqual(['Municipality', 'Response']);
  });

  it('builds the description: notice, finding or override, keyboard hint', () => {
    const data = responseCoverageFromSurvey(survey2024);
    const summary = summarizeCoverage(data);
    const text = responseCoverageDescription(summary, data, 'fi', {
      wording: 'deadline',
      illustrative: true,
      interactive: true,
    });
    expect(
      text.startsWith('Havainnollistava esimerkkiaineisto – ei todellisia tuloksia. 6/10 kuntaa'),
    ).toBe(true);
    expect(text.endsWith('Siirry arvosta toiseen nuolinäppäimillä.')).toBe(true);
    expect(
      responseCoverageDescription(summary, data, 'en', {
        wording: 'deadline',
        illustrative: false,
        description: 'Own text.',
        interactive: true,
      }),
    ).toBe('Own text. Use the arrow keys to move between values.');
  });

  it('formats lists, percentages and counts through the locale module', () => {
    expect(formatList(['Espoo', 'Siuntio', 'Vihti'], 'fi')).toBe('Espoo, Siuntio ja Vihti');
    expect(formatList(['Esbo', 'Sjundeå'], 'sv')).toBe('Esbo och Sjundeå');
    expect(formatList(['A', 'B', 'C'], 'en')).toBe('A, B and C');
    expect(formatList(['Espoo'], 'fi')).toBe('Espoo');
    expect(formatPercent(0.6, 'fi')).toBe(`60${NBSP}%`);
    expect(formatPercent(0.6, 'en')).toBe('60%');
    expect(formatRatio(6, 10, 'fi')).toBe('6/10');
    expect(formatRatio(6.5, 10, 'fi')).toBe('–');
  });
});
