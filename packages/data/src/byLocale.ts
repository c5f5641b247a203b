import { LOCALES } from './types';
import type { Locale } from './types';

/** A message table written key by key, each key with its fi, sv and en text side by side. */
export type SideBySide<M> = { readonly [K in keyof M]-?: Readonly<Record<Locale, M[K]>> };

/**
 * The table of each locale from a side-by-side table: `{ title: { fi, sv, en }, … }` → `{ fi: { title },
 * … }`. One key's three translations stand together, so a key is written once and cannot be missing in a
 * language (a type error). The result's keys keep the table's order.
 */
export function byLocale<M>(table: SideBySide<M>): Readonly<Record<Locale, M>> {
  const keys = Object.keys(table) as (keyof M)[];
  const entries = LOCALES.map((locale) => {
    const messages: Partial<Record<keyof M, unknown>> = {};
    for (const key of keys) messages[key] = table[key][locale];
    return [locale, messages as M] as const;
  });
  return Object.fromEntries(entries) as Record<Locale, M>;
}
