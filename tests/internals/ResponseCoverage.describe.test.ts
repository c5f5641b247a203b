// ResponseCoverage's words (describe.ts: key finding, population notes and shares, tile names, tooltip,
// table, description) and the locale's list, percent and ratio formats (locale/format.ts). The adapters
// and validation are tested through the public entries in tests/ResponseCoverage.describe.test.ts.
// Response statuses as printed in 003_ae88570eab8abfd8.txt (title page: Kauniainen, Kirkkonummi,
// Karkkila, Lohja, Hanko and Raasepori "Kyllä"; Espoo, Siuntio, Vihti and Inkoo "Ei vastausta
// määräajassa"; caption "6/10"). Populations are illustrative (made up).
import { describe, expect, it } from 'vitest';
import { survey2024 } from '@yhdyspinta/data';
import type { Locale } from '@yhdyspinta/data';
import { responseCoverageFromSurvey, summarizeCoverage } from '@yhdyspinta/charts';
import type { ResponseCoverageItem } from '@yhdyspinta/charts';
import {
  formatCoverageShare,
  populationNotes,
  responseCoverageDescription,
  responseCoverageKeyFinding,
  responseCoverageTable,
  tileName,
  tileTooltip,
} from '../../packages/charts/src/ResponseCoverage/describe';
import { formatList, formatPercent, formatRatio } from '../../packages/charts/src/locale/format';

const NBSP = '\u00a0';

function finding(locale: Locale, data = responseCoverageFromSurvey(survey2024, locale)) {
  return responseCoverageKeyFinding(summarizeCoverage(data), data, 'deadline', locale);
}

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
