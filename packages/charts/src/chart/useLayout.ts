import { useMemo } from 'react';
import type { LayoutInput } from '../layout/layoutInput';

/**
 * A chart's compute function memoised on its inputs, nothing else (the nivo pattern: the layout math is a
 * pure function tested without React). The options are the same object while their values are
 * (defineChart), so hover and focus re-renders reuse the layout.
 */
export function useLayout<D, O, L>(
  compute: (input: LayoutInput<D, O>) => L,
  input: LayoutInput<D, O> & { readonly hyphenated?: boolean },
): L {
  const { data, width, height, locale, theme, options, hyphenated } = input;
  return useMemo(
    () => compute({ data, width, height, locale, theme, options }),
    // `hyphenated`: the same inputs wrap differently once a locale's hyphenation patterns are loaded.
    [compute, data, width, height, locale, theme, options, hyphenated],
  );
}
