/**
 * The 1–5 axis of GoalBarChart under the rows, pure: tick numbers, level labels and, under them, the axis
 * title centred on the bars (where a reader looks for it; it once sat left of the numbers).
 */
import type { Locale } from '@yhdyspinta/data';
import { formatNumber } from '../locale/format';
import { commonMessages } from '../locale/common';
import { measureText } from '../text/measureText';
import { wrapText } from '../text/wrapText';
import type { ChartTheme } from '../theme/ChartTheme';
import type { TextSize } from '../text/textSize';

export const SCALE_LEVELS = [1, 2, 3, 4, 5] as const;

export interface AxisTick {
  readonly value: number;
  readonly x: number;
  /** "1" … "5". */
  readonly number: string;
  /** The level's name ("Ei lainkaan" …), wrapped; empty when there is no room for this one. */
  readonly labelLines: readonly string[];
  /** x of the label, kept inside the chart. */
  readonly labelX: number;
}

/** The axis' texts share one size. */
export interface AxisLayout extends TextSize {
  /** y of the axis line. */
  readonly y: number;
  readonly x0: number;
  readonly x1: number;
  /** Tick length in px, downwards from `y`; negative for the top axis (its ticks rise to the numbers). */
  readonly tickLength: number;
  readonly ticks: readonly AxisTick[];
  /** Tops of the text blocks. */
  readonly numberY: number;
  readonly labelY: number;
  readonly titleLines: readonly string[];
  /** The title's centre x. */
  readonly titleX: number;
  readonly titleY: number;
  readonly titleAnchor: 'middle';
  /** Bottom of the axis block including the chart's bottom padding. */
  readonly bottom: number;
}

export interface AxisArgs {
  readonly top: number;
  readonly x: (value: number) => number;
  readonly x0: number;
  readonly x1: number;
  readonly width: number;
  readonly locale: Locale;
  readonly theme: ChartTheme;
  /** The axis title under the bottom axis; default the survey's (commonMessages' scaleAxisTitle). */
  readonly title?: string;
}

/** The five levels' numbers and names: every name when each fits its step, else only 1, 3 and 5. */
function levelTicks(args: AxisArgs, fontSize: number): AxisTick[] {
  const { x, x0, x1, width, locale, theme } = args;
  const { spacing } = theme;
  const messages = commonMessages(locale);
  const step = (x1 - x0) / 4;
  const room = Math.max(1, step - spacing.xs);
  const longestWord = (label: string) =>
    Math.max(...label.split(' ').map((w) => measureText(w, fontSize)));
  const allFit = SCALE_LEVELS.every((v) => longestWord(messages.scaleLevels[v]) <= room);
  const named = new Set<number>(allFit ? SCALE_LEVELS : [1, 3, 5]);
  const labelRoom = allFit ? room : Math.max(1, 2 * step - spacing.xs);
  const pad = spacing.md;
  return SCALE_LEVELS.map((value): AxisTick => {
    const labelLines = named.has(value)
      ? wrapText(messages.scaleLevels[value], {
          maxWidth: labelRoom,
          fontSize,
          maxLines: 2,
          locale,
        }).lines
      : [];
    const half = Math.max(0, ...labelLines.map((l) => measureText(l, fontSize))) / 2;
    const labelX = Math.min(Math.max(x(value), pad + half), width - pad - half);
    return { value, x: x(value), number: formatNumber(value, locale), labelLines, labelX };
  });
}

const labelBlockHeight = (ticks: readonly AxisTick[], lineHeight: number) =>
  Math.max(...ticks.map((t) => t.labelLines.length)) * lineHeight;

/**
 * The same scale over the rows of a tall chart (see build.ts): level names, then numbers, then ticks
 * rising from the axis line at `bottom - spacing.sm`; no title (it is under the bottom axis).
 * `top` is where the block starts; `bottom` where the rows start.
 */
export function layoutTopAxis(args: AxisArgs): AxisLayout {
  const { top, x0, x1, theme } = args;
  const { spacing } = theme;
  const fontSize = theme.fontSize.tick;
  const lineHeight = fontSize * theme.lineHeight;
  const ticks = levelTicks(args, fontSize);
  const tickLength = Math.max(4, spacing.xs);
  const labelY = top;
  const numberY = labelY + labelBlockHeight(ticks, lineHeight);
  const y = numberY + lineHeight + spacing.xs / 2 + tickLength;
  return {
    y,
    x0,
    x1,
    tickLength: -tickLength,
    ticks,
    numberY,
    labelY,
    fontSize,
    lineHeight,
    titleLines: [],
    titleX: (x0 + x1) / 2,
    titleY: y,
    titleAnchor: 'middle',
    bottom: y + spacing.sm,
  };
}

export function layoutAxis(args: AxisArgs): AxisLayout {
  const { top, x0, x1, width, locale, theme } = args;
  const { spacing } = theme;
  const fontSize = theme.fontSize.tick;
  const lineHeight = fontSize * theme.lineHeight;
  const messages = commonMessages(locale);
  const ticks = levelTicks(args, fontSize);
  const tickLength = Math.max(4, spacing.xs);
  const numberY = top + tickLength + spacing.xs / 2;
  const labelY = numberY + lineHeight;
  const pad = spacing.md;
  const levelsBottom = labelY + labelBlockHeight(ticks, lineHeight);
  const base = { y: top, x0, x1, tickLength, ticks, numberY, labelY, fontSize, lineHeight };

  const titleY = levelsBottom + spacing.xs;
  const titleWidth = Math.max(1, Math.min(width - 2 * pad, Math.max(x1 - x0, width / 2)));
  const titleLines = wrapText(args.title ?? messages.scaleAxisTitle, {
    maxWidth: titleWidth,
    fontSize,
    maxLines: 2,
    locale,
  }).lines;
  const titleHalf = Math.max(0, ...titleLines.map((l) => measureText(l, fontSize))) / 2;
  const titleX = Math.min(Math.max((x0 + x1) / 2, pad + titleHalf), width - pad - titleHalf);
  return {
    ...base,
    titleLines,
    titleX,
    titleY,
    titleAnchor: 'middle',
    bottom: titleY + titleLines.length * lineHeight + spacing.md,
  };
}
