import { LOCALES } from '@yhdyspinta/data';
import type { Locale } from '@yhdyspinta/data';
import { ELEMENT_BUNDLE } from '../dev/elementBundle';
import { warnDev } from '../dev/warnDev';

/** A locale or a language tag of one: 'sv', 'sv-FI', 'en-GB' (not 'de'). */
export type LocaleTag = Locale | `${Locale}-${string}` | `${Locale}_${string}`;

/** The library's default locale: Finnish, the language of the sources. */
export const DEFAULT_LOCALE: Locale = 'fi';

/** True for 'fi', 'sv' and 'en'. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The supported locale of a language tag: 'fi', 'sv-FI', 'sv_FI', 'SV', 'en-GB' → 'fi', 'sv', 'sv', 'sv',
 * 'en' (the language subtag, any case); anything else → undefined.
 */
export function localeFromTag(value: unknown): Locale | undefined {
  if (typeof value !== 'string') return undefined;
  const language = value.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(language) ? language : undefined;
}

/**
 * A supported locale from a prop: `undefined` → 'fi'; a tag such as 'sv-FI' → its language; an
 * unsupported value → 'fi' with a dev warning (components never throw on a bad prop).
 */
export function resolveLocale(value: unknown): Locale {
  if (value === undefined || value === null) return DEFAULT_LOCALE;
  const locale = localeFromTag(value);
  if (locale !== undefined) return locale;
  if (!ELEMENT_BUNDLE)
    warnDev(`Unsupported locale ${JSON.stringify(value)}; using "${DEFAULT_LOCALE}".`);
  return DEFAULT_LOCALE;
}
