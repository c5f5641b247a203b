import {
  formatCount,
  municipalityById,
  negotiations2025,
  negotiationPointById,
  themeById,
  themeCounts,
} from '@yhdyspinta/data';
import type { Locale, NegotiationMemo, ThemeCountMatrix } from '@yhdyspinta/data';
import { formatNumber } from '../../locale/format';
import { themeHeatmapMessages } from '../../locale/themeHeatmap';
import { themeHeatmapDataMessages } from '../../locale/themeHeatmapData';
import type { HeatmapData } from '../types';

/**
 * HeatmapData from a municipality × theme matrix of @yhdyspinta/data (default: `themeCounts()`, the
 * coded 2025 §14 negotiation memos): rows are the municipalities (names in `locale`, source order),
 * columns the themes (names in `locale`), values the number of memo points coded to each theme — null
 * where the municipality has no memo (no data, never 0). `details` holds each cell's point texts (Finnish,
 * verbatim) for the tooltip. The notes say what the numbers are and how many municipalities have a memo.
 */
export function themeHeatmapFromThemeCounts(
  matrix: ThemeCountMatrix = themeCounts(),
  locale: Locale = 'fi',
  memos: readonly NegotiationMemo[] = negotiations2025,
): HeatmapData {
  const m = themeHeatmapMessages(locale);
  const d = themeHeatmapDataMessages(locale);
  const withMemo = matrix.rowPointCounts.filter((count) => count !== null).length;
  return {
    kind: 'count',
    title: m.title,
    notes: [d.memoNote, d.memoCoverage(formatCount(withMemo, matrix.rows.length, locale))],
    rows: matrix.rows.map((id) => ({ id, label: municipalityById(id)?.name[locale] ?? id })),
    columns: matrix.columns.map((id) => ({ id, label: themeById(id)?.name[locale] ?? id })),
    values: matrix.cells,
    rowsTitle: d.municipalityTitle,
    columnsTitle: d.themeTitle,
    valueLabel: d.pointsLegendTitle,
    unit: d.pointsNoun,
    detailsTitle: d.sourcePoints,
    emptyRowsNote: d.noMemo(formatNumber(matrix.rows.length - withMemo, locale)),
    details: matrix.pointIds.map((row) =>
      row.map((ids) => ids.map((id) => negotiationPointById(id, memos)?.point.text ?? id)),
    ),
  };
}
