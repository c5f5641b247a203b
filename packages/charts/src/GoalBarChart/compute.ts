/**
 * GoalBarChart's geometry, pure: (valid data, size, options, theme, locale) → every position, wrapped
 * label, scale and the natural height. No React, no DOM; tested in tests/GoalBarChart.compute.test.ts.
 *
 * Likert semantics: the x scale is the full rating scale [1, 5] and bars start at 1, the scale minimum
 * ("Ei lainkaan"). A bar from 0 would add a length no answer can have (a mean of 2,2 would look 44 % of
 * the way up instead of 30 %); a bar diverging from the neutral 3 is a possible alternative view. A
 * reference line marks the neutral 3 ("Kohtalaisesti"); values are printed with one decimal.
 */
import { fitLineLimit } from '../geometry/fit';
import { fitsWhole, splitPages } from '../layout/fitReport';
import type { FitPage } from '../layout/fitReport';
import { linesWorthTrying, MAX_LABEL_LINES, resolveLineLimit } from '../text/lineLimit';
import { buildGoalBarLayout, measureGoalBarLayout } from './build';
import type { GoalBarMeasure } from './build';
import { LOOSE, MIN_GAP_SCALE } from './stack';
import { createGoalBarBuildCache } from './buildCache';
import type {
  GoalBarDensity,
  GoalBarLayout,
  GoalBarLayoutInput,
  LabelLineLimit,
} from './layoutTypes';

export { NEUTRAL_VALUE, SCALE_DOMAIN, STACKED_BELOW_WIDTH } from './columns';
export { MIN_GAP_SCALE } from './stack';
export type {
  GoalBarDensity,
  GoalBarGroupRow,
  GoalBarLayout,
  GoalBarLayoutInput,
  GoalBarOptions,
  GoalBarRow,
  LabelLineLimit,
} from './layoutTypes';

/** Label lines by default (and for a `maxLabelLines` that is NaN or below 1). */
export const DEFAULT_GOAL_LABEL_LINES = 3;

/**
 * The layout at `width`. Without `height`: the natural height (every label wrapped to up to
 * `maxLabelLines` lines, the theme's spacing). Labels whose cut text would read the same as another
 * row's are shown whole (up to MAX_LABEL_LINES lines), so no two rows can be mistaken for each other.
 * With `height`, type sizes never change; instead:
 * - the label line limit is the largest (from `maxLabelLines` down) at which every label fits with the
 *   tightest spacing (bars packed to a label line's height, gaps narrowed to MIN_GAP_SCALE), so spacing
 *   is given up before lines are; never so low that two cut labels read the same;
 * - below `maxLabelLines`, labels still cut get one more line each, from the top, while that fits;
 * - the spacing is then the loosest that fits: the theme's (with spare room spread over the gaps between
 *   rows, up to a line each), else packed bars, else gaps narrowed just enough.
 * If nothing fits, the natural layout is kept at its own height with `overflow` set and `fit` saying how
 * to split the rows into parts that each fit (at section boundaries where a section fits a part).
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
  const base = { max, promoted: NONE };
  const target = input.height;
  if (target === undefined) {
    const first = fit.build(base, LOOSE);
    const full = first.sameReading;
    return full.size === 0 ? first : fit.build({ ...base, full }, LOOSE);
  }
  // Measured first (no rows made), so a layout that fits is built once, with its spare room spread.
  const first = fit.measure(base, LOOSE);
  const full = first.sameReading;
  const limit = { ...base, full };
  const loose = full.size === 0 ? first : fit.measure(limit, LOOSE);
  if (loose.naturalHeight <= target) {
    const [roomy, measured] = moreLinesWhileRoom(fit, limit, loose, target);
    const layout = spread(fit, roomy, LOOSE, measured, target);
    return { ...layout, fit: fitsWhole(layout.naturalHeight, 'rows', layout.rows.length) };
  }
  const natural = fit.build(limit, LOOSE);
  const fitted = fitHeight(fit, limit, natural, target);
  if (fitted.fits) {
    const { layout } = fitted;
    return { ...layout, fit: fitsWhole(layout.naturalHeight, 'rows', layout.rows.length) };
  }
  return {
    ...fitted.layout,
    overflow: true,
    fit: {
      fits: false,
      neededHeight: natural.naturalHeight,
      unit: 'rows',
      total: natural.rows.length,
      pages: splitGoalBarRows(natural, target),
    },
  };
}

/**
 * The layout that fits `target` (see computeGoalBarLayout); when none does, the least tall one whose
 * labels can still be told apart (drawn taller than `target`, closest to it) with `fits: false`.
 */
