import type { Locale } from '@yhdyspinta/data';
import { useEffect, useState } from 'react';
import { hyphenationFor } from './hyphenation';
import { canLoadHyphenation, loadHyphenation } from './loadHyphenation';

/**
 * Whether the locale's hyphenation patterns are registered, loading them after the first render when
 * they can be loaded (Swedish) and re-rendering once they are. Server and first client render agree
 * (both without the on-demand patterns, unless registered up front), so hydration does not differ.
 */
export function useHyphenation(locale: Locale): boolean {
  const [, setLoaded] = useState(0);
  const missing = canLoadHyphenation(locale);
  useEffect(() => {
    if (!missing) return undefined;
    let live = true;
    void loadHyphenation(locale).then((loaded) => {
      if (live && loaded) setLoaded((count) => count + 1);
    });
    return () => {
      live = false;
    };
  }, [locale, missing]);
  return hyphenationFor(locale) !== undefined;
}
