// Means as printed in 003_ae88570eab8abfd8.txt (2024 municipal survey, detail page "Pelastustoimen
// palvelutasopäätös"); raw responses below are illustrative (made up), as the survey publishes only means.
import { describe, expect, it } from 'vitest';
import { survey2024 } from '../packages/data/src';
import type { RawResponse } from '../packages/data/src';
import { layoutSeriesLegend } from '../packages/charts/src/layout/seriesLegend';
import {
  SERIES_MARKERS,
  seriesDashArray,
  seriesMarkerPath,
  seriesStyle,
} from '../packages/charts/src/common/seriesStyle';
import {
  radarDescription,
  radarKeyFinding,
  radarPointName,
  radarTable,
  radarTooltip,
} from '../packages/charts/src/RescueRadar/describe';
import { radarSeriesFromAggregate, rescueRadarFromResponses } from '@yhdyspinta/charts';
import { rescueRadarFromSurvey } from '../packages/charts/src/RescueRadar/fromSurvey';
import { radarToGoalBarData } from '../packages/charts/src/RescueRadar/toGoalBarData';
import type { RescueRadarData } from '../packages/charts/src/RescueRadar/types';
import { validateGoalBarData } from '../packages/charts/src/GoalBarChart/validate';
import { measureText } from '../packages/charts/src/text/measureText';
import { defaultTheme, highContrastTheme } from '../packages/charts/src/theme/themes';
import { aggregate } from '../packages/data/src';

const fi = rescueRadarFromSurvey(survey2024, 'fi');
const GOAL_2 =
  'Länsi-Uudenmaan pelastuslaitos on toiminut arvojensa (inhimillisesti, ammatillisesti, luotettavasti, yhteistyössä) mukaisesti.';
const GOAL_3 = 'Olemme ottaneet kaksikielisyyden huomioon yhteistyössämme.';
const GOAL_6 = 'Paloriskikohteiden moniviranomaisyhteistyön kehittämiseen on panostettu.';

const twoSeries: RescueRadarData = {
  axes: fi.axes.slice(0, 3),
  series: [
    { id: 'a', label: 'Lohja', values: { 'rescue.1': 4, 'rescue.2': 2, 'rescue.3': null } },
    { id: 'b', label: 'Vihti', values: { 'rescue.1': 3, 'rescue.2': 3, 'rescue.3': 3 } },
  ],
  base: { answered: 2, total: 10 },
};

describe('words (describe.ts)', () => {
  it('states the key finding: count, base, highest and lowest (ties), values at least neutral', () => {
    expect(radarKeyFinding(fi, 'fi')).toBe(
      '9 tavoitetta asteikolla 1–5 (n = 6/10 kuntaa). ' +
        `Korkein keskiarvo 3,8: ${GOAL_2.slice(0, -1)} ja ${GOAL_3} ` +
        `Matalin keskiarvo 3,0: ${GOAL_6} ` +
        '9/9 arvoa on vähintään asteikon keskikohdassa 3 (Kohtalaisesti).',
    );
    expect(radarKeyFinding(rescueRadarFromSurvey(survey2024, 'en'), 'en')).toContain(
      'Highest mean 3.8:',
    );
    expect(radarKeyFinding(rescueRadarFromSurvey(survey2024, 'sv'), 'sv')).toContain(
      'Lägsta medelvärde 3,0:',
    );
  });

  it('names each series and counts its missing values when there are several', () => {
    const text = radarKeyFinding(twoSeries, 'fi');
    expect(
      text.startsWith('3 tavoitetta asteikolla 1–5 (n = 2/10 kuntaa), 2 sarjaa. Lohja: '),
    ).toBe(true);
    expect(text).toContain('1/2 arvoa on vähintään');
    expect(text).toContain('Ei tietoa: 1 tavoite.');
    expect(text).toContain('Vihti: Korkein keskiarvo 3,0:');
  });

  it('puts the illustrative notice first and the keyboard hint last in the description', () => {
    expect(
      radarDescription(fi, 'fi', { illustrative: true, description: 'Oma.', interactive: true }),
    ).toBe(
      'Havainnollistava esimerkkiaineisto – ei todellisia tuloksia. Oma. Siirry arvosta toiseen nuolinäppäimillä.',
    );
    // A static picture has no keys to press.
    expect(
      radarDescription(fi, 'fi', { illustrative: false, description: 'Oma.', interactive: false }),
    ).toBe('Oma.');
  });

  it('names points with their full text and value, "ei tietoa" for a missing one', () => {
    expect(radarPointName(fi, 0, 5, 'fi')).toBe(`${GOAL_6}: 3,0`);
    expect(radarPointName(twoSeries, 0, 2, 'fi')).toBe(`Lohja, ${GOAL_3}: ei tietoa`);
    expect(radarPointName(twoSeries, 1, 0, 'sv')).toMatch(/^Vihti, .*: 3,0$/);
  });

  it('gives the tooltip the full text, value, scale level and base (and the series)', () => {
    expect(radarTooltip(fi, 0, 5, 'fi')).toEqual({
      title: GOAL_6,
      rows: [
        { label: 'Keskiarvo', value: '3,0' },
        { label: 'Lähin asteikon kohta', value: 'Kohtalaisesti' },
        { label: 'Vastaajat', value: 'n = 6/10 kuntaa' },
      ],
    });
    expect(radarTooltip(twoSeries, 0, 2, 'en').rows).toEqual([
      { label: 'Series', value: 'Lohja' },
      { label: 'Mean', value: 'no data' },
      { label: 'Respondents', value: 'n = 2/10 municipalities' },
    ]);
  });

  it('tables the same numbers: a row per goal, a column per series', () => {
    const table = radarTable(fi, 'fi');
    expect(table.columns).toEqual(['Tavoite', 'Kuntien vastausten keskiarvo']);
    expect(table.rows.map((r) => r.cells[0])).toEqual([
      '3,3',
      '3,8',
      '3,8',
      '3,7',
      '3,2',
      '3,0',
      '3,2',
      '3,3',
      '3,3',
    ]);
    expect(radarTable(twoSeries, 'sv').rows[2]?.cells).toEqual(['uppgift saknas', '3,0']);
  });
});

