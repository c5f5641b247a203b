/**
 * Row and column labels of the heatmap, pure. Every row and every column is labelled (none is thinned
 * out): rows wrap to the lines the row height allows; column labels are horizontal and wrapped when their
 * words fit a column, else drawn at 45° (reading upwards, starting at the column), wrapped to as many
 * lines as the column spacing allows. A label is cut with "…" only past a generous length (the full text
 * is in the tooltip, the cell's accessible name and the data table). No text is rotated 90°. Every label
 * carries its box in chart coordinates (for 45° labels the axis-aligned box of the rotated block).
 */
import type { Locale } from '@yhdyspinta/data';
import type { Box } from '../geometry/box';
import { measureText } from '../text/measureText';
import { longestWordWidth, wrapText } from '../text/wrapText';

/** A label's (or cell's) box: geometry's Box. */
export type LabelBox = Box;

export interface AxisLabel {
  /** The row or column index (in the drawn data). */
  readonly index: number;
  readonly lines: readonly string[];
  /** The label was cut ("…"); its full text is in the tooltip. */
  readonly truncated: boolean;
  /**
   * Rows: x of the right edge (text-anchor end), y of the block's top. Horizontal columns: x of the
   * centre (text-anchor middle), y of the block's top. Diagonal columns: the point the block is rotated
   * about (−45°, text-anchor start); the block is centred across the text on it.
   */
  readonly x: number;
  readonly y: number;
  readonly box: LabelBox;
}

/** cos 45° = sin 45°. */
export const DIAGONAL = Math.SQRT1_2;
const EPSILON = 0.01;

function widest(lines: readonly string[], fontSize: number): number {
  let max = 0;
  for (const line of lines) max = Math.max(max, measureText(line, fontSize));
  return max;
}

/** How many lines a label needs at `maxWidth` (unlimited lines). */
export function lineCount(label: string, maxWidth: number, fontSize: number): number {
  return wrapText(label, { maxWidth, fontSize }).lines.length;
}

export interface RowLabelsInput {
  readonly labels: readonly string[];
  /** Right edge of the label column. */
  readonly right: number;
  readonly maxWidth: number;
  readonly top: number;
  readonly rowHeight: number;
  /** Rows of their own heights: each row's top offset from `top`, then the bottom (see rows.ts). */
  readonly rowTops?: readonly number[];
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly maxLines: number;
  /** The labels' language: overlong words break at its syllables with a hyphen. */
  readonly locale?: Locale;
}

/** Every row's label, wrapped to at most `maxLines` (and what its row's height holds), centred on its row. */
export function layoutRowLabels(input: RowLabelsInput): AxisLabel[] {
  const { labels, right, maxWidth, top, rowHeight, fontSize, lineHeight, rowTops } = input;
  return labels.map((label, index) => {
    const rowY = rowTops ? (rowTops[index] ?? 0) : index * rowHeight;
    const rowSize = rowTops ? (rowTops[index + 1] ?? rowY) - rowY : rowHeight;
    const maxLines = Math.max(
      1,
      Math.min(input.maxLines, Math.floor((rowSize + EPSILON) / lineHeight)),
    );
    const { lines, truncated } = wrapText(label, {
      maxWidth,
      fontSize,
      maxLines,
      locale: input.locale,
    });
    const height = lines.length * lineHeight;
    const y = top + rowY + rowSize / 2 - height / 2;
    const width = widest(lines, fontSize);
    return { index, lines, truncated, x: right, y, box: { x: right - width, y, width, height } };
  });
}

export interface ColumnLabelsInput {
  readonly labels: readonly string[];
  /** Index of the first label in the drawn data (panels after the first start later). */
  readonly first: number;
  readonly left: number;
  readonly cellWidth: number;
  /** y of the labels' bottom edge (just above the grid). */
  readonly bottom: number;
  /** Longest line of a diagonal label, in px (past it, and past the lines the spacing allows, "…"). */
  readonly maxLength: number;
  /** Gap kept between horizontal labels. */
  readonly gap: number;
  readonly fontSize: number;
  readonly lineHeight: number;
}

/** One entry of the key: its number and the column's label, wrapped. */
export interface ColumnKeyEntry {
  /** The column index (in the drawn data). */
  readonly index: number;
  /** The number heading the column, e.g. "1". */
  readonly marker: string;
  /** x of the marker's left edge, y of the entry's top. */
  readonly markerX: number;
  /** x of the text's left edge. */
  readonly x: number;
  readonly y: number;
  readonly lines: readonly string[];
  readonly truncated: boolean;
  readonly box: LabelBox;
}

