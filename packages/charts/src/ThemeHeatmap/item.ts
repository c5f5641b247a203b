// What ThemeHeatmap's events, custom tooltip and highlight speak of: a cell.
import type { MarkItem } from '../chart/markItems';
import { heatmapCellBox } from './geometry';
import type { HeatmapLayout } from './layoutTypes';

/** A cell as onActiveChange, onSelect and renderTooltip receive it (rows and columns as drawn). */
export interface ThemeHeatmapItemInfo {
  /** "<row id>/<column id>". */
  readonly id: string;
  readonly row: { readonly id: string; readonly label: string };
  readonly column: { readonly id: string; readonly label: string };
  /** The cell's value, or null when there is none. */
  readonly value: number | null;
}

/** Cell `index` (row-major, as drawn) as a mark: highlighted by its row's or its column's id. */
export function heatmapMarkItem(
  layout: HeatmapLayout,
  index: number,
): MarkItem<ThemeHeatmapItemInfo> | undefined {
  const { data } = layout;
  const columns = data.columns.length;
  if (columns === 0) return undefined;
  const row = data.rows[Math.floor(index / columns)];
  const column = data.columns[index % columns];
  if (!row || !column) return undefined;
  const value = data.values[Math.floor(index / columns)]?.[index % columns];
  return {
    item: {
      id: `${row.id}/${column.id}`,
      row: { id: row.id, label: row.label },
      column: { id: column.id, label: column.label },
      value: typeof value === 'number' ? value : null,
    },
    box: heatmapCellBox(layout, index),
    keys: [row.id, column.id],
  };
}
