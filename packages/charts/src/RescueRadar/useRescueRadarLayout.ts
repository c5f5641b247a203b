import { useMemo } from 'react';
import { computeRescueRadarLayout } from './compute';
import type { RescueRadarLayout, RescueRadarLayoutInput } from './compute';

/** computeRescueRadarLayout, memoised on its inputs. Nothing else. */
export function useRescueRadarLayout(input: RescueRadarLayoutInput): RescueRadarLayout {
  const { data, width, height, locale, theme, options } = input;
  return useMemo(
    () => computeRescueRadarLayout({ data, width, height, locale, theme, options }),
    [data, width, height, locale, theme, options],
  );
}
