/**
 * Row and column labels of the heatmap, pure. Dense grids show every k-th label (k chosen from the DOM-free
 * text metrics so that no two labels overlap), column labels turn to −90° when they do not fit
 * horizontally, and labels past their room are cut with "…" (the full text is in the tooltip, the cell's
 * accessible name and the data table). Every label carries its box in chart coordinates, so tests can
 * check that no two overlap.
 */
import { measureText } from '../text/measureText';
import { wrapText } from '../text/wrapText';

export interface LabelBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface AxisLabel {
  /** The row or column index. */
  readonly index: number;
  readonly lines: readonly string[];
  /** The label was cut ("…"); its full text is in the tooltip. */
  readonly truncated: boolean;
  /**
   * Rows: x of the right edge (text-anchor end), y of the block's top. Horizontal columns: x of the
   * centre (text-anchor middle), y of the block's top. Vertical columns: the point the text is rotated
   * about (the column's centre at the grid's top edge); the block is centred on it across the text.
   */
  readonly x: number;
  readonly y: number;
  readonly box: LabelBox;
}

export interface RowLabelsInput {
  readonly labels: readonly string[];
  /** Right edge of the label column. */
  readonly right: number;
  readonly maxWidth: number;
  readonly top: number;
  readonly rowHeight: number;
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly maxLines: number;
  /** How far a label may reach above the first row / below the last (free space there). */
  readonly overhang: number;
}

export interface RowLabels {
  /** Every `step`-th row is labelled. */
  readonly step: number;
  readonly labels: readonly AxisLabel[];
}

const EPSILON = 0.01;

/** Longest word of a text in px. */
function longestWord(text: string, fontSize: number): number {
  let max = 0;
  for (const word of text.split(/\s+/)) max = Math.max(max, measureText(word, fontSize));
  return max;
}

function widest(lines: readonly string[], fontSize: number): number {
  let max = 0;
  for (const line of lines) max = Math.max(max, measureText(line, fontSize));
  return max;
}

/**
 * How many rows (or columns) apart labels must be: a label is centred on its row, except that the first
 * and last are pushed inward to stay within `overhang` of the grid; the step leaves room for that push.
 */
function labelStep(lineHeight: number, size: number, overhang: number): number {
  const push = Math.max(0, (lineHeight - size) / 2 - overhang);
  return Math.max(1, Math.ceil((lineHeight + push - EPSILON) / Math.max(size, EPSILON)));
}

/** Every row label that fits: every k-th row where one row is shorter than a line, wrapped where rows are tall. */
export function layoutRowLabels(input: RowLabelsInput): RowLabels {
  const { labels, right, maxWidth, top, rowHeight, fontSize, lineHeight, overhang } = input;
  const bottom = top + rowHeight * labels.length;
  const step = labelStep(lineHeight, rowHeight, overhang);
  const maxLines = Math.max(
    1,
    Math.min(input.maxLines, Math.floor((step * rowHeight + EPSILON) / lineHeight)),
  );
  const out: AxisLabel[] = [];
  let lastBottom = -Infinity;
  for (let i = 0; i < labels.length; i += step) {
    const { lines, truncated } = wrapText(labels[i] ?? '', { maxWidth, fontSize, maxLines });
    const height = lines.length * lineHeight;
    const centre = top + (i + 0.5) * rowHeight;
    const y = Math.max(top - overhang, Math.min(centre - height / 2, bottom + overhang - height));
    if (y < lastBottom - EPSILON || y < top - overhang - EPSILON) continue;
    const width = widest(lines, fontSize);
    out.push({
      index: i,
      lines,
      truncated,
      x: right,
      y,
      box: { x: right - width, y, width, height },
    });
    lastBottom = y + height;
  }
  return { step, labels: out };
}

export interface ColumnLabelsInput {
  readonly labels: readonly string[];
  readonly left: number;
  readonly cellWidth: number;
  /** y of the labels' bottom edge (just above the grid). */
  readonly bottom: number;
  /** Longest a rotated label may be, in px. */
  readonly maxLength: number;
  /** Gap kept between horizontal labels. */
  readonly gap: number;
  readonly fontSize: number;
  readonly lineHeight: number;
  /** How far a label may reach left of the first column / right of the last. */
  readonly overhang: number;
}

