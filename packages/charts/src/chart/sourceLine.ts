/**
 * The source / credit line under a chart (the `source` prop), pure: wrapped in the theme's note size,
 * never cut, under the chart's own drawing. Its height is added to the chart's natural height, and a
 * fixed height is shared: the drawing gets what the line leaves.
 */
import type { Locale } from '@yhdyspinta/data';
import type { TextSize } from '../text/textSize';
import { wrapText } from '../text/wrapText';
import type { ChartTheme } from '../theme/ChartTheme';

export interface SourceLineLayout extends TextSize {
  readonly text: string;
  readonly lines: readonly string[];
  readonly x: number;
  /** Height of the band under the drawing (lines and padding). */
  readonly height: number;
}

/** The source line of `text` at a width, or null for no (or blank) text. */
export function layoutSourceLine(
  text: string | undefined,
  width: number,
  theme: ChartTheme,
  locale: Locale,
): SourceLineLayout | null {
  if (typeof text !== 'string' || text.trim() === '') return null;
  const fontSize = Math.max(theme.fontSize.subtitle, theme.minFontSize);
  const lineHeight = fontSize * theme.lineHeight;
  const x = theme.spacing.md;
  const { lines } = wrapText(text.trim(), {
    maxWidth: Math.max(1, width - 2 * x),
    fontSize,
    locale,
  });
  return {
    text,
    lines,
    x,
    fontSize,
    lineHeight,
    height: lines.length * lineHeight + theme.spacing.sm,
  };
}
