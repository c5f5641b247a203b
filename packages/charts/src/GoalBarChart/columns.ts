/**
 * GoalBarChart's columns, pure: the label column, the bar range and the room for the printed values.
 *
 * Beside the bars (mode 'side') the label column takes at least 42 % of the inner width (within 10–40 em
 * of the label font, as before). When the chart is wide, the bars need little more than the 1–5 range with
 * each level named under its tick and a printed value, so the label column takes what the bars do not
 * need, up to 55 % of the width (and 40 em): long goal texts then wrap to fewer lines, which matters most
 * on slides. Below STACKED_BELOW_WIDTH labels go above their bars ('stacked') and take the full width.
 */
import type { Locale } from '@yhdyspinta/data';
import type { ScaleWords } from '../common/chartScale';
import { commonMessages } from '../locale/common';
import { measureText } from '../text/measureText';
import type { ChartTheme } from '../theme/ChartTheme';
import { SCALE_LEVELS } from './axis';

/** The rating scale: bars run from its minimum 1. */
export const SCALE_DOMAIN: readonly [number, number] = [1, 5];
/** The neutral level ("Kohtalaisesti", or the data's own word for 3), marked with a reference line. */
export const NEUTRAL_VALUE = 3;
/** Below this width labels go above their bars instead of beside them. */
export const STACKED_BELOW_WIDTH = 560;
/** The least share of the inner width the label column takes beside the bars. */
export const LABEL_SHARE_MIN = 0.42;
/** The most: the bars keep at least 45 %. */
export const LABEL_SHARE_MAX = 0.55;

export interface GoalBarColumns {
  readonly mode: 'side' | 'stacked';
  /** Left and right padding of the chart. */
  readonly pad: number;
  /** Width inside the padding. */
  readonly inner: number;
  /** Width of the label column (the inner width when stacked). */
  readonly labelWidth: number;
  /** The bar range: x of the scale minimum 1 and maximum 5. */
  readonly x0: number;
  readonly x1: number;
}

/** The bar range that names every scale level under its tick: each step holds its widest name. */
function barRangeNeed(words: ScaleWords, theme: ChartTheme): number {
  const widest = Math.max(...SCALE_LEVELS.map((v) => measureText(words[v], theme.fontSize.tick)));
  return (SCALE_LEVELS.length - 1) * (widest + theme.spacing.sm);
}

/**
 * The columns at `width`. Right of the bar range stays room for a printed value ("5,0"), or `valueRoom`
 * when more (the values with their change since the previous round, past a marker: previousValueRoom).
 * `words`: the scale's level words (default the 2024 survey's in `locale`).
 */
export function layoutGoalBarColumns(
  width: number,
  locale: Locale,
  theme: ChartTheme,
  valueRoom = 0,
  words: ScaleWords = commonMessages(locale).scaleLevels,
): GoalBarColumns {
  const { spacing, fontSize, fontWeight } = theme;
  const pad = spacing.md;
  const inner = Math.max(1, width - 2 * pad);
  const valueWidth = Math.max(
    measureText('5,0', fontSize.value, fontWeight.bold) + spacing.sm,
    valueRoom,
  );
  if (width < STACKED_BELOW_WIDTH) {
    return {
      mode: 'stacked',
      pad,
      inner,
      labelWidth: inner,
      x0: pad,
      x1: Math.max(pad + 1, width - pad - valueWidth),
    };
  }
  const em = fontSize.label;
  const least = Math.min(40 * em, Math.max(10 * em, Math.round(inner * LABEL_SHARE_MIN)));
  const spare = inner - spacing.lg - valueWidth - barRangeNeed(words, theme);
  const labelWidth = Math.max(least, Math.round(Math.min(spare, 40 * em, inner * LABEL_SHARE_MAX)));
  const x0 = pad + labelWidth + spacing.lg;
  const x1 = Math.max(x0 + 1, width - pad - valueWidth);
  return { mode: 'side', pad, inner, labelWidth, x0, x1 };
}
