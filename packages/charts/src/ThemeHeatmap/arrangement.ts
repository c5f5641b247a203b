/**
 * One arrangement of a heatmap (as given, or transposed), pure: column panels with their labels, row
 * labels, the grid, notes, legend and at a fixed height the fit report; and the score compute.ts uses to
 * choose between the two arrangements.
 */
import { distinctLineLimit } from '../text/distinctLabels';
import { layoutSwatchLegend } from '../common/swatchLegendLayout';
import { fitsWhole, splitPages } from '../layout/fitReport';
import type { FitReport } from '../layout/fitReport';
import { wrapText } from '../text/wrapText';
import { layoutRowLabels, lineCount } from './axisLabels';
import { chooseValueFont } from './valueFont';
import { legendItems, valueFormatter, valueLabel } from './describe';
import type { HeatmapFrame, HeatmapNote, HeatmapPanel } from './layoutTypes';
import type { HeatmapData } from './types';
import { hasMissing, layoutColumns, longest, shiftLabels } from './panels';
import { rowOffsets } from './rows';
import type { Shared } from './panels';

/** Row labels wrap to at most this many lines; longer ones are cut (full text in the tooltip). */
export const ROW_LABEL_MAX_LINES = 4;
/** The most lines row labels get so that cut labels do not read the same. */
export const DISTINCT_ROW_LABEL_MAX_LINES = 10;

/** The frame of one arrangement of the data (as given or transposed). */
export function layoutArrangement(
  data: HeatmapData,
  transposed: boolean,
  shared: Shared,
): HeatmapFrame {
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
  // Cut labels that would read the same (goal texts sharing their opening words) get more lines, all
  // rows alike, until they can be told apart.
  if (lines === ROW_LABEL_MAX_LINES) {
    const wrap = (label: string, maxLines: number) =>
      wrapText(label, { maxWidth: rowLabelWidth, fontSize, maxLines, locale });
    lines = distinctLineLimit(
      data.rows.map((r) => r.label),
      wrap,
      lines,
      DISTINCT_ROW_LABEL_MAX_LINES,
    );
  }
  const gridX = pad + rowLabelWidth + spacing.sm;
  const columns = layoutColumns(data, gridX, width - pad, shared);
  const { cellWidth, perPanel } = columns;
  // Each row as tall as its own label needs (not as the tallest), at least a line and a gap.
  const naturalRows = data.rows.map((row) => {
    const own = wrapText(row.label, { maxWidth: rowLabelWidth, fontSize, maxLines: lines, locale });
    return Math.max(lineHeight + spacing.sm, own.lines.length * lineHeight + spacing.xs);
  });
  // The shortest row decides whether values fit the cells.
  const naturalRow = naturalRows.length > 0 ? Math.min(...naturalRows) : lineHeight + spacing.sm;
  const naturalSum = naturalRows.reduce((a, b) => a + b, 0);
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
  const naturalHeight = Math.ceil(overhead + naturalSum * panelCount);

  const fixed = options.height !== undefined && options.height > 0 ? options.height : undefined;
  let rowHeights = naturalRows;
  let height = naturalHeight;
  let fit: FitReport | undefined;
  if (fixed !== undefined) {
    const available = fixed - overhead;
    if (naturalHeight <= fixed) {
      // Fill the height, every row by the same, but keep cells from growing much taller than wide.
      const extra = (available / panelCount - naturalSum) / Math.max(1, rows);
      rowHeights = naturalRows.map((h) =>
        Math.min(h + extra, Math.max(h, Math.min(cellWidth, 2 * h))),
      );
      height = fixed;
      fit = fitsWhole(naturalHeight, 'rows', rows);
    } else {
      const heights = naturalRows.map((h) => h * panelCount);
      fit = {
        fits: false,
        neededHeight: naturalHeight,
        unit: 'rows',
        total: rows,
        pages: splitPages(heights, available),
      };
    }
  }

  const rowHeight = mostCommon(rowHeights);
  const uniform = rowHeights.every((h) => h === rowHeight);
  const rowTops = uniform ? undefined : rowOffsets(rowHeights);
  const gap = gapFor(Math.min(...rowHeights, rowHeight));
  const panels: HeatmapPanel[] = [];
  let y = header.height;
  columns.labels.forEach((labels, p) => {
    const gridTop = y + labels.height + spacing.sm;
    const firstColumn = p * perPanel;
    const count = Math.min(perPanel, data.columns.length - firstColumn);
    const gridHeight = rowTops ? (rowTops[rows] ?? 0) : rowHeight * rows;
    panels.push({
      firstColumn,
      grid: {
        x: gridX,
        y: gridTop,
        width: cellWidth * count,
        height: gridHeight,
        cellWidth,
        rowHeight,
        rowTops,
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
        rowTops,
        fontSize,
        lineHeight,
        maxLines: lines,
        locale,
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
    truncatedCount: cutLabels(panels),
    keyColumns: columns.labels.some((l) => l.orientation === 'keyed')
      ? (options.keyColumns ?? 1)
      : undefined,
  };
}

/** Labels cut with "…": the rows' (every panel repeats them: counted once), each panel's columns and key. */
function cutLabels(panels: readonly HeatmapPanel[]): number {
  const cut = (labels: readonly { readonly truncated: boolean }[]) =>
    labels.filter((l) => l.truncated).length;
  const rows = cut(panels[0]?.rowLabels ?? []);
  return panels.reduce(
    (n, p) => n + cut(p.columnLabels.labels) + cut(p.columnLabels.key ?? []),
    rows,
  );
}

/** The height most rows have (the first such on a tie). */
function mostCommon(heights: readonly number[]): number {
  const counts = new Map<number, number>();
  let best = heights[0] ?? 0;
  for (const h of heights) {
    const n = (counts.get(h) ?? 0) + 1;
    counts.set(h, n);
    if (n > (counts.get(best) ?? 0)) best = h;
  }
  return best;
}

/** Smaller is better: fits the height, fewer parts, fewer panels, the longer labels on the rows, as given. */
function score(frame: HeatmapFrame): number[] {
  const rows = longest(frame.data.rows, frame.labelFontSize);
  const columns = longest(frame.data.columns, frame.labelFontSize);
  // Ties go to the data as given.
  const longerOnRows = frame.transposed ? rows > columns : rows >= columns;
  const fit = frame.fit;
  // Not fitting a fixed height: the fewer parts the better (no plan at all is worst).
  const parts = !fit || fit.fits ? 0 : fit.pages.length > 0 ? fit.pages.length : Infinity;
  return [fit && !fit.fits ? 1 : 0, parts, frame.panels.length, longerOnRows ? 0 : 1];
}

export function better(a: HeatmapFrame, b: HeatmapFrame): HeatmapFrame {
  const [sa, sb] = [score(a), score(b)];
  for (let i = 0; i < sa.length; i += 1) {
    if ((sa[i] ?? 0) !== (sb[i] ?? 0)) return (sa[i] ?? 0) < (sb[i] ?? 0) ? a : b;
  }
  return a;
}
