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
  return everyLocale((locale) => {
    const messages: Partial<Record<keyof M, unknown>> = {};
    for (const key of keys) messages[key] = table[key][locale];
    return messages as M;
  });
}

/**
 * `make`'s value for each locale, in the order of LOCALES: `{ fi: make('fi'), sv: make('sv'), en:
 * make('en') }`, e.g. a message in every language for a caller that speaks another than the data's.
 */
export function everyLocale<T>(make: (locale: Locale) => T): Readonly<Record<Locale, T>> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, make(locale)])) as Record<Locale, T>;
}
