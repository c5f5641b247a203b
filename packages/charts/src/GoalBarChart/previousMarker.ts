/**
 * The previous round's marker of a GoalBarChart row, pure: a narrow diamond (white with a dark outline,
 * so it reads in greyscale on the bar and off it) centred on the previous mean, as tall as the bar and a
 * little more. Distinct from the comparison and reference lines, which run over every row.
 */
import { svgNumber } from '../geometry/round';
import type { ChartTheme } from '../theme/ChartTheme';
import type { GoalBarBuildCache } from './buildCache';
import type { GoalBarEntry } from './order';

/** Where a row's previous mean is: the diamond's centre and half sizes. */
export interface PreviousMark {
  readonly x: number;
  readonly y: number;
  readonly halfWidth: number;
  readonly halfHeight: number;
}

/** Width to height of the diamond. */
export const PREVIOUS_MARK_ASPECT = 0.6;

/** A marker of half height `halfHeight` centred on x, y. */
export const markAt = (x: number, y: number, halfHeight: number): PreviousMark => ({
  x,
  y,
  halfWidth: halfHeight * PREVIOUS_MARK_ASPECT,
  halfHeight,
});

/** The marker at `x` (the previous mean on the scale), centred on a bar of height `barHeight` at `y`. */
export function previousMark(
  x: number,
  y: number,
  barHeight: number,
  theme: ChartTheme,
): PreviousMark {
  return markAt(x, y, barHeight / 2 + theme.spacing.xs / 4);
}

/**
 * The room beside a marker that a printed value keeps clear of: its half width, the outline's half width
 * and a gap.
 */
export function previousMarkClearance(mark: PreviousMark, theme: ChartTheme): number {
  return mark.halfWidth + theme.referenceStrokeWidth / 2 + theme.spacing.xs / 2;
}

/** The diamond as a closed SVG path (absolute start, relative sides). */
export function diamondPath(mark: PreviousMark): string {
  const w = svgNumber(mark.halfWidth);
  const h = svgNumber(mark.halfHeight);
  const nw = svgNumber(-mark.halfWidth);
  const nh = svgNumber(-mark.halfHeight);
  return (
    `M${svgNumber(mark.x)} ${svgNumber(mark.y - mark.halfHeight)}` +
    `l${w} ${h}l${nw} ${h}l${nw} ${nh}z`
  );
}

/**
 * The room right of the bar range that the printed values of rows with a previous-round marker need: a
 * marker at the scale maximum pushes its value past it (stack.ts), so the widest such value with its
 * change (" (+0,3)") after the widest marker's clearance. 0 when no row has a marker.
 */
export function previousValueRoom(
  entries: readonly GoalBarEntry[],
  cache: GoalBarBuildCache,
  barHeight: number,
  theme: ChartTheme,
): number {
  let widest = -1;
  for (const entry of entries) {
    if (entry.kind !== 'item' || typeof entry.item.previous !== 'number') continue;
    const width = cache.value(entry.item.value).width + cache.change(entry.item).width;
    if (width > widest) widest = width;
  }
  if (widest < 0) return 0;
  const clearance = previousMarkClearance(previousMark(0, 0, barHeight, theme), theme);
  return clearance + theme.spacing.xs / 2 + widest;
}
