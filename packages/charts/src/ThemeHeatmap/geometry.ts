/** Cell geometry of a computed heatmap, pure: pointer → cell, a cell's box, and every label box. */
import { measureText } from '../text/measureText';
import type { LabelBox } from './axisLabels';
import type { GridGeometry } from './cells';
import { rowAt, rowHeightOf, rowTop } from './rows';
import type { HeatmapFrame, HeatmapLayout } from './layoutTypes';

/** The cell of one grid (panel) under a point in chart coordinates (row-major index), or null. O(log rows). */
export function cellIndexAt(grid: GridGeometry, x: number, y: number): number | null {
  const column = Math.floor((x - grid.x) / grid.cellWidth);
  const row = rowAt(grid, y);
  if (!(column >= 0 && column < grid.columns && row >= 0 && row < grid.rows)) return null;
  return row * grid.columns + column;
}

/** The box of a cell of one grid (panel; row-major index), in chart coordinates. */
export function cellBox(grid: GridGeometry, index: number): LabelBox {
  const row = Math.floor(index / grid.columns);
  const column = index % grid.columns;
  return {
    x: grid.x + column * grid.cellWidth + grid.gap / 2,
    y: rowTop(grid, row) + grid.gap / 2,
    width: Math.max(0, grid.cellWidth - grid.gap),
    height: Math.max(0, rowHeightOf(grid, row) - grid.gap),
  };
}

type Panels = Pick<HeatmapFrame, 'panels' | 'data'>;

/** The drawn cell under a point (row-major index over all drawn columns), or null. O(panels). */
export function heatmapCellAt(layout: Panels, x: number, y: number): number | null {
  const columns = layout.data.columns.length;
  for (const panel of layout.panels) {
    const local = cellIndexAt(panel.grid, x, y);
    if (local === null) continue;
    const row = Math.floor(local / panel.grid.columns);
    return row * columns + panel.firstColumn + (local % panel.grid.columns);
  }
  return null;
}

/** The box of a drawn cell (row-major index over all drawn columns), in the panel that holds it. */
export function heatmapCellBox(layout: Panels, index: number): LabelBox {
  const columns = Math.max(1, layout.data.columns.length);
  const row = Math.floor(index / columns);
  const column = index % columns;
  const panel =
    layout.panels.find((p) => column >= p.firstColumn && column < p.firstColumn + p.grid.columns) ??
    layout.panels[0];
  if (!panel) return { x: 0, y: 0, width: 0, height: 0 };
  return cellBox(panel.grid, row * panel.grid.columns + column - panel.firstColumn);
}

/** Every text box the chart draws outside the tooltip (axis labels, notes, legend, no-data labels). */
export function labelBoxes(layout: HeatmapLayout): LabelBox[] {
  const { legend } = layout;
  return [
    ...layout.panels.flatMap((p) => [
      ...p.rowLabels.map((l) => l.box),
      ...p.columnLabels.labels.map((l) => l.box),
      ...(p.columnLabels.key ?? []).map((e) => e.box),
    ]),
    ...layout.notes.map((n) => ({
      x: n.x,
      y: n.y,
      width: Math.max(0, ...n.lines.map((l) => measureText(l, n.fontSize))),
      height: n.lines.length * n.lineHeight,
    })),
    ...legend.entries.map((e) => e.box),
    ...(legend.title
      ? [
          {
            x: legend.title.x,
            y: legend.title.y,
            width: measureText(legend.title.text, legend.fontSize),
            height: legend.lineHeight,
          },
        ]
      : []),
    ...layout.marks.flatMap((m) => m.missingLabels.map((l) => l.box)),
  ];
}
