/**
 * One GoalBarChart layout at a given label line limit and density, pure: the header, columns, legend,
 * rows and axis. computeGoalBarLayout (compute.ts) picks the line limit and density that fit.
 */
import { linearScale } from '../layout/linearScale';
import type { Locale } from '@yhdyspinta/data';
import { scaleWords } from '../common/chartScale';
import { isScore } from '../common/validation';
import { layoutChartHeader } from '../layout/chartHeader';
import { fontRoles } from '../layout/fontRoles';
import { formatBase, formatScore } from '../locale/format';
import { commonMessages } from '../locale/common';
import { goalBarMessages } from '../locale/goalBar';
import { layoutAxis, layoutTopAxis, SCALE_LEVELS } from './axis';
import { layoutGoalBarColumns, NEUTRAL_VALUE, SCALE_DOMAIN } from './columns';
import type {
  GoalBarDensity,
  GoalBarLayout,
  GoalBarLayoutInput,
  GoalBarOptions,
  LabelLineLimit,
} from './layoutTypes';
import { placeLegend } from './legend';
import { previousValueRoom } from './previousMarker';
import { meanOfGoals } from './order';
import { barThickness, stackGoalBarRows } from './stack';
import { createGoalBarBuildCache } from './buildCache';
import type { GoalBarBuildCache } from './buildCache';
import type { GoalBarData } from './types';

function resolveComparison(
  data: GoalBarData,
  comparison: GoalBarOptions['comparison'],
  locale: Locale,
): { value: number; label: string } | null {
  if (comparison === 'mean') {
    const value = meanOfGoals(data);
    return value === null ? null : { value, label: goalBarMessages(locale).allGoalsMean };
  }
  return comparison && isScore(comparison.value) ? comparison : null;
}

/**
 * The parts of a layout that do not depend on the rows: header, columns, scale (and its level words),
 * legend and fonts.
 */
function layoutFrame(input: GoalBarLayoutInput, cache: GoalBarBuildCache) {
  const { data, width, locale, theme, options } = input;
  const { fontSize } = theme;
  const messages = { common: commonMessages(locale), goalBar: goalBarMessages(locale) };
  const words = scaleWords(data.scale, locale);

  const notes = [
    options.subtitle ?? '',
    data.base ? formatBase(data.base.answered, data.base.total, locale) : '',
    options.illustrative ? messages.common.illustrativeData : '',
  ];
  const header = layoutChartHeader({
    locale,
    title: options.title,
    hideTitle: options.hideTitle,
    notes,
    width,
    theme,
  });
  const entries = cache.entries(data, options);
  const valueRoom = previousValueRoom(entries, cache, barThickness(fontSize.label, 0), theme);
  const columns = layoutGoalBarColumns(width, locale, theme, valueRoom, words);
  const scale = linearScale(SCALE_DOMAIN, [columns.x0, columns.x1]);
  const comparison = resolveComparison(data, options.comparison, locale);
  const legend = placeLegend(
    [
      { kind: 'reference' as const, text: messages.goalBar.neutralReference(words[NEUTRAL_VALUE]) },
      ...(comparison
        ? [
            {
              kind: 'comparison' as const,
              text: `${comparison.label} ${formatScore(comparison.value, locale)}`,
            },
          ]
        : []),
      ...(valueRoom > 0
        ? [
            {
              kind: 'previous' as const,
              text: data.previousLabel ?? messages.goalBar.previous.round,
            },
          ]
        : []),
    ],
    header,
    columns,
    width,
    theme,
    locale,
  );
  const font = fontRoles(
    {
      label: fontSize.label,
      group: fontSize.groupLabel,
      // A one-goal section's name: the same style as a section header (one style per level).
      prefix: fontSize.groupLabel,
      value: fontSize.value,
    },
    theme.lineHeight,
  );
  return { header, columns, scale, words, comparison, legend, font };
}

type GoalBarFrame = ReturnType<typeof layoutFrame>;

/** What one stacking of the rows works with: the input, its frame, the line limit and density. */
interface StackCall {
  readonly input: GoalBarLayoutInput;
  readonly frame: GoalBarFrame;
  readonly lines: LabelLineLimit;
  readonly density: GoalBarDensity;
  readonly cache: GoalBarBuildCache;
  readonly measureOnly: boolean;
}

function stackRows(call: StackCall, top: number) {
  const { input, frame, lines, density, cache, measureOnly } = call;
  return stackGoalBarRows({
    entries: cache.entries(input.data, input.options),
    columns: frame.columns,
    scale: frame.scale,
    top,
    lines,
    // The lines drawn over the rows: values keep clear of them.
    verticals: [
      frame.scale(NEUTRAL_VALUE),
      ...(frame.comparison ? [frame.scale(frame.comparison.value)] : []),
    ],
    gridLines: SCALE_LEVELS.map((level) => frame.scale(level)),
    density,
    font: frame.font,
    locale: input.locale,
    theme: input.theme,
    cache,
    measureOnly,
  });
}