export interface ColumnLabels {
  /** 'keyed': numbers over the columns and a key of their labels above (columnKey.ts). */
  readonly orientation: 'horizontal' | 'diagonal' | 'keyed';
  readonly labels: readonly AxisLabel[];
  /** The key of 'keyed' labels (else absent). */
  readonly key?: readonly ColumnKeyEntry[];
  /** Height of the label band above the grid. */
  readonly height: number;
  /** How far the labels reach right of the last column's right edge (diagonal labels), ≥ 0. */
  readonly overhangRight: number;
}

const HORIZONTAL_MAX_LINES = 3;
const DIAGONAL_MAX_LINES = 3;

/** Horizontal labels when every label's words fit its column in at most three lines; else null. */
function horizontal(input: ColumnLabelsInput): ColumnLabels | null {
  const { labels, left, cellWidth, bottom, gap, fontSize, lineHeight } = input;
  const maxWidth = cellWidth - gap;
  if (maxWidth < 2 * lineHeight) return null;
  const wrapped: string[][] = [];
  for (const label of labels) {
    if (longestWordWidth(label, fontSize) > maxWidth) return null;
    const w = wrapText(label, { maxWidth, fontSize, maxLines: HORIZONTAL_MAX_LINES });
    if (w.truncated) return null;
    wrapped.push(w.lines);
  }
  const height = Math.max(1, ...wrapped.map((lines) => lines.length)) * lineHeight;
  const out = wrapped.map((lines, i): AxisLabel => {
    const blockHeight = lines.length * lineHeight;
    const width = widest(lines, fontSize);
    const x = left + (i + 0.5) * cellWidth;
    const y = bottom - blockHeight;
    return {
      index: input.first + i,
      lines,
      truncated: false,
      x,
      y,
      box: { x: x - width / 2, y, width, height: blockHeight },
    };
  });
  return { orientation: 'horizontal', labels: out, height, overhangRight: 0 };
}

/** Lines a diagonal label may have: as many as the spacing of the columns across the text holds. */
export function diagonalLines(cellWidth: number, lineHeight: number): number {
  return Math.min(DIAGONAL_MAX_LINES, Math.floor((cellWidth * DIAGONAL + EPSILON) / lineHeight));
}

/**
 * Labels at −45°, each starting just above its column's centre and reading up to the right; wrapped into
 * balanced lines where the spacing allows. Neighbours are `cellWidth · cos 45°` apart across the text, so
 * they never overlap while each block is at most that thick.
 */
function diagonal(input: ColumnLabelsInput): ColumnLabels {
  const { labels, left, cellWidth, bottom, fontSize, lineHeight } = input;
  const maxLines = Math.max(1, diagonalLines(cellWidth, lineHeight));
  const right = left + cellWidth * labels.length;
  const out: AxisLabel[] = [];
  let height = 0;
  let overhang = 0;
  labels.forEach((label, i) => {
    const length = measureText(label, fontSize);
    const balanced = Math.max(longestWordWidth(label, fontSize), (length / maxLines) * 1.1);
    const maxWidth = Math.max(
      fontSize,
      Math.min(input.maxLength, maxLines > 1 ? balanced : length),
    );
    const { lines, truncated } = wrapText(label, { maxWidth, fontSize, maxLines });
    const along = widest(lines, fontSize);
    const across = lines.length * lineHeight;
    // The block's lowest corner (its start, on the far side across) touches `bottom`.
    const x = left + (i + 0.5) * cellWidth;
    const y = bottom - (across / 2) * DIAGONAL;
    const box = {
      x: x - (across / 2) * DIAGONAL,
      y: bottom - (along + across) * DIAGONAL,
      width: (along + across) * DIAGONAL,
      height: (along + across) * DIAGONAL,
    };
    out.push({ index: input.first + i, lines, truncated, x, y, box });
    height = Math.max(height, box.height);
    overhang = Math.max(overhang, box.x + box.width - right);
  });
  return { orientation: 'diagonal', labels: out, height, overhangRight: overhang };
}

/** Column labels: horizontal (wrapped) when they fit, else at 45°. */
export function layoutColumnLabels(input: ColumnLabelsInput): ColumnLabels {
  return horizontal(input) ?? diagonal(input);
}
