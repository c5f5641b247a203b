// ThemeHeatmap's rows of their own heights (rows.ts, internal) on the INVENTED stress fixtures
// (tests/fixtures/stress): a row is as tall as its own label needs, so a narrow chart is not every row
// times the tallest label.
import { describe, expect, it } from 'vitest';
import { cellBox, computeThemeHeatmapLayout, heatmapCellAt } from '@yhdyspinta/charts';
import { heatmapCounts, heatmapRatings } from '../fixtures/stress/heatmap';
import { rowHeightOf, rowTop } from '../../packages/charts/src/ThemeHeatmap/rows';
import { options } from '../support/heatmapGrids';

describe('rows of their own heights', () => {
  it.each([
    ['12 × 25 ratings, fi', () => heatmapRatings('fi'), 3000],
    ['26 × 14 counts, sv', () => heatmapCounts('sv'), 3000],
  ] as const)('%s at 320 px: short labels make short rows', (_, data, limit) => {
    const layout = computeThemeHeatmapLayout(data(), options(320));
    // Was 7 910 px (12 × 25) and 5 115 px (26 × 14) with every row as tall as the tallest label.
    expect(layout.height).toBeLessThan(limit);
    const grid = layout.panels[0]!.grid;
    const heights = Array.from({ length: grid.rows }, (_r, r) => rowHeightOf(grid, r));
    expect(Math.min(...heights)).toBeLessThan(Math.max(...heights));
    // Each row label fits its own row and is centred on it.
    for (const label of layout.panels[0]!.rowLabels) {
      const top = rowTop(grid, label.index);
      const bottom = rowTop(grid, label.index + 1);
      expect(label.box.y).toBeGreaterThanOrEqual(top - 0.01);
      expect(label.box.y + label.box.height).toBeLessThanOrEqual(bottom + 0.01);
      expect(Math.abs(label.box.y + label.box.height / 2 - (top + bottom) / 2)).toBeLessThan(0.01);
    }
  });

  it('maps every cell centre back to its cell and boxes it in its own row', () => {
    const layout = computeThemeHeatmapLayout(heatmapRatings('fi'), options(320));
    const columns = layout.data.columns.length;
    let checked = 0;
    for (const panel of layout.panels) {
      for (let r = 0; r < panel.grid.rows; r += 1) {
        for (let c = 0; c < panel.grid.columns; c += 1) {
          const box = cellBox(panel.grid, r * panel.grid.columns + c);
          expect(box.height).toBeCloseTo(rowHeightOf(panel.grid, r) - panel.grid.gap, 6);
          const index = heatmapCellAt(layout, box.x + box.width / 2, box.y + box.height / 2);
          expect(index).toBe(r * columns + panel.firstColumn + c);
          checked += 1;
        }
      }
    }
    expect(checked).toBe(layout.data.rows.length * columns);
  });
});
