import { useMemo } from 'react';
import { computeGoalBarLayout } from './compute';
import type { GoalBarLayout, GoalBarLayoutInput } from './compute';

/** computeGoalBarLayout, memoised on its inputs. Nothing else. */
export function useGoalBarLayout(input: GoalBarLayoutInput): GoalBarLayout {
  const { data, width, height, locale, theme, options } = input;
  return useMemo(
    () => computeGoalBarLayout({ data, width, height, locale, theme, options }),
    [data, width, height, locale, theme, options],
  );
}
