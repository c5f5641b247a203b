/** The hidden data table of ThemeHeatmap, pure: every value, or one summary line per row for large grids. */
import type { Locale } from '@yhdyspinta/data';
import type { DataTable } from '../a11y/HiddenDataTable';
import { formatNumber, formatScore } from '../locale/format';
import { commonMessages } from '../locale/common';
import { themeHeatmapMessages } from '../locale/themeHeatmap';
import { valueFormatter } from './describe';
import type { HeatmapData } from './types';

/**
 * Up to this many cells the hidden table lists every value (rows × columns); above it a table of a few
 * thousand cells is slow to render and impractical to read cell by cell with a screen reader, so it lists
 * one summary line per row and the caption says so (single values stay reachable with the arrow keys).
 */
export const TABLE_CELL_LIMIT = 2500;

/** The hidden data table: every value up to TABLE_CELL_LIMIT cells, else one summary per row. */
export function dataTable(data: HeatmapData, title: string, locale: Locale): DataTable {
  const m = { common: commonMessages(locale), themeHeatmap: themeHeatmapMessages(locale) };
  const h = m.themeHeatmap;
  const rowsTitle = data.rowsTitle ?? h.rowsTitle;
  const cells = data.rows.length * data.columns.length;
  const format = valueFormatter(data, locale);
  const caption = m.common.dataTable(title);
  if (cells <= TABLE_CELL_LIMIT) {
    return {
      caption,
      columns: [rowsTitle, ...data.columns.map((c) => c.label)],
      rows: data.rows.map((row, r) => ({
        key: row.id,
        header: row.label,
        cells: (data.values[r] ?? []).map((v) => (v === null ? m.common.noData : format(v))),
      })),
    };
  }
  const s = h.summaryColumns;
  return {
    caption: `${caption}. ${h.summaryCaption(formatNumber(cells, locale))}`,
    columns: [rowsTitle, s.withData, s.min, s.max, data.kind === 'rating' ? s.mean : s.sum],
    rows: data.rows.map((row, r) => {
      const present = (data.values[r] ?? []).filter((v): v is number => v !== null);
      const sum = present.reduce((a, b) => a + b, 0);
      const none = m.common.noData;
      return {
        key: row.id,
        header: row.label,
        cells: [
          `${formatNumber(present.length, locale)}/${formatNumber(data.columns.length, locale)}`,
          present.length ? format(Math.min(...present)) : none,
          present.length ? format(Math.max(...present)) : none,
          !present.length
            ? none
            : data.kind === 'rating'
              ? formatScore(sum / present.length, locale)
              : format(sum),
        ],
      };
    }),
  };
}
