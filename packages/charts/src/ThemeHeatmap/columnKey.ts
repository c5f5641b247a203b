/**
 * Keyed column labels, pure: when the columns' labels cut to fit a 45° band would read the same (goal
 * texts sharing their opening words), each column is headed by its number (horizontal, 1, 2, …) and the
 * panel gets a key above the heads: "1  Hyvinvointialue ja kunnat kehittävät …", each entry wrapped to the
 * chart's width with a hanging indent, as many lines as the entries need to be told apart (a label is cut
 * with "…" only past that; its full text is in the tooltip, the cell's name and the data table).
 */
import type { Locale } from '@yhdyspinta/data';
import { distinctLineLimit } from '../text/distinctLabels';
import { measureText } from '../text/measureText';
import { wrapText } from '../text/wrapText';
import type { AxisLabel, ColumnKeyEntry, ColumnLabels } from './axisLabels';

export interface KeyedColumnsInput {
  /** Every drawn column's label (the key of a panel lists its own; all are wrapped alike). */
  readonly allLabels: readonly string[];
  /** Index of the panel's first column and how many it has. */
  readonly first: number;
  readonly count: number;
  readonly left: number;
  readonly cellWidth: number;
  /** Left and right edge of the key's text (the chart's padding). */
  readonly keyLeft: number;
  readonly keyRight: number;
  readonly fontSize: number;
  readonly lineHeight: number;
  /** Space between key entries and between the key and the heads. */
  readonly gap: number;
  /** Columns of the key, side by side, filled top to bottom (default 1). */
  readonly keyColumns?: number;
  readonly locale?: Locale;
}

/** Key entries wrap to at least this many lines before the distinct check adds more. */
const KEY_BASE_LINES = 3;
const KEY_MAX_LINES = 12;

/** The marker of column `index` (0-based): its number. */
export const columnMarker = (index: number) => String(index + 1);

/** The narrowest column spacing that heads every column with its number. */
export function keyedPitch(columns: number, fontSize: number, gap: number): number {
  return measureText(columnMarker(Math.max(0, columns - 1)), fontSize) + 2 * gap;
}

/** The line limit of the key's entries: the smallest at which no two read the same. */
export function keyLineLimit(
  labels: readonly string[],
  maxWidth: number,
  fontSize: number,
  locale?: Locale,
): number {
  return distinctLineLimit(
    labels,
    (label, maxLines) => wrapText(label, { maxWidth, fontSize, maxLines, locale }),
    KEY_BASE_LINES,
    KEY_MAX_LINES,
  );
}

/**
 * A panel's keyed column labels: numbers over the columns (bottom at 0) and the key above them (negative
 * y, like every column label band before compute shifts it over the grid), in `keyColumns` columns side
 * by side (the first entries down the first column) when a fixed height needs a shorter key.
 */
export function keyedColumnLabels(input: KeyedColumnsInput): ColumnLabels {
  const { first, count, left, cellWidth, fontSize, lineHeight, gap } = input;
  const asked = input.keyColumns;
  const columns =
    asked !== undefined && Number.isFinite(asked)
      ? Math.max(1, Math.min(count, Math.floor(asked)))
      : 1;
  const between = 4 * gap;
  const columnWidth = (input.keyRight - input.keyLeft - (columns - 1) * between) / columns;
  const markerWidth = measureText(columnMarker(input.allLabels.length - 1), fontSize);
  const maxWidth = Math.max(fontSize, columnWidth - markerWidth - 2 * gap);
  const limit = keyLineLimit(input.allLabels, maxWidth, fontSize, input.locale);
  const perColumn = Math.ceil(count / columns);
  const heads: AxisLabel[] = [];
  const key: ColumnKeyEntry[] = [];
  const bottoms = Array.from({ length: columns }, () => 0);
  for (let i = first; i < first + count; i += 1) {
    const column = Math.floor((i - first) / perColumn);
    const markerX = input.keyLeft + column * (columnWidth + between);
    const textLeft = markerX + markerWidth + 2 * gap;
    const y = bottoms[column] ?? 0;
    const { lines, truncated } = wrapText(input.allLabels[i] ?? '', {
      maxWidth,
      fontSize,
      maxLines: limit,
      locale: input.locale,
    });
    const height = lines.length * lineHeight;
    const width = Math.max(0, ...lines.map((l) => measureText(l, fontSize)));
    const marker = columnMarker(i);
    key.push({
      index: i,
      marker,
      markerX,
      x: textLeft,
      y,
      lines,
      truncated,
      box: { x: markerX, y, width: textLeft - markerX + width, height },
    });
    bottoms[column] = y + height + gap;
    const x = left + (i - first + 0.5) * cellWidth;
    const w = measureText(marker, fontSize);
    heads.push({
      index: i,
      lines: [marker],
      truncated: false,
      x,
      y: -lineHeight,
      box: { x: x - w / 2, y: -lineHeight, width: w, height: lineHeight },
    });
  }
  // The key sits above the heads: move it up by its tallest column's height and the gap.
  const keyHeight = Math.max(...bottoms);
  const dy = -lineHeight - gap - keyHeight;
  const placed = key.map((e) => ({ ...e, y: e.y + dy, box: { ...e.box, y: e.box.y + dy } }));
  return {
    orientation: 'keyed',
    labels: heads,
    key: placed,
    height: lineHeight + gap + keyHeight,
    overhangRight: 0,
  };
}
