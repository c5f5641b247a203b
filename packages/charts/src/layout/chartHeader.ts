/**
 * Layout of a chart's header: the visible title (bold, up to 3 lines) and notes under it (e.g. the base
 * "n = 6/10 kuntaa" and the illustrative-data notice), each note whole. Pure; compute.ts files call it
 * to know where their plot starts, and ChartRoot draws the result.
 */
import type { ChartTheme } from '../theme/ChartTheme';
import type { Locale } from '@yhdyspinta/data';
import { wrapText } from '../text/wrapText';
import type { TextSize } from '../text/textSize';

export interface HeaderBlock extends TextSize {
  readonly lines: readonly string[];
  /** Top of the block in px. */
  readonly y: number;
  readonly fontWeight: number;
}

export interface ChartHeaderLayout {
  readonly x: number;
  /** Null when the title is hidden (it is then the chart's aria-label). */
  readonly title: HeaderBlock | null;
  readonly notes: readonly HeaderBlock[];
  /** Where the chart body starts (bottom of the header plus a gap). */
  readonly height: number;
}

export interface ChartHeaderInput {
  readonly title: string;
  readonly hideTitle?: boolean;
  /** Notes under the title; empty strings are skipped. */
  readonly notes?: readonly string[];
  readonly width: number;
  readonly theme: ChartTheme;
  /** The texts' language: overlong words break at its syllables with a hyphen. */
  readonly locale?: Locale;
}

export function layoutChartHeader({
  title,
  hideTitle = false,
  notes = [],
  width,
  theme,
  locale,
}: ChartHeaderInput): ChartHeaderLayout {
  const { spacing, fontSize, fontWeight, lineHeight } = theme;
  const x = spacing.md;
  const maxWidth = Math.max(1, width - 2 * spacing.md);
  let y = spacing.md;

  let titleBlock: HeaderBlock | null = null;
  if (!hideTitle && title) {
    const lh = fontSize.title * lineHeight;
    const { lines } = wrapText(title, {
      maxWidth,
      fontSize: fontSize.title,
      maxLines: 3,
      weight: fontWeight.bold,
      locale,
    });
    titleBlock = {
      lines,
      y,
      fontSize: fontSize.title,
      lineHeight: lh,
      fontWeight: fontWeight.bold,
    };
    y += lines.length * lh + spacing.xs;
  }

  const noteBlocks: HeaderBlock[] = [];
  for (const note of notes) {
    if (!note) continue;
    const lh = fontSize.subtitle * lineHeight;
    // Whole, however many lines it takes: a note cut with "…" lost what it was for (a Swedish
    // subtitle at 320 px ended "enligt 1…", its "14 § 2025" gone).
    const { lines } = wrapText(note, { maxWidth, fontSize: fontSize.subtitle, locale });
    noteBlocks.push({
      lines,
      y,
      fontSize: fontSize.subtitle,
      lineHeight: lh,
      fontWeight: fontWeight.normal,
    });
    y += lines.length * lh;
  }

  return { x, title: titleBlock, notes: noteBlocks, height: y + spacing.md };
}