function axisArgs(input: GoalBarLayoutInput, frame: GoalBarFrame, top: number) {
  const { columns } = frame;
  return {
    top,
    x: frame.scale,
    x0: columns.x0,
    x1: columns.x1,
    width: input.width,
    locale: input.locale,
    theme: input.theme,
    words: frame.words,
    title: input.options.axisTitle,
  };
}

const axisAt = (input: GoalBarLayoutInput, frame: GoalBarFrame, top: number) =>
  layoutAxis(axisArgs(input, frame, top));

/**
 * A chart whose rows are taller than TALL_PLOT_EM label sizes (about a screen: 780 px at the default 13
 * px, 1 560 px on a slide) repeats the scale over its rows, so a reader never has to scroll to the bottom
 * to read it.
 */
export const TALL_PLOT_EM = 60;

const isTall = (input: GoalBarLayoutInput, rowsHeight: number) =>
  rowsHeight > TALL_PLOT_EM * input.theme.fontSize.label;

const topAxisAt = (input: GoalBarLayoutInput, frame: GoalBarFrame) =>
  layoutTopAxis(axisArgs(input, frame, frame.legend.bottom));

/**
 * The rows stacked under the legend, or under a top axis when they are tall (see TALL_PLOT_EM). Rows
 * that are tall in any case (a label line each already is) are stacked once, under the axis.
 */
function stackUnderAxis(call: StackCall) {
  const { input, frame, density, cache } = call;
  const top = frame.legend.bottom;
  let rowCount = 0;
  for (const entry of cache.entries(input.data, input.options))
    if (entry.kind !== 'group') rowCount += 1;
  if (isTall(input, rowCount * frame.font.labelLineHeight)) {
    const topAxis = topAxisAt(input, frame);
    return {
      topAxis,
      stack: stackRows(call, topAxis.bottom),
    };
  }
  const stack = stackRows(call, top);
  // Tall by content: the spare room a fixed height spreads between rows (density.extra) does not count.
  const spread = density.extra * Math.max(0, stack.rowCount - 1);
  if (!isTall(input, stack.bottom - top - spread)) return { topAxis: null, stack };
  const topAxis = topAxisAt(input, frame);
  return {
    topAxis,
    stack: stackRows(call, topAxis.bottom),
  };
}

/** What measureGoalBarLayout finds: the natural height and the number of rows. */
export interface GoalBarMeasure {
  readonly naturalHeight: number;
  readonly rowCount: number;
  /** Labels cut with "…". */
  readonly truncatedCount: number;
  /** Rows (by index) whose cut label reads the same as another's (see stackGoalBarRows). */
  readonly sameReading: ReadonlySet<number>;
}

/** The natural height of buildGoalBarLayout's layout, without making its rows. */
export function measureGoalBarLayout(
  input: GoalBarLayoutInput,
  lines: LabelLineLimit,
  density: GoalBarDensity,
  cache: GoalBarBuildCache = createGoalBarBuildCache(input.locale, input.theme),
): GoalBarMeasure {
  const frame = layoutFrame(input, cache);
  const { stack } = stackUnderAxis({ input, frame, lines, density, cache, measureOnly: true });
  const axis = axisAt(input, frame, stack.bottom);
  return {
    naturalHeight: Math.ceil(axis.bottom),
    rowCount: stack.rowCount,
    truncatedCount: stack.truncatedCount,
    sameReading: stack.sameReading,
  };
}

export function buildGoalBarLayout(
  input: GoalBarLayoutInput,
  lines: LabelLineLimit,
  density: GoalBarDensity,
  cache: GoalBarBuildCache = createGoalBarBuildCache(input.locale, input.theme),
): GoalBarLayout {
  const { width, theme } = input;
  const { spacing } = theme;
  const frame = layoutFrame(input, cache);
  const { header, columns, scale, words, comparison, legend, font } = frame;
  const { mode, x0, x1 } = columns;
  const { stack, topAxis } = stackUnderAxis({
    input,
    frame,
    lines,
    density,
    cache,
    measureOnly: false,
  });
  const { rows } = stack;
  const rowsTop = topAxis ? topAxis.bottom : legend.bottom;
  const bands =
    mode === 'side'
      ? [{ top: rowsTop, bottom: stack.bottom }]
      : rows.map((r) => {
          const box = r.bar ?? r.missing ?? r.anchor;
          return { top: box.y - spacing.xs, bottom: box.y + box.height + spacing.xs };
        });

  const axis = axisAt(input, frame, stack.bottom);
  const natural = Math.ceil(axis.bottom);
  return {
    width,
    height: natural,
    naturalHeight: natural,
    overflow: false,
    mode,
    header,
    legend,
    scale,
    levelWords: words,
    plot: { x0, x1, top: rowsTop, bottom: stack.bottom },
    bands,
    reference: { value: NEUTRAL_VALUE, x: scale(NEUTRAL_VALUE) },
    comparison: comparison ? { ...comparison, x: scale(comparison.value) } : null,
    groups: stack.groups,
    rows,
    axis,
    topAxis,
    font,
    truncatedCount: stack.truncatedCount,
    sameReading: stack.sameReading,
    maxLabelLines: lines.max,
    promotedRows: lines.promoted,
    density,
  };
}
