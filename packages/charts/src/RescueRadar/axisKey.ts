/**
 * The small multiples' key of the axis numbers, pure: "1  <the goal's full text>" for each axis, the
 * number right-aligned before a hanging indent, the texts wrapped whole (never cut: this is where the
 * goals are read), in as many columns of at least 20 em as the width holds, row by row.
 */
import type { Locale } from '@yhdyspinta/data';
import { measureText } from '../text/measureText';
import { wrapText } from '../text/wrapText';
import type { ChartTheme } from '../theme/ChartTheme';
import type { RadarAxisKeyEntry } from './layoutTypes';

/** The narrowest key column, in em of the label font. */
const KEY_COLUMN_EM = 20;

export interface AxisKeyLayout {
  readonly entries: readonly RadarAxisKeyEntry[];
  /** Bottom of the key including the gap under it (= top without entries). */
  readonly bottom: number;
}

export function layoutAxisKey(
  labels: readonly string[],
  numbers: readonly string[],
  top: number,
  left: number,
  width: number,
  theme: ChartTheme,
  locale?: Locale,
): AxisKeyLayout {
  if (labels.length === 0) return { entries: [], bottom: top };
  const { spacing } = theme;
  const fontSize = theme.fontSize.label;
  const lineHeight = fontSize * theme.lineHeight;
  const numberWidth = Math.max(...numbers.map((n) => measureText(n, fontSize)));
  const columns = Math.max(
    1,
    Math.min(
      labels.length,
      Math.floor((width + spacing.lg) / (KEY_COLUMN_EM * fontSize + spacing.lg)),
    ),
  );
  const columnWidth = (width - (columns - 1) * spacing.lg) / columns;
  const textWidth = Math.max(1, columnWidth - numberWidth - spacing.sm);
  const entries: RadarAxisKeyEntry[] = [];
  let y = top;
  let rowLines = 0;
  labels.forEach((label, index) => {
    const column = index % columns;
    if (column === 0 && index > 0) {
      y += rowLines * lineHeight + spacing.xs;
      rowLines = 0;
    }
    const x = left + column * (columnWidth + spacing.lg);
    const { lines } = wrapText(label, { maxWidth: textWidth, fontSize, locale });
    rowLines = Math.max(rowLines, lines.length);
    entries.push({
      index,
      number: numbers[index] ?? '',
      numberX: x + numberWidth,
      text: { lines, x: x + numberWidth + spacing.sm, y },
    });
  });
  return { entries, bottom: y + rowLines * lineHeight + spacing.md };
}
