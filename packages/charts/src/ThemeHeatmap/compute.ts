/**
 * ThemeHeatmap's layout, pure: (valid data, size, options, theme, locale) → every position, label and path
 * the component draws (geometry.ts has the O(1) pointer → cell lookup). No React, no DOM.
 *
 * Layout, top to bottom: header (title, notes), column labels (horizontal, or −90° and thinned), the grid
 * (row labels on its left), the legend. With a fixed height the rows share what is left; otherwise each
 * row is one label line tall (up to three lines for long labels in short grids) and the grid is at most
 * 1.25 × the width tall (rows shrink to at least MIN_ROW_HEIGHT px in very long grids).
 */
import type { Locale } from '@yhdyspinta/data';
import { layoutSwatchLegend } from '../common/swatchLegendLayout';
import type { SwatchLegendLayout } from '../common/swatchLegendLayout';
import { layoutChartHeader } from '../layout/chartHeader';
import type { ChartFrame } from '../layout/layoutInput';
import { commonMessages } from '../locale/common';
import { measureText } from '../text/measureText';
import { wrapText } from '../text/wrapText';
import type { ChartTheme } from '../theme/ChartTheme';
import { layoutColumnLabels, layoutRowLabels } from './axisLabels';
import type { AxisLabel, ColumnLabels, RowLabels } from './axisLabels';
import { layoutCellMarks } from './cells';
import type { CellMarks, GridGeometry } from './cells';
import { colorBands } from './colorBands';
import type { ColorBands } from './colorBands';
import { headerNotes, legendItems, valueFormatter, valueLabel } from './describe';
import type { HeatmapData } from './types';

export const MIN_ROW_HEIGHT = 2;
/** Row labels wrap to at most this many lines; longer ones are cut (full text in the tooltip). */
export const ROW_LABEL_MAX_LINES = 3;

export interface HeatmapOptions {
  readonly width: number;
  /** Fixed height; omit for the natural height. */
  readonly height?: number;
  readonly locale: Locale;
  readonly theme: ChartTheme;
  readonly title: string;
  readonly hideTitle?: boolean;
  readonly illustrative?: boolean;
  /** Fill of missing cells in the legend, e.g. `url(#hatch)` (default: the theme's missing fill). */
  readonly missingFill?: string;
}

export interface HeatmapFrame extends ChartFrame {
  /** The height the chart would take without a fixed height. */
  readonly naturalHeight: number;
  readonly grid: GridGeometry & { readonly width: number; readonly height: number };
  readonly bands: ColorBands;
  readonly columnLabels: ColumnLabels;
  readonly legend: SwatchLegendLayout;
  readonly labelFontSize: number;
  readonly labelLineHeight: number;
  readonly rowLabelWidth: number;
}

export interface HeatmapLayout extends HeatmapFrame {
  readonly rowLabels: RowLabels;
  readonly marks: CellMarks;
}

function maxValue(data: HeatmapData): number {
  let max = 0;
  for (const row of data.values) for (const v of row) if (v !== null && v > max) max = v;
  return max;
}

function hasMissing(data: HeatmapData): boolean {
  return data.values.some((row) => row.some((v) => v === null));
}

function shift(labels: ColumnLabels, dy: number): ColumnLabels {
  const move = (l: AxisLabel): AxisLabel => ({
    ...l,
    y: l.y + dy,
    box: { ...l.box, y: l.box.y + dy },
  });
  return { ...labels, labels: labels.labels.map(move) };
}

