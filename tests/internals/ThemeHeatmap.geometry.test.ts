// ThemeHeatmap's cell geometry without React (ThemeHeatmap/geometry.ts): a point to its cell at the grid's
// edges, a cell's box in the panel that holds it, and every text box the chart draws. Illustrative grids;
// every layout is computed inside its test.
import { describe, expect, it } from 'vitest';
import { computeThemeHeatmapLayout, measureText } from '@yhdyspinta/charts';
import {
  cellBox,
  cellIndexAt,
  heatmapCellAt,
  heatmapCellBox,
  labelBoxes,
} from '../../packages/charts/src/ThemeHeatmap/geometry';
import { grid, options } from '../support/heatmapGrids';

describe('ThemeHeatmap geometry', () => {
  it('finds the cell under a point, none on or past the grid’s right and bottom edges', () => {
    const layout = computeThemeHeatmapLayout(grid(3, 4, 'count'), options(600));
    const g = layout.panels[0]?.grid;
    if (!g) throw new Error('no panel');
    const first = cellBox(g, 0);
    expect(cellIndexAt(g, first.x + 1, first.y + 1)).toBe(0);
    const last = cellBox(g, g.rows * g.columns - 1);
    expect(cellIndexAt(g, last.x + 1, last.y + 1)).toBe(g.rows * g.columns - 1);
    const right = g.x + g.columns * g.cellWidth;
    expect(cellIndexAt(g, right - 0.5, first.y + 1)).toBe(g.columns - 1);
    expect(cellIndexAt(g, right, first.y + 1)).toBeNull();
    expect(cellIndexAt(g, g.x - 0.5, first.y + 1)).toBeNull();
    const bottom = last.y + last.height + g.gap / 2;
    expect(cellIndexAt(g, first.x + 1, bottom - 0.5)).toBe((g.rows - 1) * g.columns);
    expect(cellIndexAt(g, first.x + 1, bottom + 0.5)).toBeNull();
    expect(cellIndexAt(g, first.x + 1, first.y - g.gap)).toBeNull();
  });

  it('finds cells and their boxes across panels by the columns each panel holds', () => {
    const layout = computeThemeHeatmapLayout(grid(3, 60, 'count'), {
      ...options(800),
      orientation: 'as-given',
    });
    const panels = layout.panels;
    expect(panels.length).toBeGreaterThan(1);
    const columns = layout.data.columns.length;
    for (const panel of panels) {
      for (const column of [panel.firstColumn, panel.firstColumn + panel.grid.columns - 1]) {
        const index = columns + column; // second row
        const box = heatmapCellBox(layout, index);
        expect(box).toEqual(cellBox(panel.grid, panel.grid.columns + column - panel.firstColumn));
        expect(heatmapCellAt(layout, box.x + 1, box.y + 1)).toBe(index);
      }
    }
    expect(heatmapCellAt(layout, -10, -10)).toBeNull();
    expect(heatmapCellBox({ ...layout, panels: [] }, 0)).toEqual({
      x: 0,
      y: 0,
      width: 0,
      height: 0,
    });
  });

  it('gives every note and the legend title a box as wide as its longest line', () => {
    const layout = computeThemeHeatmapLayout(
      { ...grid(3, 4, 'count'), notes: ['Lyhyt huomautus', 'Toinen huomautus, joka on pidempi'] },
      options(600),
    );
    const boxes = labelBoxes(layout);
    for (const note of layout.notes) {
      const width = Math.max(...note.lines.map((l) => measureText(l, note.fontSize)));
      expect(boxes).toContainEqual({
        x: note.x,
        y: note.y,
        width,
        height: note.lines.length * note.lineHeight,
      });
    }
    const title = layout.legend.title;
    if (!title) throw new Error('no legend title');
    expect(boxes).toContainEqual({
      x: title.x,
      y: title.y,
      width: measureText(title.text, layout.legend.fontSize),
      height: layout.legend.lineHeight,
    });
    const panel = layout.panels[0];
    expect(boxes).toContainEqual(panel?.rowLabels[0]?.box);
    expect(boxes.length).toBeGreaterThan(layout.notes.length + 1);
  });
});
