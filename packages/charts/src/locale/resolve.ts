import { LOCALES } from '@yhdyspinta/data';
import type { Locale } from '@yhdyspinta/data';
import { warnDev } from '../dev/warnDev';

/** The library's default locale: Finnish, the language of the sources. */
export const DEFAULT_LOCALE: Locale = 'fi';

/** True for 'fi', 'sv' and 'en'. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * A supported locale from a prop: `undefined` → 'fi'; an unsupported value → 'fi' with a dev warning
 * (components never throw on a bad prop).
 */
export function resolveLocale(value: unknown): Locale {
  if (value === undefined || value === null) return DEFAULT_LOCALE;
  if (isLocale(value)) return value;
  warnDev(`Unsupported locale ${JSON.stringify(value)}; using "${DEFAULT_LOCALE}".`);
  return DEFAULT_LOCALE;
}
