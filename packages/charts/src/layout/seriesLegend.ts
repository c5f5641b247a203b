/**
 * Layout of a series legend (a sample line with the series' marker and dash, then its name), pure. Entries
 * flow left to right and onto new rows when the width runs out; a long name wraps (up to `maxLines`, then
 * "…"). Drawn by common/SeriesLegend; used by multi-series charts (RescueRadar).
 */
import { measureText } from '../text/measureText';
import type { Locale } from '@yhdyspinta/data';
import { wrapText } from '../text/wrapText';
import type { ChartTheme } from '../theme/ChartTheme';
import type { TextSize } from '../text/textSize';

export interface SeriesLegendEntry {
  /** The series' position in the input. */
  readonly index: number;
  readonly lines: readonly string[];
  /** Left end of the sample line; `y` is the top of the entry's first line box. */
  readonly x: number;
  readonly y: number;
  readonly textX: number;
  /** Right edge of the entry's text. */
  readonly right: number;
}

export interface SeriesLegendLayout extends TextSize {
  readonly entries: readonly SeriesLegendEntry[];
  /** Length of the sample line. */
  readonly swatchWidth: number;
  readonly top: number;
  /** Bottom of the legend including a gap under it (= top when there are no entries). */
  readonly bottom: number;
}

export interface SeriesLegendInput {
  readonly labels: readonly string[];
  /** Top of the legend block. */
  readonly top: number;
  readonly width: number;
  readonly theme: ChartTheme;
  /** Lines per name before "…" (default 2). */
  readonly maxLines?: number;
  /** The names' language: overlong words break at its syllables with a hyphen. */
  readonly locale?: Locale;
}

export function layoutSeriesLegend({
  labels,
  top,
  width,
  theme,
  maxLines = 2,
  locale,
}: SeriesLegendInput): SeriesLegendLayout {
  const { spacing } = theme;
  const fontSize = theme.fontSize.small;
  const lineHeight = fontSize * theme.lineHeight;
  const swatchWidth = Math.round(fontSize * 2.2);
  const left = spacing.md;
  const right = Math.max(left + 1, width - spacing.md);
  const textMax = Math.max(1, right - left - swatchWidth - spacing.xs);
  const entries: SeriesLegendEntry[] = [];
  let x = left;
  let y = top;
  let rowLines = 0;
  labels.forEach((label, index) => {
    const { lines } = wrapText(label, { maxWidth: textMax, fontSize, maxLines, locale });
    const textWidth = Math.max(0, ...lines.map((line) => measureText(line, fontSize)));
    const entryWidth = swatchWidth + spacing.xs + textWidth;
    if (x > left && x + entryWidth > right) {
      x = left;
      y += rowLines * lineHeight + spacing.xs;
      rowLines = 0;
    }
    const textX = x + swatchWidth + spacing.xs;
    entries.push({ index, lines, x, y, textX, right: textX + textWidth });
    rowLines = Math.max(rowLines, lines.length);
    x += entryWidth + spacing.lg;
  });
  const bottom = entries.length > 0 ? y + rowLines * lineHeight + spacing.sm : top;
  return { entries, fontSize, lineHeight, swatchWidth, top, bottom };
}
