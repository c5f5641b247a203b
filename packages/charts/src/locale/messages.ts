import { LOCALES } from '@yhdyspinta/data';
import type { Locale } from '@yhdyspinta/data';
import { warnDev } from '../common/warnDev';
import { COMMON_MESSAGES } from './common';
import { GOAL_BAR_MESSAGES } from './goalBar';
import type { Messages } from './messageTypes';
import { RESCUE_RADAR_MESSAGES } from './rescueRadar';
import { RESPONSE_COVERAGE_MESSAGES } from './responseCoverage';
import { THEME_HEATMAP_MESSAGES } from './themeHeatmap';

/** The library's default locale: Finnish, the language of the sources. */
export const DEFAULT_LOCALE: Locale = 'fi';

function build(locale: Locale): Messages {
  return {
    common: COMMON_MESSAGES[locale],
    goalBar: GOAL_BAR_MESSAGES[locale],
    themeHeatmap: THEME_HEATMAP_MESSAGES[locale],
    rescueRadar: RESCUE_RADAR_MESSAGES[locale],
    responseCoverage: RESPONSE_COVERAGE_MESSAGES[locale],
  };
}

/** Every message, per locale. */
export const MESSAGES: Readonly<Record<Locale, Messages>> = {
  fi: build('fi'),
  sv: build('sv'),
  en: build('en'),
};

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

/** The messages of a locale (Finnish for an unsupported value). */
export function getMessages(locale: Locale): Messages {
  return MESSAGES[resolveLocale(locale)];
}