describe('rescueRadarFromResponses (illustrative raw responses)', () => {
  const responses: RawResponse[] = [
    { municipalityId: 'lohja', itemId: 'rescue.1', rating: 4 },
    { municipalityId: 'lohja', itemId: 'rescue.2', rating: 2 },
    { municipalityId: 'vihti', itemId: 'rescue.1', rating: 3 },
    { municipalityId: 'vihti', itemId: 'rescue.2', rating: null },
    { municipalityId: 'espoo', itemId: 'rescue.1', rating: 5 },
    { municipalityId: 'hanko', itemId: 'rescue.1', rating: null },
    { municipalityId: 'lohja', itemId: 'ws-1', rating: 1 },
  ];

  it('makes one mean series over the rescue goals, missing where nobody rated', () => {
    const data = rescueRadarFromResponses(responses);
    expect(data.axes).toHaveLength(9);
    expect(data.series.map((s) => s.label)).toEqual(['Kuntien vastausten keskiarvo']);
    expect(data.series[0]?.values['rescue.1']).toBe(4);
    expect(data.series[0]?.values['rescue.2']).toBe(2);
    expect(data.series[0]?.values['rescue.3']).toBeNull();
    expect(data.base).toEqual({ answered: 3, total: 10 });
  });

  it('makes one series per municipality that rated something, in the area order', () => {
    const data = rescueRadarFromResponses(responses, { series: 'both', locale: 'sv' });
    expect(data.series.map((s) => s.label)).toEqual([
      'Medelvärde av kommunernas svar',
      'Esbo',
      'Vichtis',
      'Lojo',
    ]);
    const vihti = data.series[2];
    expect(vihti?.values['rescue.1']).toBe(3);
    expect(vihti?.values['rescue.2']).toBeNull();
    expect(rescueRadarFromResponses(responses, { series: 'municipality' }).series).toHaveLength(3);
  });

  it('turns any aggregate() result into a series', () => {
    const s = radarSeriesFromAggregate(aggregate(responses), fi.axes, { id: 'x', label: 'X' });
    expect(Object.keys(s.values)).toHaveLength(9);
    expect(s.values['rescue.9']).toBeNull();
  });
});

describe('the bar twin data', () => {
  it('gives GoalBarChart the same numbers, one group per series', () => {
    const bars = radarToGoalBarData(fi);
    expect(bars.groups).toHaveLength(1);
    expect(bars.groups[0]?.label).toBe('');
    expect(bars.groups[0]?.items.map((i) => i.value)).toEqual([
      3.3, 3.8, 3.8, 3.7, 3.2, 3.0, 3.2, 3.3, 3.3,
    ]);
    expect(bars.base).toEqual({ answered: 6, total: 10 });
    const two = radarToGoalBarData(twoSeries);
    expect(two.groups.map((g) => g.label)).toEqual(['Lohja', 'Vihti']);
    expect(two.groups[0]?.items[2]?.value).toBeNull();
    expect(validateGoalBarData(two).ok).toBe(true);
  });
});

describe('series styles and legend (shared)', () => {
  it('never gives two of the first 24 series the same colour, marker and dash', () => {
    const keys = Array.from({ length: 24 }, (_, i) => {
      const s = seriesStyle(i, defaultTheme);
      return `${s.color}|${s.marker}|${s.dash.join(',')}`;
    });
    expect(new Set(keys).size).toBe(24);
    expect(seriesStyle(0, highContrastTheme).color).toBe(highContrastTheme.series[0]);
  });

  it('draws every marker shape and scales dashes with the stroke width', () => {
    for (const shape of SERIES_MARKERS) expect(seriesMarkerPath(shape, 5)).toMatch(/^M/);
    expect(seriesDashArray(seriesStyle(0, defaultTheme), 2)).toBeUndefined();
    expect(seriesDashArray(seriesStyle(1, defaultTheme), 2)).toBe('8 4');
  });

  it('lays legend entries out in rows within the width, wrapping long names', () => {
    const legend = layoutSeriesLegend({
      labels: ['Espoo', 'Kauniainen', 'Kirkkonummi', 'Siuntio', 'Vihti', 'x '.repeat(80).trim()],
      top: 50,
      width: 300,
      theme: defaultTheme,
    });
    expect(legend.entries).toHaveLength(6);
    for (const e of legend.entries) {
      expect(e.x).toBeGreaterThanOrEqual(defaultTheme.spacing.md);
      expect(e.right).toBeLessThanOrEqual(300 - defaultTheme.spacing.md + 0.01);
      for (const line of e.lines) {
        expect(e.textX + measureText(line, legend.fontSize)).toBeLessThanOrEqual(e.right + 0.01);
      }
    }
    expect(legend.entries.at(-1)?.lines).toHaveLength(2);
    expect(new Set(legend.entries.map((e) => e.y)).size).toBeGreaterThan(1);
    expect(legend.bottom).toBeGreaterThan(50);
    expect(
      layoutSeriesLegend({ labels: [], top: 50, width: 300, theme: defaultTheme }).bottom,
    ).toBe(50);
  });
});
