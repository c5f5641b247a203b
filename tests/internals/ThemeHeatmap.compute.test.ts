// The internal parts of ThemeHeatmap's layout and words: the count ranges of the colour bands
// (colorBands.ts), the printed values' formatting and the key finding (describe.ts), and the data table
// (table.ts). The layout is tested through the public entries in tests/ThemeHeatmap.compute.test.ts.
// The shipped matrix is the data package's coding of the 2025 §14 memos; other grids are illustrative.
import { describe, expect, it } from 'vitest';
import {
  TABLE_CELL_LIMIT,
  colorBands,
  computeThemeHeatmapLayout,
  defaultTheme,
  themeHeatmapFromThemeCounts,
} from '@yhdyspinta/charts';
import { countRanges } from '../../packages/charts/src/ThemeHeatmap/colorBands';
import {
  keyFinding,
  valueFormatter,
  valueText,
} from '../../packages/charts/src/ThemeHeatmap/describe';
import { dataTable } from '../../packages/charts/src/ThemeHeatmap/table';
import { grid, options } from '../support/heatmapGrids';

describe('colour bands', () => {
  it('splits counts into whole-number ranges with zero on its own', () => {
    expect(countRanges(7, 5)).toEqual([
      [0, 0],
      [1, 2],
      [3, 4],
      [5, 6],
      [7, 7],
    ]);
    expect(countRanges(3, 5)).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(countRanges(1000, 5)).toEqual([
      [0, 0],
      [1, 250],
      [251, 500],
      [501, 750],
      [751, 1000],
    ]);
    const bands = colorBands('count', 7, defaultTheme);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map(bands.bandOf)).toEqual([0, 1, 1, 2, 2, 3, 3, 4]);
    expect(colorBands('count', 3, defaultTheme).bands.map((b) => b.color)).toEqual([
      '#4292C6',
      '#2B7BBA',
      '#0B4F91',
      '#08306B',
    ]);
  });
});

describe('cell marks', () => {
  it('prints the values one row at a time, every value once, per text colour', () => {
    const data = grid(10, 10, 'rating', 3);
    const layout = computeThemeHeatmapLayout(data, options(800, defaultTheme, 600));
    const { valueGroups } = layout.marks;
    expect(layout.marks.valueFontSize).not.toBeNull();
    const rows = valueGroups.flatMap((group) => group.rows);
    for (const group of valueGroups) {
      const ys = group.rows.map((row) => row.y);
      expect(new Set(ys).size).toBe(ys.length);
    }
    expect(rows.flatMap((row) => row.items.map((item) => item.text)).sort()).toEqual(
      data.values
        .flat()
        .filter((v): v is number => v !== null)
        .map(valueFormatter(data, 'fi'))
        .sort(),
    );
  });
});

describe('words: values, table and key finding', () => {
  it('formats values with units and levels, and switches the table to row summaries above 2 500 cells', () => {
    const memo = themeHeatmapFromThemeCounts();
    expect(valueText(memo, 1, 'fi')).toBe('1 kirjaus');
    expect(valueText(memo, 3, 'fi')).toBe('3 kirjausta');
    expect(valueText(memo, null, 'fi')).toBe('ei tietoa');
    expect(valueText(grid(1, 1, 'rating'), 2.25, 'fi')).toBe('2,3 (Heikosti)');
    expect(valueText(grid(1, 1, 'rating'), 2.5, 'en')).toBe('2.5 (Moderately)');
    expect(TABLE_CELL_LIMIT).toBe(2500);
    const full = dataTable(grid(50, 50, 'count'), 'T', 'fi');
    expect(full.columns).toHaveLength(51);
    expect(full.caption).toBe('T: tiedot taulukkona');
    const summary = dataTable(grid(51, 50, 'rating'), 'T', 'fi');
    expect(summary.columns).toEqual([
      'Rivi',
      'Soluja, joissa arvo',
      'Pienin',
      'Suurin',
      'Keskiarvo',
    ]);
    expect(summary.caption).toMatch(/Soluja on 2\s550/);
    expect(summary.rows).toHaveLength(51);
  });

  it('states the highest and lowest cells, ties and missing cells in the key finding', () => {
    const text = keyFinding(themeHeatmapFromThemeCounts(), 'fi');
    expect(text).toContain('10 riviä × 15 saraketta.');
    expect(text).toContain('Suurin arvo 7: Espoo, Yhteistyön rakenteet ja toimintatavat.');
    expect(text).toMatch(/Pienin arvo 0: Espoo, Ikääntyneiden palvelut; .* ja \d+ muuta solua\./);
    expect(text).toContain('Ei tietoa 105/150 solussa.');
    const empty = keyFinding(
      {
        ...grid(2, 2, 'count'),
        values: [
          [null, null],
          [null, null],
        ],
      },
      'en',
    );
    expect(empty).toBe('2 rows × 2 columns. No cell has a value. No data in 4/4 cells.');
  });
});
