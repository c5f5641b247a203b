/**
 * GoalBarChart's geometry, pure: (valid data, size, options, theme, locale) → every position, wrapped
 * label, scale and the natural height. No React, no DOM; tested in tests/GoalBarChart.compute.test.ts.
 *
 * Likert semantics: the x scale is the full rating scale [1, 5] and bars start at 1, the scale minimum
 * ("Ei lainkaan"). A bar from 0 would add a length no answer can have (a mean of 2,2 would look 44 % of
 * the way up instead of 30 %); a bar diverging from the neutral 3 is a possible alternative view. A
 * reference line marks the neutral 3 ("Kohtalaisesti"); values are printed with one decimal.
 */
import type { Locale } from '@yhdyspinta/data';
import type { LinearScale } from '../layout/linearScale';
import type { ChartHeaderLayout } from '../layout/chartHeader';
import { linesWorthTrying, resolveLineLimit } from '../text/lineLimit';
import type { ChartTheme } from '../theme/ChartTheme';
import type { Box } from '../geometry/box';
import type { AxisLayout } from './axis';
import { buildGoalBarLayout, measureGoalBarLayout } from './build';
import type { GoalBarMeasure } from './build';
import type { LegendLayout } from './legend';
import { LOOSE, MIN_GAP_SCALE } from './stack';
import type { GoalBarDensity, LabelLineLimit } from './stack';
import { createGoalBarBuildCache } from './buildCache';
import type { GoalBarComparison, GoalBarData, GoalBarLeaf, GoalBarSort } from './types';

export { NEUTRAL_VALUE, SCALE_DOMAIN, STACKED_BELOW_WIDTH } from './columns';
export { MIN_GAP_SCALE } from './stack';
export type { GoalBarDensity, LabelLineLimit } from './stack';

/** Label lines by default (and for a `maxLabelLines` that is NaN or below 1). */
export const DEFAULT_GOAL_LABEL_LINES = 3;

export interface GoalBarOptions {
  readonly title: string;
  readonly hideTitle: boolean;
  readonly illustrative: boolean;
  readonly sort: GoalBarSort;
  readonly grouped: boolean;
  readonly showSubGoals: boolean;
  /** A marker, 'mean' for the mean of all goals, or null for none. */
  readonly comparison: GoalBarComparison | 'mean' | null;
  /**
   * Label lines before a label is cut with "…" (lowered further when a fixed height needs it); as
   * resolveLineLimit: NaN or below 1 → DEFAULT_GOAL_LABEL_LINES, at most MAX_LABEL_LINES.
   */
  readonly maxLabelLines: number;
}

export interface GoalBarLayoutInput {
  readonly data: GoalBarData;
  readonly width: number;
  /** A fixed height to fit; omitted → the natural height. */
  readonly height?: number;
  readonly locale: Locale;
  readonly theme: ChartTheme;
  readonly options: GoalBarOptions;
}

/** A section's name: a header row over its goals, or a prefix line at the top of its only goal's row. */
export interface GoalBarGroupRow {
  readonly id: string;
  /** 'header': bold, the group label size; 'prefix': bold, the small size (font.prefix). */
  readonly kind: 'header' | 'prefix';
  readonly lines: readonly string[];
  readonly x: number;
  readonly y: number;
}

export interface GoalBarRow {
  /** Position in focus and display order. */
  readonly index: number;
  readonly item: GoalBarLeaf;
  readonly level: 0 | 1;
  readonly groupLabel: string;
  readonly parent?: GoalBarLeaf;
  readonly labelLines: readonly string[];
  readonly labelTruncated: boolean;
  readonly labelX: number;
  readonly labelY: number;
  /** The bar from the scale minimum to the value; null for a missing value. */
  readonly bar: Box | null;
  /** The hatched square drawn for a missing value; null otherwise. */
  readonly missing: Box | null;
  /** "2,7", or "ei tietoa" for a missing value. */
  readonly valueText: string;
  readonly valueX: number;
  readonly valueY: number;
  /** The whole row: hit area and focus ring. */
  readonly rowBox: Box;
  /** Where the tooltip attaches: the bar and its value, over the row's height. */
  readonly anchor: Box;
}

