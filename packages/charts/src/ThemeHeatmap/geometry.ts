/** Cell geometry of a computed heatmap, pure: pointer → cell in O(1), a cell's box, and every label box. */
import { measureText } from '../text/measureText';
import type { LabelBox } from './axisLabels';
import type { GridGeometry } from './cells';
import type { HeatmapLayout } from './compute';

/** The cell under a point in chart coordinates (row-major index), or null outside the grid. O(1). */
export function cellIndexAt(grid: GridGeometry, x: number, y: number): number | null {
  const column = Math.floor((x - grid.x) / grid.cellWidth);
  const row = Math.floor((y - grid.y) / grid.rowHeight);
  if (!(column >= 0 && column < grid.columns && row >= 0 && row < grid.rows)) return null;
  return row * grid.columns + column;
}

/** The box of a cell (row-major index), in chart coordinates. */
export function cellBox(grid: GridGeometry, index: number): LabelBox {
  const row = Math.floor(index / grid.columns);
  const column = index % grid.columns;
  return {
    x: grid.x + column * grid.cellWidth + grid.gap / 2,
    y: grid.y + row * grid.rowHeight + grid.gap / 2,
    width: Math.max(0, grid.cellWidth - grid.gap),
    height: Math.max(0, grid.rowHeight - grid.gap),
  };
}

/** Every text box the chart draws outside the tooltip (axis labels, legend, no-data labels), for collision checks. */
export function labelBoxes(layout: HeatmapLayout): LabelBox[] {
  return [
    ...layout.rowLabels.labels.map((l) => l.box),
    ...layout.columnLabels.labels.map((l) => l.box),
    ...layout.legend.entries.map((e) => e.box),
    ...(layout.legend.title
      ? [
          {
            x: layout.legend.title.x,
            y: layout.legend.title.y,
            width: measureText(layout.legend.title.text, layout.legend.fontSize),
            height: layout.legend.lineHeight,
          },
        ]
      : []),
    ...layout.marks.missingLabels.map((l) => l.box),
  ];
}
