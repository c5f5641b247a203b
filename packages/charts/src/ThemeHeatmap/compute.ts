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
import { layoutSwatchLegend } from '../common/swatchLegendLayout';
import { layoutChartHeader } from '../layout/chartHeader';
import { commonMessages } from '../locale/common';
import type { ChartHeaderLayout } from '../layout/chartHeader';
import { fitsWhole, splitPages } from '../layout/fitReport';
import type { FitReport } from '../layout/fitReport';
import { measureText } from '../text/measureText';
import { wrapText } from '../text/wrapText';
import { collapseEmpty, transposeData } from './arrange';
import type { CollapsedData } from './arrange';
import { DIAGONAL, layoutColumnLabels, layoutRowLabels, lineCount } from './axisLabels';
import type { AxisLabel, ColumnLabels } from './axisLabels';
import { chooseValueFont, layoutCellMarks } from './cells';
import { colorBands } from './colorBands';
import type { ColorBands } from './colorBands';
import {
  emptyLinesNote,
  headerNotes,
  legendItems,
  valueFormatter,
  valueLabel,
  valuesNote,
} from './describe';
import type {
  HeatmapFrame,
  HeatmapLayout,
  HeatmapNote,
  HeatmapOptions,
  HeatmapPanel,
} from './layoutTypes';
import type { HeatmapData } from './types';

export type {
  HeatmapFrame,
  HeatmapLayout,
  HeatmapNote,
  HeatmapOptions,
  HeatmapOrientation,
  HeatmapPanel,
} from './layoutTypes';

/** Row labels wrap to at most this many lines; longer ones are cut (full text in the tooltip). */
export const ROW_LABEL_MAX_LINES = 4;

function presentValues(data: HeatmapData): number[] {
  const out: number[] = [];
  for (const row of data.values) for (const v of row) if (v !== null) out.push(v);
  return out;
}

function hasMissing(data: HeatmapData): boolean {
  return data.values.some((row) => row.some((v) => v === null));
}

function longest(items: readonly { readonly label: string }[], fontSize: number): number {
  let max = 0;
  for (const item of items) max = Math.max(max, measureText(item.label, fontSize));
  return max;
}

function shiftLabels(labels: ColumnLabels, dy: number): ColumnLabels {
  const move = (l: AxisLabel): AxisLabel => ({
    ...l,
    y: l.y + dy,
    box: { ...l.box, y: l.box.y + dy },
  });
  return { ...labels, labels: labels.labels.map(move) };
}

/** What every orientation shares: the given data collapsed, bands, header, legend and notes' texts. */
interface Shared {
  readonly options: HeatmapOptions;
  readonly collapsed: CollapsedData;
  readonly header: ChartHeaderLayout;
  readonly bands: ColorBands;
  readonly noteTexts: readonly { readonly key: HeatmapNote['key']; readonly text: string }[];
}

/** Columns per panel and their labels: all in one panel when they can be labelled side by side. */
function layoutColumns(
  data: HeatmapData,
  gridX: number,
  right: number,
  shared: Shared,
): { perPanel: number; cellWidth: number; labels: ColumnLabels[] } {
  const { theme, width } = shared.options;
  const fontSize = theme.fontSize.label;
  const lineHeight = fontSize * theme.lineHeight;
  const count = data.columns.length;
  const minPitch = lineHeight / DIAGONAL;
  const maxLength = Math.max(8 * fontSize, Math.min(30 * fontSize, width * 0.5));
  const labelsFor = (perPanel: number, cellWidth: number) => {
    const out: ColumnLabels[] = [];
    for (let first = 0; first < count; first += perPanel) {
      out.push(
        layoutColumnLabels({
          labels: data.columns.slice(first, first + perPanel).map((c) => c.label),
          first,
          left: gridX,
          cellWidth,
          bottom: 0,
          maxLength,
          gap: theme.spacing.xs,
          fontSize,
          lineHeight,
        }),
      );
    }
    return out;
  };
  const span = Math.max(1, right - gridX);
  let perPanel = count;
  if (span / count < minPitch) {
    const panels = Math.ceil(count / Math.max(1, Math.floor(span / minPitch)));
    perPanel = Math.ceil(count / panels);
  }
  for (;;) {
    // Diagonal labels reach past the last column: narrow the grid until they stay inside.
    let cellWidth = span / perPanel;
    let labels = labelsFor(perPanel, cellWidth);
    for (let i = 0; i < 4; i += 1) {
      const excess = Math.max(
        ...labels.map((l, p) => {
          const columns = Math.min(perPanel, count - p * perPanel);
          return gridX + columns * cellWidth + l.overhangRight - right;
        }),
      );
      if (excess <= 0.01) break;
      cellWidth = Math.max(1, cellWidth - excess / perPanel);
      labels = labelsFor(perPanel, cellWidth);
    }
    const labelled = labels.every((l) => l.orientation === 'horizontal') || cellWidth >= minPitch;
    if (labelled || perPanel === 1) return { perPanel, cellWidth, labels };
    // One panel more (always fewer columns per panel, so the loop ends at one column a panel).
    const panels = Math.ceil(count / perPanel) + 1;
    perPanel = Math.max(1, Math.min(perPanel - 1, Math.ceil(count / panels)));
  }
}