export interface GoalBarLayout {
  readonly width: number;
  readonly height: number;
  /** The height the content needs; above `height` only if a fixed height was too small. */
  readonly naturalHeight: number;
  /** True when a fixed height was too small even with one-line labels (drawn taller instead of clipping). */
  readonly overflow: boolean;
  readonly mode: 'side' | 'stacked';
  readonly header: ChartHeaderLayout;
  readonly legend: LegendLayout;
  readonly scale: LinearScale;
  readonly plot: {
    readonly x0: number;
    readonly x1: number;
    readonly top: number;
    readonly bottom: number;
  };
  /**
   * Vertical extents where grid, reference and comparison lines are drawn: the whole plot beside the
   * labels, or only each bar's band when labels are stacked above the bars (so no line crosses text).
   */
  readonly bands: readonly { readonly top: number; readonly bottom: number }[];
  readonly reference: { readonly value: number; readonly x: number };
  readonly comparison: {
    readonly value: number;
    readonly x: number;
    readonly label: string;
  } | null;
  readonly groups: readonly GoalBarGroupRow[];
  readonly rows: readonly GoalBarRow[];
  readonly axis: AxisLayout;
  readonly font: {
    readonly label: number;
    readonly labelLineHeight: number;
    readonly group: number;
    readonly groupLineHeight: number;
    readonly prefix: number;
    readonly prefixLineHeight: number;
    readonly value: number;
    readonly valueLineHeight: number;
  };
  /** Labels cut with "…" (their full text is in the tooltip, the accessible name and the table). */
  readonly truncatedCount: number;
  /** The label line limit used: maxLabelLines, or fewer to fit a fixed height. */
  readonly maxLabelLines: number;
  /** Rows (by index) given one line more than maxLabelLines because room remained (fixed height). */
  readonly promotedRows: ReadonlySet<number>;
  /** The spacing used: the theme's (gapScale 1), or narrowed gaps and packed bars to fit a fixed height. */
  readonly density: GoalBarDensity;
}

/**
 * The layout at `width`. Without `height`: the natural height (every label wrapped to up to
 * `maxLabelLines` lines, the theme's spacing). With `height`, type sizes never change; instead:
 * - the label line limit is the largest (from `maxLabelLines` down to 1) at which every label fits with
 *   the tightest spacing (bars packed to a label line's height, gaps narrowed to MIN_GAP_SCALE), so
 *   spacing is given up before lines are;
 * - below `maxLabelLines`, labels still cut get one more line each, from the top, while that fits;
 * - the spacing is then the loosest that fits: the theme's (with spare room spread over the gaps between
 *   rows, up to a line each), else packed bars, else gaps narrowed just enough.
 * If even one-line labels at the tightest spacing do not fit, that layout is kept at its own height with
 * `overflow` set instead of clipping.
 */
export function computeGoalBarLayout(input: GoalBarLayoutInput): GoalBarLayout {
  const max = resolveLineLimit(input.options.maxLabelLines, DEFAULT_GOAL_LABEL_LINES);
  // Every build of this call orders, wraps and prints the same goals: share that work.
  const cache = createGoalBarBuildCache(input.locale, input.theme);
  const fit: Fit = {
    build: (lines, density) => buildGoalBarLayout(input, lines, density, cache),
    measure: (lines, density) => measureGoalBarLayout(input, lines, density, cache),
    labelLineHeight: input.theme.fontSize.label * input.theme.lineHeight,
  };
  const limit = { max, promoted: NONE };
  const target = input.height;
  if (target === undefined) return fit.build(limit, LOOSE);
  // Measured first, so a layout that fits is built once, with its spare room spread.
  const loose = fit.measure(limit, LOOSE);
  if (loose.naturalHeight <= target) return spread(fit, limit, LOOSE, loose, target);
  const natural = fit.build(limit, LOOSE);

  // Limits above the most lines a label takes give the same rows as `max`: start below them.
  const start = linesWorthTrying(
    max,
    natural.rows.map((row) => row.labelLines.length),
  );
  let tightest = natural;
  for (let lines = start; lines >= 1; lines -= 1) {
    tightest = fit.build({ max: lines, promoted: NONE }, TIGHT);
    if (tightest.naturalHeight > target) continue;
    if (lines === start) return fitSpacing(fit, limit, target);
    return fitSpacing(fit, { max: lines, promoted: promote(fit.build, tightest, target) }, target);
  }
  return { ...tightest, overflow: true };
}

