import { survey2024 } from '@yhdyspinta/data';
import { useMemo } from 'react';
import { GoalBarChart as GoalBarChartCore } from '../GoalBarChart/GoalBarChart';
import type { GoalBarChartProps as GoalBarChartCoreProps } from '../GoalBarChart/GoalBarChart';
import { goalBarFromSurvey } from '../GoalBarChart/fromSurvey';
import type { GoalBarData } from '../GoalBarChart/types';
import { resolveLocale } from '../locale/resolve';

export interface GoalBarChartProps extends Omit<GoalBarChartCoreProps, 'data'> {
  /**
   * Goals grouped by section, with means on 1–5. Default: the 2024 municipal survey (`survey2024`) in the
   * chosen locale. Build your own with `goalBarFromSurvey(survey, locale)` or by hand.
   */
  readonly data?: GoalBarData;
}

/**
 * GoalBarChart with the shipped data as its default: `<GoalBarChart />` draws the 2024 survey. Everything
 * else is the chart of `@yhdyspinta/charts/core` (see there), which leaves the survey out of a bundle that
 * passes its own data.
 */
export function GoalBarChart(props: GoalBarChartProps) {
  const locale = resolveLocale(props.locale);
  const data = useMemo(
    () => props.data ?? goalBarFromSurvey(survey2024, locale),
    [props.data, locale],
  );
  return <GoalBarChartCore {...props} locale={locale} data={data} />;
}