/** The frame of one arrangement of the data (as given or transposed). */
function layoutArrangement(data: HeatmapData, transposed: boolean, shared: Shared): HeatmapFrame {
  const { options, header, bands } = shared;
  const { width, theme, locale } = options;
  const { spacing } = theme;
  const pad = spacing.md;
  const fontSize = theme.fontSize.label;
  const lineHeight = fontSize * theme.lineHeight;
  const rows = data.rows.length;

  // Row labels: as wide as the longest, at most a third of the chart; as many lines as the longest needs.
  const rowLabelWidth = Math.max(
    1,
    Math.min(longest(data.rows, fontSize), Math.max(6 * fontSize, width / 3)),
  );
  let lines = 1;
  for (const row of data.rows) {
    lines = Math.max(lines, lineCount(row.label, rowLabelWidth, fontSize));
    if (lines >= ROW_LABEL_MAX_LINES) break;
  }
  lines = Math.min(lines, ROW_LABEL_MAX_LINES);
  const gridX = pad + rowLabelWidth + spacing.sm;
  const columns = layoutColumns(data, gridX, width - pad, shared);
  const { cellWidth, perPanel } = columns;
  const naturalRow = Math.max(lineHeight + spacing.sm, lines * lineHeight + spacing.xs);
  const gapFor = (rowHeight: number) => {
    const side = Math.min(cellWidth, rowHeight);
    return side >= 16 ? 2 : side >= 8 ? 1 : 0;
  };

  // Printed values: at a label size the theme allows, if the widest fits a cell.
  const naturalGap = gapFor(naturalRow);
  const valueFontSize = chooseValueFont({
    values: data.values,
    format: valueFormatter(data, locale),
    cellWidth: cellWidth - naturalGap,
    cellHeight: naturalRow - naturalGap,
    sizes: [theme.fontSize.value, theme.fontSize.small].filter((s) => s >= theme.minLabelFontSize),
    padding: spacing.xs,
  });

  const noteSize = theme.fontSize.small;
  const noteLineHeight = noteSize * theme.lineHeight;
  const noteTexts = shared.noteTexts.filter((n) => n.key !== 'values' || valueFontSize === null);
  const noteLines = noteTexts.map(
    (n) => wrapText(n.text, { maxWidth: width - 2 * pad, fontSize: noteSize }).lines,
  );
  const notesHeight = noteLines.reduce(
    (h, l, i) => h + l.length * noteLineHeight + (i > 0 ? spacing.xs : 0),
    0,
  );

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

  const panelCount = columns.labels.length;
  const bandsHeight = columns.labels.reduce((h, l) => h + l.height + spacing.sm, 0);
  const overhead =
    header.height +
    bandsHeight +
    (panelCount - 1) * spacing.lg +
    spacing.md +
    (notesHeight > 0 ? notesHeight + spacing.md : 0) +
    legendHeight +
    pad;
  const naturalHeight = Math.ceil(overhead + naturalRow * rows * panelCount);

  const fixed = options.height !== undefined && options.height > 0 ? options.height : undefined;
  let rowHeight = naturalRow;
  let height = naturalHeight;
  let fit: FitReport | undefined;
  if (fixed !== undefined) {
    const available = fixed - overhead;
    if (naturalHeight <= fixed) {
      // Fill the height, but keep cells from growing much taller than wide.
      const cap = Math.max(naturalRow, Math.min(cellWidth, 2 * naturalRow));
      rowHeight = Math.min(cap, available / (rows * panelCount));
      height = fixed;
      fit = fitsWhole(naturalHeight, 'rows', rows);
    } else {
      const heights = Array.from({ length: rows }, () => naturalRow * panelCount);
      fit = {
        fits: false,
        neededHeight: naturalHeight,
        unit: 'rows',
        total: rows,
        pages: splitPages(heights, available),
      };
    }
  }

  const gap = gapFor(rowHeight);
  const panels: HeatmapPanel[] = [];
  let y = header.height;
  columns.labels.forEach((labels, p) => {
    const gridTop = y + labels.height + spacing.sm;
    const firstColumn = p * perPanel;
    const count = Math.min(perPanel, data.columns.length - firstColumn);
    const gridHeight = rowHeight * rows;
    panels.push({
      firstColumn,
      grid: {
        x: gridX,
        y: gridTop,
        width: cellWidth * count,
        height: gridHeight,
        cellWidth,
        rowHeight,
        rows,
        columns: count,
        gap,
      },
      columnLabels: shiftLabels(labels, gridTop - spacing.sm / 2),
      rowLabels: layoutRowLabels({
        labels: data.rows.map((r) => r.label),
        right: gridX - spacing.sm,
        maxWidth: rowLabelWidth,
        top: gridTop,
        rowHeight,
        fontSize,
        lineHeight,
        maxLines: lines,
      }),
    });
    y = gridTop + gridHeight + (p < panelCount - 1 ? spacing.lg : 0);
  });
  y += spacing.md;
  const notes: HeatmapNote[] = [];
  noteTexts.forEach((n, i) => {
    const noteLinesOf = noteLines[i] ?? [];
    notes.push({
      key: n.key,
      text: n.text,
      lines: noteLinesOf,
      x: pad,
      y,
      fontSize: noteSize,
      lineHeight: noteLineHeight,
    });
    y += noteLinesOf.length * noteLineHeight + spacing.xs;
  });
  if (notes.length > 0) y += spacing.md - spacing.xs;

  return {
    width,
    height,
    header,
    fit,
    data,
    transposed,
    collapsed: { rows: shared.collapsed.emptyRows, columns: shared.collapsed.emptyColumns },
    naturalHeight,
    panels,
    bands,
    legend: legendAt(y),
    notes,
    valueFontSize,
    labelFontSize: fontSize,
    labelLineHeight: lineHeight,
    rowLabelWidth,
  };
}