/** One layout of the current computeGoalBarLayout call at a line limit and density. */
type Build = (lines: LabelLineLimit, density: GoalBarDensity) => GoalBarLayout;

/** Builds and measures (measureGoalBarLayout: the height without the rows) of one call. */
interface Fit {
  readonly build: Build;
  readonly measure: (lines: LabelLineLimit, density: GoalBarDensity) => GoalBarMeasure;
  readonly labelLineHeight: number;
}

const NONE: ReadonlySet<number> = new Set();
const TIGHT: GoalBarDensity = { gapScale: MIN_GAP_SCALE, packedBars: true, extra: 0 };

/**
 * The cut labels of `fitted` (a TIGHT layout that fits `target`) that get one more line while the layout
 * still fits: first those the extra line completes, then the rest, each from the top. With packed bars a
 * row grows by exactly the label lines it gains, so the rows are chosen from their line counts alone.
 */
function promote(build: Build, fitted: GoalBarLayout, target: number): ReadonlySet<number> {
  const cut = fitted.rows.filter((row) => row.labelTruncated).map((row) => row.index);
  if (cut.length === 0) return NONE;
  const lines = { max: fitted.maxLabelLines, promoted: new Set(cut) };
  const all = build(lines, TIGHT).rows;
  const completes = (i: number) => all[i]?.labelTruncated === false;
  const order = [...cut.filter(completes), ...cut.filter((i) => !completes(i))];
  const gain = (i: number) =>
    ((all[i]?.labelLines.length ?? 0) - (fitted.rows[i]?.labelLines.length ?? 0)) *
    fitted.font.labelLineHeight;
  // 1 px kept for the rounding up of the natural height.
  let room = target - fitted.naturalHeight - 1;
  const promoted: number[] = [];
  for (const index of order) {
    if (gain(index) > room) continue;
    room -= gain(index);
    promoted.push(index);
  }
  // Check the sum; drop the last choices should rounding disagree.
  while (promoted.length > 0) {
    const set = new Set(promoted);
    if (build({ ...lines, promoted: set }, TIGHT).naturalHeight <= target) {
      return set;
    }
    promoted.pop();
  }
  return NONE;
}

/** The loosest spacing at which `lines` fit `target` (they do at TIGHT). */
function fitSpacing(fit: Fit, lines: LabelLineLimit, target: number): GoalBarLayout {
  const loose = fit.measure(lines, LOOSE);
  if (loose.naturalHeight <= target) return spread(fit, lines, LOOSE, loose, target);
  const packedDensity = { ...LOOSE, packedBars: true };
  const packed = fit.measure(lines, packedDensity);
  if (packed.naturalHeight <= target) return spread(fit, lines, packedDensity, packed, target);
  const tight = fit.measure(lines, TIGHT);
  // The height is linear in the gap scale: take the widest gaps that fit (1 px spare for the rounding up
  // of the natural height).
  const t = Math.min(
    1,
    (packed.naturalHeight - target + 1) / (packed.naturalHeight - tight.naturalHeight),
  );
  const gapScale = 1 - t * (1 - MIN_GAP_SCALE);
  const narrowed = fit.build(lines, { gapScale, packedBars: true, extra: 0 });
  return {
    ...(narrowed.naturalHeight <= target ? narrowed : fit.build(lines, TIGHT)),
    height: target,
  };
}

/**
 * The layout at `lines` and `density` (measured: it fits `target`) built with its spare room spread over
 * the gaps between rows, up to a label line each.
 */
function spread(
  fit: Fit,
  lines: LabelLineLimit,
  density: GoalBarDensity,
  measured: GoalBarMeasure,
  target: number,
): GoalBarLayout {
  const spare = target - measured.naturalHeight;
  if (spare <= 1 || measured.rowCount === 0)
    return { ...fit.build(lines, density), height: target };
  const extra = Math.min(spare / measured.rowCount, fit.labelLineHeight);
  return { ...fit.build(lines, { ...density, extra }), height: target };
}
