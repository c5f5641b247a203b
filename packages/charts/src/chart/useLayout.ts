import type { Locale } from '@yhdyspinta/data';
import { useMemo } from 'react';
import type { ChartTheme } from '../theme/ChartTheme';

/** What a chart's compute function takes: its valid data, the size and its resolved options. */
export interface LayoutInput<D, O> {
  readonly data: D;
  readonly width: number;
  /** Fixed height; omit for the natural height. */
  readonly height?: number;
  readonly locale: Locale;
  readonly theme: ChartTheme;
  readonly options: O;
}

/**
 * A chart's compute function memoised on its inputs, nothing else (the nivo pattern: the layout math is a
 * pure function tested without React). The options are the same object while their values are
 * (defineChart), so hover and focus re-renders reuse the layout.
 */
export function useLayout<D, O, L>(
  compute: (input: LayoutInput<D, O>) => L,
  input: LayoutInput<D, O>,
): L {
  const { data, width, height, locale, theme, options } = input;
  return useMemo(
    () => compute({ data, width, height, locale, theme, options }),
    [compute, data, width, height, locale, theme, options],
  );
}
