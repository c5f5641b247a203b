/**
 * The browser bundles' Swedish and English texts, loaded when an element is first drawn in that locale.
 * build-elements.mjs (scripts/localePacks.mjs) rewrites the message tables of ../locale/ in the page
 * bundles: each `{ fi, sv, en }` table of a module's top level becomes `localized(id, fi)`, whose `sv`
 * and `en` are read from yhdyspinta-elements-locale-<sv|en>.js (the same tables with only that locale,
 * next to the bundle, imported by URL), and `byLocale` becomes `lazyByLocale`. Finnish stays inline.
 * Elsewhere (React, static, tests of the sources) nothing calls `localized` and every locale is ready.
 */
import type { Locale } from '@yhdyspinta/data';

/** A loaded pack: each rewritten table's value in that locale, by the table's id. */
type Pack = ReadonlyMap<number, unknown>;

const packs = new Map<Locale, Pack>();
const loading = new Map<Locale, Promise<void>>();
/** Whether this bundle's tables were rewritten (a `localized` table exists). */
let split = false;
let base: string | undefined;
/** The tables' version the bundle was built with (its packs must have the same). */
let version: string | undefined;

/** Where the packs are: a URL beside them (the bundle's own file). */
export function setLocalePackBase(url: string | undefined): void {
  base = url;
}

/** Set by the rewritten tables (a hash of their sources, the same in the packs built with them). */
export function setLocalePackVersion(value: string): void {
  version = value;
}

function packValue(locale: Locale, id: number): unknown {
  const pack = packs.get(locale);
  if (!pack?.has(id)) throw new Error(`the ${locale} texts are not loaded (table ${id})`);
  return pack.get(id);
}

/** Defines `sv` and `en` on `table` as getters reading `read(locale)` once, when first read. */
function lazyLocales<T>(table: { fi: T }, read: (locale: Locale) => T): Record<Locale, T> {
  for (const locale of ['sv', 'en'] as const) {
    Object.defineProperty(table, locale, {
      enumerable: true,
      configurable: true,
      get() {
        const value = read(locale);
        Object.defineProperty(table, locale, { value, enumerable: true });
        return value;
      },
    });
  }
  return table as Record<Locale, T>;
}

/** A rewritten `{ fi, sv, en }` table: Finnish inline, the others from their pack. */
export function localized<T>(id: number, fi: T): Record<Locale, T> {
  split = true;
  return lazyLocales({ fi }, (locale) => packValue(locale, id) as T);
}

/** `byLocale` of @yhdyspinta/data with its Swedish and English tables made when first read. */
export function lazyByLocale<M>(table: {
  readonly [K in keyof M]: Readonly<Record<Locale, M[K]>>;
}): Record<Locale, M> {
  const pick = (locale: Locale) => {
    const entries = Object.keys(table).map((key) => [key, table[key as keyof M][locale]]);
    return Object.fromEntries(entries) as M;
  };
  return lazyLocales({ fi: pick('fi') }, pick);
}

/** Whether `locale`'s texts can be drawn now. */
export function localeReady(locale: Locale): boolean {
  return !split || locale === 'fi' || packs.has(locale);
}

/** Loads `locale`'s pack (once; again after a failure). */
export function loadLocale(locale: Locale): Promise<void> {
  if (localeReady(locale)) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    if (base === undefined) return Promise.reject(new Error('the bundle did not say where it is'));
    const url = new URL(`yhdyspinta-elements-locale-${locale}.js?v=${version ?? ''}`, base).href;
    type Module = { readonly VALUES: Pack; readonly VERSION: string };
    pending = (import(/* @vite-ignore */ url) as Promise<Module>).then(
      (module) => {
        // Another build's pack (a stale copy or cache) would give other texts: an error instead.
        if (module.VERSION !== version) {
          throw new Error(
            `${url} is from another build (${module.VERSION}, not ${version ?? '?'})`,
          );
        }
        packs.set(locale, module.VALUES);
      },
      (error: unknown) => {
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}