function fitHeight(
  fit: Fit,
  limit: LabelLineLimit,
  natural: GoalBarLayout,
  target: number,
): { readonly layout: GoalBarLayout; readonly fits: boolean } {
  // Limits above the most lines a label takes give the same rows as `max`: start below them.
  const start = linesWorthTrying(
    limit.max,
    natural.rows.map((row) => row.labelLines.length),
  );
  const full = limit.full ?? NONE;
  const tightest = fitLineLimit(
    start,
    target,
    (lines) => fit.build({ max: lines, promoted: NONE, full }, TIGHT),
    (layout) => layout.sameReading.size === 0,
  );
  if (!tightest.fits) return tightest;
  if (tightest.lines === start) return { layout: fitSpacing(fit, limit, target), fits: true };
  const promoted = promote(fit.build, tightest.layout, target, full);
  return { layout: fitSpacing(fit, { max: tightest.lines, promoted, full }, target), fits: true };
}

/**
 * Parts of `natural`'s rows that each fit `target` at the natural spacing with the same header, legend
 * and axis (room kept for a section header repeated at the top of a part).
 */
function splitGoalBarRows(natural: GoalBarLayout, target: number): FitPage[] {
  const { rows, plot, font } = natural;
  const axisBlock = natural.naturalHeight - plot.bottom;
  const repeatedHeader = 2 * font.groupLineHeight;
  // A part is not tall: no top axis over its rows (rows start under the legend).
  const available = target - natural.legend.bottom - axisBlock - repeatedHeader;
  const sectionStart = (i: number) => i === 0 || rows[i]?.groupLabel !== rows[i - 1]?.groupLabel;
  const tops = rows.map((row, i) => {
    const before = rows[i - 1];
    if (i === 0) return plot.top;
    return sectionStart(i) && before ? before.rowBox.y + before.rowBox.height : row.rowBox.y;
  });
  const heights = tops.map((top, i) => (tops[i + 1] ?? plot.bottom) - top);
  const starts = new Set(rows.map((_, i) => i).filter(sectionStart));
  return splitPages(heights, available, starts);
}

/**
 * With room to spare at a fixed height, cut labels get more lines before the spare room is spread between
 * rows: the line limit rises, one at a time up to MAX_LABEL_LINES, while the layout still fits.
 */
function moreLinesWhileRoom(
  fit: Fit,
  limit: LabelLineLimit,
  measured: GoalBarMeasure,
  target: number,
): readonly [LabelLineLimit, GoalBarMeasure] {
  let best: readonly [LabelLineLimit, GoalBarMeasure] = [limit, measured];
  while (best[1].truncatedCount > 0 && best[0].max < MAX_LABEL_LINES) {
    const next = { ...best[0], max: best[0].max + 1 };
    const taller = fit.measure(next, LOOSE);
    if (taller.naturalHeight > target) break;
    best = [next, taller];
  }
  return best;
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
function promote(
  build: Build,
  fitted: GoalBarLayout,
  target: number,
  full: ReadonlySet<number>,
): ReadonlySet<number> {
  const cut = fitted.rows
    .filter((row) => row.labelTruncated && !full.has(row.index))
    .map((row) => row.index);
  if (cut.length === 0) return NONE;
  const lines = { max: fitted.maxLabelLines, promoted: new Set(cut), full };
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
