// The internal words of RescueRadar (describe.ts beyond the key finding: description, point names,
// tooltip, table), its bar twin's data (toGoalBarData.ts) and the series dash arrays (seriesStyle.ts).
// The key finding, adapters and the public series styles and legend: tests/RescueRadar.describe.test.ts.
// Means as printed in 003_ae88570eab8abfd8.txt (2024 municipal survey, detail page "Pelastustoimen
// palvelutasopäätös").
import { describe, expect, it } from 'vitest';
import {
  SERIES_MARKERS,
  defaultTheme,
  seriesMarkerPath,
  seriesStyle,
  validateGoalBarData,
} from '@yhdyspinta/charts';
import { seriesDashArray } from '../../packages/charts/src/common/seriesStyle';
import {
  radarDescription,
  radarPointName,
  radarTable,
  radarTooltip,
} from '../../packages/charts/src/RescueRadar/describe';
import { radarToGoalBarData } from '../../packages/charts/src/RescueRadar/toGoalBarData';
import { GOAL_3, GOAL_6, fi, twoSeries } from '../support/rescueRadarData';

describe('words (describe.ts)', () => {
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
    expect(radarTable(twoSeries, 'sv').rows[2]?.cells).toEqual(['ingen uppgift', '3,0']);
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

describe('series styles (shared)', () => {
  it('draws every marker shape and scales dashes with the stroke width', () => {
    expect(SERIES_MARKERS).toHaveLength(8);
    for (const shape of SERIES_MARKERS) expect(seriesMarkerPath(shape, 5)).toMatch(/^M/);
    expect(seriesDashArray(seriesStyle(0, defaultTheme), 2)).toBeUndefined();
    expect(seriesDashArray(seriesStyle(1, defaultTheme), 2)).toBe('8 4');
  });
});