/** Smaller is better: fits the height, fewer panels, the longer labels on the rows, as given. */
function score(frame: HeatmapFrame): number[] {
  const rows = longest(frame.data.rows, frame.labelFontSize);
  const columns = longest(frame.data.columns, frame.labelFontSize);
  // Ties go to the data as given.
  const longerOnRows = frame.transposed ? rows > columns : rows >= columns;
  return [frame.fit && !frame.fit.fits ? 1 : 0, frame.panels.length, longerOnRows ? 0 : 1];
}

function better(a: HeatmapFrame, b: HeatmapFrame): HeatmapFrame {
  const [sa, sb] = [score(a), score(b)];
  for (let i = 0; i < sa.length; i += 1) {
    if ((sa[i] ?? 0) !== (sb[i] ?? 0)) return (sa[i] ?? 0) < (sb[i] ?? 0) ? a : b;
  }
  return a;
}

/** Everything but the cell marks: enough for the natural height (and the orientation). */
export function layoutHeatmapFrame(data: HeatmapData, options: HeatmapOptions): HeatmapFrame {
  const { width, theme, locale } = options;
  const collapsed: CollapsedData =
    options.collapseMissing === false
      ? { data, emptyRows: [], emptyColumns: [] }
      : collapseEmpty(data);
  const header = layoutChartHeader({
    title: options.title,
    hideTitle: options.hideTitle,
    notes: headerNotes(data, locale, options.illustrative ?? false),
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
  if (orientation === 'as-given') return layoutArrangement(given, false, shared);
  const transposed = layoutArrangement(transposeData(given), true, shared);
  if (orientation === 'transposed') return transposed;
  return better(layoutArrangement(given, false, shared), transposed);
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
