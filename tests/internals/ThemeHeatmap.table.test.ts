// ThemeHeatmap's hidden data table without React (ThemeHeatmap/table.ts): every value of a small grid,
// one summary line per row above TABLE_CELL_LIMIT cells (count, least, greatest, sum or mean), missing
// values named. Illustrative grids; every table is made inside its test.
import { describe, expect, it } from 'vitest';
import type { HeatmapData } from '@yhdyspinta/charts';
import { valueFormatter } from '../../packages/charts/src/ThemeHeatmap/describe';
import { dataTable } from '../../packages/charts/src/ThemeHeatmap/table';
import { axisItems } from '../support/heatmapGrids';

/** 51 × 50 = 2 550 cells (above the limit), values from `value(row, column)`. */
function big(
  kind: HeatmapData['kind'],
  value: (row: number, column: number) => number | null,
): HeatmapData {
  const rows = axisItems('r', 51);
  const columns = axisItems('c', 50);
  return { kind, rows, columns, values: rows.map((_, r) => columns.map((__, c) => value(r, c))) };
}

describe('ThemeHeatmap data table', () => {
  it('lists every value of a small grid, "ei tietoa" where there is none', () => {
    const data: HeatmapData = {
      kind: 'count',
      rows: axisItems('r', 2),
      columns: axisItems('c', 2),
      rowsTitle: 'Kunta',
      values: [
        [3, null],
        [0, 12],
      ],
    };
    expect(dataTable(data, 'Teemat', 'fi')).toEqual({
      caption: 'Teemat: tiedot taulukkona',
      columns: ['Kunta', 'c 0', 'c 1'],
      rows: [
        { key: 'r0', header: 'r 0', cells: ['3', 'ei tietoa'] },
        { key: 'r1', header: 'r 1', cells: ['0', '12'] },
      ],
    });
  });

  it('sums each row of a large count grid, over the cells that have a value', () => {
    // Row 0: every column but multiples of 5, value column + 1 (1 … 49 less 5, 10 … 45: sum 1 000);
    // row 1: no value at all; the rest: 2 everywhere.
    const data = big('count', (r, c) => (r === 1 ? null : r === 0 ? (c % 5 === 0 ? null : c) : 2));
    const format = valueFormatter(data, 'fi');
    const table = dataTable(data, 'T', 'fi');
    expect(table.columns).toEqual(['Rivi', 'Soluja, joissa arvo', 'Pienin', 'Suurin', 'Yhteensä']);
    expect(table.rows[0]).toEqual({
      key: 'r0',
      header: 'r 0',
      cells: ['40/50', format(1), format(49), format(1000)],
    });
    expect(table.rows[1]?.cells).toEqual(['0/50', 'ei tietoa', 'ei tietoa', 'ei tietoa']);
    expect(table.rows[2]?.cells).toEqual(['50/50', format(2), format(2), format(100)]);
    expect(table.rows).toHaveLength(51);
  });

  it('averages each row of a large rating grid', () => {
    const data = big('rating', (r, c) =>
      c === 0 ? null : c % 2 === 0 ? 4 : 2 + (r === 3 ? 1 : 0),
    );
    const format = valueFormatter(data, 'sv');
    const table = dataTable(data, 'T', 'sv');
    expect(table.columns.at(-1)).toBe('Medelvärde');
    // 49 values: 24 of 4 and 25 of 2 → mean 146 / 49 ≈ 2,98 → "3,0".
    expect(table.rows[0]?.cells).toEqual(['49/50', format(2), format(4), '3,0']);
    // Row 3: 24 of 4 and 25 of 3 → mean 171 / 49 ≈ 3,49 → "3,5".
    expect(table.rows[3]?.cells.at(-1)).toBe('3,5');
  });
});
