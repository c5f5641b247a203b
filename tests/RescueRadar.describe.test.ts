// RescueRadar's key finding, its adapters from raw responses and the shared series styles and legend,
// through the public entries. describe.ts's other words (description, point names, tooltip, table), the
// bar twin's data and the dash arrays are internal: tests/internals/RescueRadar.describe.test.ts.
// Means as printed in 003_ae88570eab8abfd8.txt (2024 municipal survey, detail page "Pelastustoimen
// palvelutasopäätös"); raw responses below are illustrative (made up), as the survey publishes only means.
import { describe, expect, it } from 'vitest';
import { aggregate, survey2024 } from '@yhdyspinta/data';
import type { RawResponse } from '@yhdyspinta/data';
import {
  defaultTheme,
  highContrastTheme,
  layoutSeriesLegend,
  measureText,
  radarKeyFinding,
  radarSeriesFromAggregate,
  rescueRadarFromResponses,
  rescueRadarFromSurvey,
  seriesStyle,
} from '@yhdyspinta/charts';
import { GOAL_2, GOAL_3, GOAL_6, fi, twoSeries } from './support/rescueRadarData';

describe('words: the key finding', () => {
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

describe('series styles and legend (shared)', () => {
  it('never gives two of the first 24 series the same colour, marker and dash', () => {
    const keys = Array.from({ length: 24 }, (_, i) => {
      const s = seriesStyle(i, defaultTheme);
      return `${s.color}|${s.marker}|${s.dash.join(',')}`;
    });
    expect(new Set(keys).size).toBe(24);
    expect(seriesStyle(0, highContrastTheme).color).toBe(highContrastTheme.series[0]);
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
