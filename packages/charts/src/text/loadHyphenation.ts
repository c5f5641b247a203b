/**
 * Hyphenation patterns loaded on demand: a React bundle gets the Swedish patterns (hyphenationSv.ts, a
 * chunk of its own for bundlers that split) only when a chart is drawn in Swedish.
 */
import type { Locale } from '@yhdyspinta/data';
import { hyphenationFor, registerHyphenation } from './hyphenation';
import type { HyphenationPatterns } from './hyphenation';

/** Patterns that can be loaded on demand, by locale (Finnish is always registered). */
const loaders: Partial<Record<Locale, () => Promise<HyphenationPatterns>>> = {
  sv: () => import('./hyphenationSv').then((module) => module.SWEDISH_HYPHENATION),
};

/** True when the locale has no patterns yet but `loadHyphenation(locale)` can load them. */
export function canLoadHyphenation(locale: Locale): boolean {
  return hyphenationFor(locale) === undefined && loaders[locale] !== undefined;
}

const pending = new Map<Locale, Promise<boolean>>();

/**
 * Loads and registers a locale's patterns (once; concurrent calls share the load). Resolves to true when
 * the locale has patterns afterwards, false when it has none (English) or the load failed (wrapping then
 * keeps its character fallback; a later call tries again).
 */
export function loadHyphenation(locale: Locale, load = loaders[locale]): Promise<boolean> {
  if (hyphenationFor(locale)) return Promise.resolve(true);
  if (!load) return Promise.resolve(false);
  const existing = pending.get(locale);
  if (existing) return existing;
  const loading = load().then(
    (patterns) => {
      registerHyphenation(locale, patterns);
      pending.delete(locale);
      return true;
    },
    () => {
      pending.delete(locale);
      return false;
    },
  );
  pending.set(locale, loading);
  return loading;
}