/** Everything but the row labels and the cell marks: enough for the natural height. */
export function layoutHeatmapFrame(data: HeatmapData, options: HeatmapOptions): HeatmapFrame {
  const { width, locale, theme } = options;
  const { spacing } = theme;
  const pad = spacing.md;
  const fontSize = theme.fontSize.label;
  const lineHeight = fontSize * theme.lineHeight;
  const rows = data.rows.length;
  const columns = data.columns.length;
  const fixedHeight =
    options.height !== undefined && options.height > 0 ? options.height : undefined;

  const header = layoutChartHeader({
    title: options.title,
    hideTitle: options.hideTitle,
    notes: headerNotes(data, locale, options.illustrative ?? false),
    width,
    theme,
  });

  // Row label column: as wide as the longest label, at most a third of the chart.
  let longestRow = 0;
  for (const row of data.rows) longestRow = Math.max(longestRow, measureText(row.label, fontSize));
  const rowLabelWidth = Math.max(1, Math.min(longestRow, Math.max(4 * fontSize, width / 3)));
  const gridX = pad + rowLabelWidth + spacing.sm;
  const gridWidth = Math.max(1, width - pad - gridX);
  const cellWidth = gridWidth / columns;

  // Rotated column labels: at most 12 em or 40 % of the width long (two lines where columns allow).
  const maxLength = Math.max(3 * fontSize, Math.min(fontSize * 12, width * 0.4));
  const columnLabelsAt0 = layoutColumnLabels({
    labels: data.columns.map((c) => c.label),
    left: gridX,
    cellWidth,
    bottom: 0,
    maxLength,
    gap: spacing.xs,
    fontSize,
    lineHeight,
    overhang: spacing.sm / 2,
  });
  const gridTop = header.height + columnLabelsAt0.height + spacing.sm;
  const columnLabels = shift(columnLabelsAt0, gridTop - spacing.sm / 2);

  const bands = colorBands(data.kind, maxValue(data), theme);
  const items = legendItems(
    data,
    bands,
    locale,
    options.missingFill ?? theme.missing.fill,
    hasMissing(data),
  );
  const legendAt = (top: number) =>
    layoutSwatchLegend({
      title: valueLabel(data, locale),
      items,
      x: pad,
      width: width - 2 * pad,
      top,
      theme,
    });
  const legendHeight = legendAt(0).bottom;

  // Natural row height: one label line; more for long labels in short grids; capped total grid height.
  let naturalRow = lineHeight + spacing.sm;
  if (rows <= 60 && longestRow > rowLabelWidth) {
    let lines = 1;
    for (const row of data.rows) {
      const wrapped = wrapText(row.label, {
        maxWidth: rowLabelWidth,
        fontSize,
        maxLines: ROW_LABEL_MAX_LINES,
      });
      lines = Math.max(lines, wrapped.lines.length);
    }
    naturalRow = Math.max(naturalRow, lines * lineHeight + spacing.xs);
  }
  const maxGridHeight = Math.max(width * 1.25, 320);
  if (naturalRow * rows > maxGridHeight)
    naturalRow = Math.max(MIN_ROW_HEIGHT, maxGridHeight / rows);
  const naturalHeight = Math.ceil(gridTop + naturalRow * rows + spacing.md + legendHeight + pad);

  const height = fixedHeight ?? naturalHeight;
  const rowHeight =
    fixedHeight === undefined
      ? naturalRow
      : Math.max(0.5, (height - pad - legendHeight - spacing.md - gridTop) / rows);
  const gridHeight = rowHeight * rows;
  const minSide = Math.min(cellWidth, rowHeight);
  const gap = minSide >= 16 ? 2 : minSide >= 8 ? 1 : 0;
  const legend = legendAt(gridTop + gridHeight + spacing.md);

  return {
    width,
    height,
    naturalHeight,
    header,
    grid: {
      x: gridX,
      y: gridTop,
      width: gridWidth,
      height: gridHeight,
      cellWidth,
      rowHeight,
      rows,
      columns,
      gap,
    },
    bands,
    columnLabels,
    legend,
    labelFontSize: fontSize,
    labelLineHeight: lineHeight,
    rowLabelWidth,
  };
}

/** The full layout: frame, row labels and cell marks. */
export function computeThemeHeatmapLayout(
  data: HeatmapData,
  options: HeatmapOptions,
): HeatmapLayout {
  const frame = layoutHeatmapFrame(data, options);
  const { theme, locale } = options;
  const { grid } = frame;
  const rowLabels = layoutRowLabels({
    labels: data.rows.map((r) => r.label),
    right: grid.x - theme.spacing.sm,
    maxWidth: frame.rowLabelWidth,
    top: grid.y,
    rowHeight: grid.rowHeight,
    fontSize: frame.labelFontSize,
    lineHeight: frame.labelLineHeight,
    maxLines: ROW_LABEL_MAX_LINES,
    // Column labels end sm/2 above the grid and the legend starts md below it.
    overhang: theme.spacing.sm / 2,
  });
  const small = theme.fontSize.small;
  const marks = layoutCellMarks({
    grid,
    values: data.values,
    bands: frame.bands,
    format: valueFormatter(data, locale),
    valueFontSizes: [theme.fontSize.value, small],
    padding: theme.spacing.xs,
    noData: {
      text: commonMessages(locale).noData,
      fontSize: small,
      lineHeight: small * theme.lineHeight,
    },
  });
  return { ...frame, rowLabels, marks };
}
