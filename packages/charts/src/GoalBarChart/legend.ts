/**
 * The legend of GoalBarChart's lines (neutral reference, optional comparison) and of the previous round's
 * marker, pure.
 */
import type { Locale } from '@yhdyspinta/data';
import type { ChartHeaderLayout } from '../layout/chartHeader';
import { measureText, metricsFor } from '../text/measureText';
import { wrapText } from '../text/wrapText';
import type { ChartTheme } from '../theme/ChartTheme';
import type { GoalBarColumns } from './columns';
import type { TextSize } from '../text/textSize';

export interface LegendItem {
  readonly kind: 'reference' | 'comparison' | 'previous';
  readonly text: string;
}

export interface LegendEntry extends LegendItem {
  /** The text's lines: one, or the whole text wrapped when it is wider than a line (never cut). */
  readonly lines: readonly string[];
  /** The sample's centre x: a short vertical segment like the line in the plot, or the marker. */
  readonly swatchX: number;
  /** Top of the entry's line box; the text starts at textX. */
  readonly y: number;
  readonly textX: number;
}

export interface LegendLayout extends TextSize {
  readonly entries: readonly LegendEntry[];
  /** Where the rows start: under the legend (and under the header when the legend is beside its notes). */
  readonly bottom: number;
}

/**
 * Entries packed left to right from `left`, onto new lines at the right padding. A text wider than a whole
 * line (a survey's long word for its middle level on a phone) wraps, whole, under its own first line; the
 * next entry starts under it.
 */
export function layoutLegend(
  items: readonly LegendItem[],
  top: number,
  width: number,
  theme: ChartTheme,
  locale: Locale,
  left: number = theme.spacing.md,
): LegendLayout {
  const { spacing } = theme;
  const fontSize = theme.fontSize.small;
  const lineHeight = fontSize * theme.lineHeight;
  const right = width - spacing.md;
  const swatch = spacing.sm;
  const entries: LegendEntry[] = [];
  let x = left;
  let y = top;
  let lineCount = 0;
  for (const item of items) {
    const w = entryWidth(item, theme);
    if (x > left && x + w > right) {
      x = left;
      y += Math.max(1, lineCount) * lineHeight;
      lineCount = 0;
    }
    const textX = x + swatch + spacing.xs;
    const lines =
      x + w <= right
        ? [item.text]
        : wrapText(item.text, { maxWidth: Math.max(1, right - textX), fontSize, locale }).lines;
    entries.push({ ...item, lines, swatchX: x + swatch / 2, y, textX });
    lineCount = Math.max(lineCount, lines.length);
    x = lines.length > 1 ? right : x + w + spacing.lg;
  }
  const bottom = entries.length > 0 ? y + lineCount * lineHeight + spacing.sm : top;
  return { entries, fontSize, lineHeight, bottom };
}

function entryWidth(item: LegendItem, theme: ChartTheme): number {
  return theme.spacing.sm + theme.spacing.xs + measureText(item.text, theme.fontSize.small);
}

/**
 * The legend where it costs no height: beside the bars, it goes over the bar column (from `x0`) on the line
 * of the header's first note (e.g. "n = 6/10 kuntaa"), baselines aligned, when the notes end left of the
 * bar column and every entry fits the column; the rows then start under the header or the legend,
 * whichever is lower. Otherwise it takes its own lines under the header, from the left.
 */
export function placeLegend(
  items: readonly LegendItem[],
  header: ChartHeaderLayout,
  columns: GoalBarColumns,
  width: number,
  theme: ChartTheme,
  locale: Locale,
): LegendLayout {
  const below = layoutLegend(items, header.height, width, theme, locale);
  const note = header.notes[0];
  if (columns.mode !== 'side' || !note || items.length === 0) return below;
  const noteRight = Math.max(
    ...header.notes.flatMap((n) =>
      n.lines.map((line) => measureText(line, n.fontSize, n.fontWeight)),
    ),
  );
  const room = width - theme.spacing.md - columns.x0;
  if (header.x + noteRight + theme.spacing.lg > columns.x0) return below;
  if (items.some((item) => entryWidth(item, theme) > room)) return below;
  // Same baseline as the note's first line (TextLines centres each line's capitals in its line box).
  const fontSize = theme.fontSize.small;
  const cap = metricsFor(400).capHeight;
  const top =
    note.y +
    (note.lineHeight - fontSize * theme.lineHeight) / 2 +
    (cap * (note.fontSize - fontSize)) / 2;
  const beside = layoutLegend(items, top, width, theme, locale, columns.x0);
  return { ...beside, bottom: Math.max(header.height, beside.bottom) };
}
