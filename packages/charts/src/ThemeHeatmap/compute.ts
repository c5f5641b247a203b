/**
 * ThemeHeatmap's layout, pure: (valid data, size, options, theme, locale) → every position, label and path
 * the component draws (geometry.ts has the pointer → cell lookup). No React, no DOM.
 *
 * Layout, top to bottom: header (title, notes); for each panel of columns its column labels and the grid
 * (row labels on its left); the notes under the grid (rows left out for having no value, where the
 * values are when they do not fit the cells); the legend.
 *
 * Nothing is dropped and no text is smaller than the theme's label size: every row and column is labelled,
 * each row as tall as its label needs. Columns too many to label side by side (even at 45°) are split into
 * panels one under another. Without a fixed height the chart grows to its natural height; at a fixed height
 * the rows grow to fill it, or, when they do not fit, the chart is drawn at its natural height and `fit`
 * says so with pages of rows that do fit (layout/fitReport.ts).
 */
import { layoutChartHeader } from '../layout/chartHeader';
import { commonMessages } from '../locale/common';
import { collapseEmpty, transposeData } from './arrange';
import type { CollapsedData } from './arrange';
import { layoutCellMarks } from './cells';
import { colorBands } from './colorBands';
import { emptyLinesNote, headerNotes, valueFormatter, valuesNote } from './describe';
import type { HeatmapFrame, HeatmapLayout, HeatmapOptions } from './layoutTypes';
import type { HeatmapData } from './types';

import { better } from './arrangement';
import { arrangeWithKey } from './keyColumns';
import { presentValues } from './panels';
import type { Shared } from './panels';
export type {
  HeatmapFrame,
  HeatmapLayout,
  HeatmapNote,
  HeatmapOptions,
  HeatmapOrientation,
  HeatmapPanel,
} from './layoutTypes';

/** Everything but the cell marks: enough for the natural height (and the orientation). */
export function layoutHeatmapFrame(data: HeatmapData, options: HeatmapOptions): HeatmapFrame {
  const { width, theme, locale } = options;
  const collapse = options.collapseMissing ?? true;
  const collapsed: CollapsedData =
    collapse === false
      ? { data, emptyRows: [], emptyColumns: [] }
      : collapseEmpty(data, { rows: collapse !== 'columns', columns: collapse !== 'rows' });
  const header = layoutChartHeader({
    title: options.title,
    hideTitle: options.hideTitle,
    notes: [options.subtitle ?? '', ...headerNotes(data, locale, options.illustrative ?? false)],
    width,
    theme,
  });
  const shared: Shared = {
    options,
    collapsed,
    header,
    bands: colorBands(data.kind, presentValues(collapsed.data), theme, options.thresholds),
    noteTexts: [
      ...(collapsed.emptyRows.length > 0
        ? [
            {
              key: 'empty-rows' as const,
              text: emptyLinesNote(data, collapsed.emptyRows, 'rows', locale),
            },
          ]
        : []),
      ...(collapsed.emptyColumns.length > 0
        ? [
            {
              key: 'empty-columns' as const,
              text: emptyLinesNote(data, collapsed.emptyColumns, 'columns', locale),
            },
          ]
        : []),
      { key: 'values' as const, text: valuesNote(locale) },
    ],
  };
  const orientation = options.orientation ?? 'auto';
  const given = collapsed.data;
  if (orientation === 'as-given') return arrangeWithKey(given, false, shared);
  const transposed = arrangeWithKey(transposeData(given), true, shared);
  if (orientation === 'transposed') return transposed;
  return better(arrangeWithKey(given, false, shared), transposed);
}

/** The full layout: the frame and each panel's cell marks. */
export function computeThemeHeatmapLayout(
  data: HeatmapData,
  options: HeatmapOptions,
): HeatmapLayout {
  const frame = layoutHeatmapFrame(data, options);
  const { theme, locale } = options;
  const small = theme.fontSize.small;
  const format = valueFormatter(frame.data, locale);
  const marks = frame.panels.map((panel) =>
    layoutCellMarks({
      grid: panel.grid,
      values: frame.data.values.map((row) =>
        row.slice(panel.firstColumn, panel.firstColumn + panel.grid.columns),
      ),
      bands: frame.bands,
      format,
      valueFontSize: frame.valueFontSize,
      padding: theme.spacing.xs,
      noData: {
        text: commonMessages(locale).noData,
        fontSize: small,
        lineHeight: small * theme.lineHeight,
      },
    }),
  );
  return { ...frame, marks };
}
