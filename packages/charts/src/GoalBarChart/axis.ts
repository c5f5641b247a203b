/**
 * The 1–5 axis of GoalBarChart under the rows, pure: tick numbers, level labels and, under them, the axis
 * title centred on the bars (where a reader looks for it; it once sat left of the numbers).
 */
import type { Locale } from '@yhdyspinta/data';
import type { ScaleWords } from '../common/chartScale';
import { formatNumber } from '../locale/format';
import { commonMessages } from '../locale/common';
import { measureText } from '../text/measureText';
import { longestWordWidth, wrapText } from '../text/wrapText';
import type { ChartTheme } from '../theme/ChartTheme';
import type { TextSize } from '../text/textSize';

export const SCALE_LEVELS = [1, 2, 3, 4, 5] as const;

export interface AxisTick {
  readonly value: number;
  readonly x: number;
  /** "1" … "5". */
  readonly number: string;
  /** The level's name ("Ei lainkaan" …, or the data's own), wrapped; empty when there is no room for it. */
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
  /** The levels' names under the ticks (scaleWords: the data's own, else the 2024 survey's). */
  readonly words: ScaleWords;
  /** The axis title under the bottom axis; default the survey's (commonMessages' scaleAxisTitle). */
  readonly title?: string;
}

/** The levels named under their ticks, widest room first: every level, then 1, 3 and 5, then 1 and 5. */
const NAMED_LEVELS: readonly (readonly number[])[] = [SCALE_LEVELS, [1, 3, 5], [1, 5]];

/** The ticks with the levels of `named` named, each wrapped (whole, never cut) to `labelRoom`. */
function ticksNaming(
  args: AxisArgs,
  fontSize: number,
  named: readonly number[],
  labelRoom: number,
) {
  const { x, width, locale, theme, words } = args;
  const pad = theme.spacing.md;
  return SCALE_LEVELS.map((value): AxisTick => {
    const labelLines = named.includes(value)
      ? wrapText(words[value], { maxWidth: labelRoom, fontSize, locale }).lines
      : [];
    const half = Math.max(0, ...labelLines.map((l) => measureText(l, fontSize))) / 2;
    const labelX = Math.min(Math.max(x(value), pad + half), width - pad - half);
    return { value, x: x(value), number: formatNumber(value, locale), labelLines, labelX };
  });
}

/** True when two named neighbours' labels (kept inside the chart) come closer than `gap`. */
function labelsCollide(ticks: readonly AxisTick[], fontSize: number, gap: number): boolean {
  const spans = ticks
    .filter((t) => t.labelLines.length > 0)
    .map((t) => {
      const half = Math.max(...t.labelLines.map((l) => measureText(l, fontSize))) / 2;
      return [t.labelX - half, t.labelX + half] as const;
    });
  return spans.some((span, i) => i > 0 && span[0] - (spans[i - 1]?.[1] ?? -Infinity) < gap);
}

/**
 * The five levels' numbers and names (the data's own words or the 2024 survey's): every name when each
 * word fits its step and no two names touch, else only 1, 3 and 5 (two steps each), else 1 and 5 (which
 * never touch). A name wraps to as many lines as it needs: it is never cut.
 */
function levelTicks(args: AxisArgs, fontSize: number): AxisTick[] {
  const { x0, x1, theme, words } = args;
  const { spacing } = theme;
  const step = (x1 - x0) / 4;
  const room = Math.max(1, step - spacing.xs);
  const allFit = SCALE_LEVELS.every((v) => longestWordWidth(words[v], fontSize) <= room);
  const wide = Math.max(1, 2 * step - spacing.xs);
  const [first, ...fewer] = NAMED_LEVELS.slice(allFit ? 0 : 1);
  let ticks = ticksNaming(args, fontSize, first ?? [], allFit ? room : wide);
  for (const named of fewer) {
    // A gap a reader sees between two names: at 2 px "Helt av" "Delvis av" read as one line.
    if (!labelsCollide(ticks, fontSize, spacing.sm)) break;
    ticks = ticksNaming(args, fontSize, named, wide);
  }
  return ticks;
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
