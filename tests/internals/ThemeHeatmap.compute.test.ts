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
import { collapseEmpty, transposeData } from '../../packages/charts/src/ThemeHeatmap/arrange';
import { countBreaks, niceBreak } from '../../packages/charts/src/ThemeHeatmap/colorBands';
import {
  keyFinding,
  valueFormatter,
  valueText,
} from '../../packages/charts/src/ThemeHeatmap/describe';
import { dataTable } from '../../packages/charts/src/ThemeHeatmap/table';
import { grid, options } from '../support/heatmapGrids';

describe('colour bands', () => {
  it('breaks counts at nice quantiles of the positive values, each distinct value its own band when few', () => {
    expect(countBreaks([1, 2, 3], 5)).toEqual([2, 3]);
    expect(countBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 87], 4)).toEqual([4, 6, 8]);
    expect(niceBreak(7)).toBe(7);
    expect(niceBreak(99.2)).toBe(100);
    expect(niceBreak(1234)).toBe(1200);
    const many = Array.from({ length: 1000 }, (_, i) => i + 1);
    expect(countBreaks(many, 4)).toEqual([250, 500, 750]);
    // Six ramp steps: 0 and five positive bands at the quantiles of 1…7.
    const ramp = ['#FFFFFF', '#CCCCCC', '#999999', '#777777', '#555555', '#333333'];
    const bands = colorBands('count', [0, 1, 2, 3, 4, 5, 6, 7], {
      ...defaultTheme,
      sequential: ramp,
    });
    expect(bands.bands.map((b) => [b.min, b.max])).toEqual([
      [0, 0],
      [1, 2],
      [3, 3],
      [4, 4],
      [5, 5],
      [6, 7],
    ]);
    expect(bands.bands.map((b) => b.color)).toEqual(ramp);
  });
});

describe('arrangement', () => {
  it('collapses all-missing rows, then all-missing columns of the rows left, keeping n and details', () => {
    const data = {
      ...grid(3, 3, 'count'),
      values: [
        [null, null, null],
        [1, null, 2],
        [0, null, null],
      ],
      details: [
        [['a'], [], []],
        [['b'], [], ['c']],
        [[], [], []],
      ],
    };
    const c = collapseEmpty(data);
    expect(c.emptyRows.map((r) => r.id)).toEqual(['r0']);
    expect(c.emptyColumns.map((r) => r.id)).toEqual(['c1']);
    expect(c.data.values).toEqual([
      [1, 2],
      [0, null],
    ]);
    expect(c.data.details).toEqual([
      [['b'], ['c']],
      [[], []],
    ]);
    const none = { ...data, values: data.values.map((row) => row.map(() => null)) };
    expect(collapseEmpty(none).data).toBe(none);
  });

  it('transposes values, n, details and the axis titles', () => {
    const data = {
      ...grid(2, 3, 'rating'),
      n: [
        [1, 2, 3],
        [4, 5, 6],
      ],
      rowsTitle: 'R',
      columnsTitle: 'C',
    };
    const t = transposeData(data);
    expect(t.rows).toBe(data.columns);
    expect(t.n).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
    expect(t.values[2]).toEqual([data.values[0]?.[2], data.values[1]?.[2]]);
    expect([t.rowsTitle, t.columnsTitle]).toEqual(['C', 'R']);
    expect(transposeData(t).values).toEqual(data.values);
  });
});

describe('cell marks', () => {
  it('prints the values one row at a time, every value once, per text colour', () => {
    const data = grid(10, 10, 'rating', 3);
    const layout = computeThemeHeatmapLayout(data, options(800, defaultTheme, 600));
    const valueGroups = layout.marks[0]?.valueGroups ?? [];
    expect(layout.valueFontSize).not.toBeNull();
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

  it('names a cell whose row is a sentence without its full stop before the comma', () => {
    const base = grid(1, 1, 'count');
    const data = {
      ...base,
      rows: [{ id: 'g', label: 'Kunnat ja hyvinvointialue sopivat tavoitteista.' }],
      values: [[3]],
    };
    const text = keyFinding(data, 'fi');
    expect(text).toContain(
      `Kunnat ja hyvinvointialue sopivat tavoitteista, ${base.columns[0]?.label}`,
    );
    expect(text).not.toContain('.,');
  });
});
