/**
 * One GoalBarChart layout at a given label line limit and density, pure: the header, columns, legend,
 * rows and axis. computeGoalBarLayout (compute.ts) picks the line limit and density that fit.
 */
import { linearScale } from '../layout/linearScale';
import type { Locale } from '@yhdyspinta/data';
import { isScore } from '../common/validation';
import { layoutChartHeader } from '../layout/chartHeader';
import { formatBase, formatScore } from '../locale/format';
import { commonMessages } from '../locale/common';
import { goalBarMessages } from '../locale/goalBar';
import { layoutAxis } from './axis';
import { layoutGoalBarColumns, NEUTRAL_VALUE, SCALE_DOMAIN } from './columns';
import type { GoalBarLayout, GoalBarLayoutInput, GoalBarOptions } from './compute';
import { placeLegend } from './legend';
import { meanOfGoals, orderGoalBarEntries } from './order';
import { stackGoalBarRows } from './stack';
import type { GoalBarDensity, LabelLineLimit } from './stack';
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

export function buildGoalBarLayout(
  input: GoalBarLayoutInput,
  lines: LabelLineLimit,
  density: GoalBarDensity,
): GoalBarLayout {
  const { data, width, locale, theme, options } = input;
  const { spacing, fontSize } = theme;
  const messages = { common: commonMessages(locale) };

  const notes = [
    data.base ? formatBase(data.base.answered, data.base.total, locale) : '',
    options.illustrative ? messages.common.illustrativeData : '',
  ];
  const header = layoutChartHeader({
    title: options.title,
    hideTitle: options.hideTitle,
    notes,
    width,
    theme,
  });
  const columns = layoutGoalBarColumns(width, locale, theme);
  const { mode, x0, x1 } = columns;
  const scale = linearScale(SCALE_DOMAIN, [x0, x1]);
  const comparison = resolveComparison(data, options.comparison, locale);
  const legend = placeLegend(
    [
      { kind: 'reference' as const, text: messages.common.neutralReference },
      ...(comparison
        ? [
            {
              kind: 'comparison' as const,
              text: `${comparison.label} ${formatScore(comparison.value, locale)}`,
            },
          ]
        : []),
    ],
    header,
    columns,
    width,
    theme,
  );

  const font = {
    label: fontSize.label,
    labelLineHeight: fontSize.label * theme.lineHeight,
    group: fontSize.groupLabel,
    groupLineHeight: fontSize.groupLabel * theme.lineHeight,
    prefix: fontSize.small,
    prefixLineHeight: fontSize.small * theme.lineHeight,
    value: fontSize.value,
    valueLineHeight: fontSize.value * theme.lineHeight,
  };
  const stack = stackGoalBarRows({
    entries: orderGoalBarEntries(data, options),
    columns,
    scale,
    top: legend.bottom,
    lines,
    density,
    font,
    locale,
    theme,
  });
  const { rows } = stack;
  const bands =
    mode === 'side'
      ? [{ top: legend.bottom, bottom: stack.bottom }]
      : rows.map((r) => {
          const box = r.bar ?? r.missing ?? r.anchor;
          return { top: box.y - spacing.xs, bottom: box.y + box.height + spacing.xs };
        });

  const axis = layoutAxis({
    top: stack.bottom,
    x: scale,
    x0,
    x1,
    width,
    locale,
    theme,
    titleBeside: mode === 'side',
  });
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
    plot: { x0, x1, top: legend.bottom, bottom: stack.bottom },
    bands,
    reference: { value: NEUTRAL_VALUE, x: scale(NEUTRAL_VALUE) },
    comparison: comparison ? { ...comparison, x: scale(comparison.value) } : null,
    groups: stack.groups,
    rows,
    axis,
    font,
    truncatedCount: stack.truncatedCount,
    maxLabelLines: lines.max,
    promotedRows: lines.promoted,
    density,
  };
}