export interface ColumnLabels {
  readonly orientation: 'horizontal' | 'vertical';
  readonly step: number;
  readonly labels: readonly AxisLabel[];
  /** Height of the label band above the grid. */
  readonly height: number;
}

const HORIZONTAL_MAX_LINES = 3;

/** Horizontal labels when every label's words fit its column in at most three lines; else null. */
function horizontal(input: ColumnLabelsInput): ColumnLabels | null {
  const { labels, left, cellWidth, bottom, gap, fontSize, lineHeight } = input;
  const maxWidth = cellWidth - gap;
  if (maxWidth < 2 * lineHeight) return null;
  const wrapped = [];
  for (const label of labels) {
    if (longestWord(label, fontSize) > maxWidth) return null;
    const w = wrapText(label, { maxWidth, fontSize, maxLines: HORIZONTAL_MAX_LINES });
    if (w.truncated) return null;
    wrapped.push(w.lines);
  }
  const lineCount = Math.max(1, ...wrapped.map((lines) => lines.length));
  const height = lineCount * lineHeight;
  const out = wrapped.map((lines, index): AxisLabel => {
    const blockHeight = lines.length * lineHeight;
    const width = widest(lines, fontSize);
    const x = left + (index + 0.5) * cellWidth;
    const y = bottom - blockHeight;
    return {
      index,
      lines,
      truncated: false,
      x,
      y,
      box: { x: x - width / 2, y, width, height: blockHeight },
    };
  });
  return { orientation: 'horizontal', step: 1, labels: out, height };
}

/** Column labels rotated −90° (reading upwards), every k-th where a column is narrower than a line. */
function vertical(input: ColumnLabelsInput): ColumnLabels {
  const { labels, left, cellWidth, bottom, fontSize, lineHeight, overhang } = input;
  const right = left + cellWidth * labels.length;
  const step = labelStep(lineHeight, cellWidth, overhang);
  const maxLines = Math.max(1, Math.min(2, Math.floor((step * cellWidth + EPSILON) / lineHeight)));
  // Balanced length: long labels get two lines of about half their length rather than one long line.
  let longest = 0;
  let word = 0;
  for (let i = 0; i < labels.length; i += step) {
    longest = Math.max(longest, measureText(labels[i] ?? '', fontSize));
    if (maxLines > 1) word = Math.max(word, longestWord(labels[i] ?? '', fontSize));
  }
  const target = maxLines > 1 ? Math.max(word, (longest / maxLines) * 1.2) : longest;
  const maxWidth = Math.max(fontSize, Math.min(input.maxLength, target));
  const out: AxisLabel[] = [];
  let lastRight = -Infinity;
  let height = 0;
  for (let i = 0; i < labels.length; i += step) {
    const { lines, truncated } = wrapText(labels[i] ?? '', { maxWidth, fontSize, maxLines });
    const across = lines.length * lineHeight;
    const length = widest(lines, fontSize);
    const centre = left + (i + 0.5) * cellWidth;
    const x = Math.max(
      left - overhang + across / 2,
      Math.min(centre, right + overhang - across / 2),
    );
    if (x - across / 2 < lastRight - EPSILON || across > right - left + 2 * overhang + EPSILON)
      continue;
    out.push({
      index: i,
      lines,
      truncated,
      x,
      y: bottom,
      box: { x: x - across / 2, y: bottom - length, width: across, height: length },
    });
    lastRight = x + across / 2;
    height = Math.max(height, length);
  }
  return { orientation: 'vertical', step, labels: out, height };
}

/** Column labels: horizontal (wrapped) when they fit, else rotated −90° and thinned as needed. */
export function layoutColumnLabels(input: ColumnLabelsInput): ColumnLabels {
  return horizontal(input) ?? vertical(input);
}
