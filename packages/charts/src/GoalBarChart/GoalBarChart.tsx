import { defineChart } from '../chart/defineChart';
import type { CommonChartProps } from '../common/ChartProps';
import { isScore } from '../common/validation';
import { ELEMENT_BUNDLE } from '../dev/elementBundle';
import { warnDev } from '../dev/warnDev';
import { kindName, surveyTitle, titleOptions } from '../common/chartTitle';
import { scaleAxisTitle } from '../locale/common';
import { goalBarMessages } from '../locale/goalBar';
import { MAX_LABEL_LINES } from '../text/lineLimit';
import { computeGoalBarLayout, DEFAULT_GOAL_LABEL_LINES } from './compute';
import type { GoalBarOptions } from './compute';
import { GoalBarSvg } from './GoalBarSvg';
import type { GoalBarItemInfo } from './item';
import type { GoalBarComparison, GoalBarData, GoalBarSort } from './types';
import { validateGoalBarData } from './validate';

export interface GoalBarChartProps extends CommonChartProps<GoalBarItemInfo> {
  /**
   * Goals grouped by section, with means on 1–5: `goalBarFromSurvey(survey, locale)`,
   * `goalBarFromResponses(responses)` or by hand. (The main entry's GoalBarChart draws the shipped
   * 2024 survey when this is omitted; this one, from `@yhdyspinta/charts/core`, carries no data.)
   */
  readonly data: GoalBarData;
  /**
   * 'source' (default) keeps the data's order; 'score-desc' / 'score-asc' sort by mean, within each
   * section when `grouped`, across all goals otherwise. Missing values go last.
   */
  readonly sort?: GoalBarSort;
  /** Section headers, with sorting inside sections (default true). false: one ranked list. */
  readonly grouped?: boolean;
  /** Draw each goal's sub-goals under it, indented, with lighter bars (default false). */
  readonly showSubGoals?: boolean;
  /** A vertical comparison marker: `'mean'` for the mean of all goals, or `{ value, label }`. Default none. */
  readonly comparison?: GoalBarComparison | 'mean';
  /**
   * Lines of a goal's text before it is cut with "…" (default 3; NaN or below 1 → 3, at most 20). Full
   * text: tooltip, name, table.
   */
  readonly maxLabelLines?: number;
  /**
   * The title under the 1–5 axis. Default: "Kuntien vastausten keskiarvo asteikolla 1–5" for the
   * survey's data, "Keskiarvo asteikolla 1–5" for your own.
   */
  readonly axisTitle?: string;
}

/**
 * Horizontal bars of the mean score (1–5) of each goal, grouped under their sections. Bars start at the
 * scale minimum 1 ("Ei lainkaan"), a dashed line marks the neutral 3 ("Kohtalaisesti"; the levels are
 * named in the data's own `scale` words when it has them), every value is printed, and the base
 * ("n = 6/10 kuntaa") is shown under the title. Keyboard: one Tab stop into the
 * chart; the arrows move between goals, Home/End to the first/last, PageUp/PageDown ten at a time; the
 * focused goal's name gives its text, section, mean and level; Escape hides the tooltip. The hidden data
 * table lists every goal up to 800 bars, and one summary line per section above that.
 *
 * At a fixed `height` (e.g. a 1920 × 1080 slide with `slideTheme`) the type sizes stay the theme's: the
 * chart first packs its bars and narrows the gaps between rows and sections, and only then shows fewer
 * lines of the goal texts (cut labels get a line back, from the top, while room remains).
 */
export const GoalBarChart = defineChart<GoalBarData, GoalBarChartProps, GoalBarOptions>({
  name: 'GoalBarChart',
  validate: validateGoalBarData,
  defaultTitle: surveyTitle(goalBarMessages),
  untitledName: kindName('goalBars'),
  check({ comparison }) {
    if (
      !ELEMENT_BUNDLE &&
      comparison !== undefined &&
      comparison !== 'mean' &&
      !isScore(comparison?.value)
    ) {
      warnDev(
        `GoalBarChart: comparison value ${String(comparison?.value)} is not on 1–5; not drawn.`,
      );
    }
  },
  options: (props, { title, locale, survey }) => ({
    ...titleOptions(props, title),
    axisTitle: props.axisTitle ?? scaleAxisTitle(locale, survey),
    sort: props.sort ?? 'source',
    grouped: props.grouped ?? true,
    showSubGoals: props.showSubGoals ?? false,
    comparison: props.comparison ?? null,
    // A picture (not interactive) has no tooltip to show a cut goal text: it wraps whole unless it must
    // be cut to fit a fixed height.
    maxLabelLines:
      props.maxLabelLines ??
      (props.interactive === false ? MAX_LABEL_LINES : DEFAULT_GOAL_LABEL_LINES),
  }),
  naturalHeight: (data, width, { locale, theme }, options) =>
    computeGoalBarLayout({ data, width, locale, theme, options }).naturalHeight,
  Svg: GoalBarSvg,
});
