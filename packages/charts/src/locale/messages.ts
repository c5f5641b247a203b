/**
 * Every message of every chart, per locale: the public lookup for callers that want all of them. The
 * charts themselves read only their own area through the getters beside each area's texts
 * (`goalBarMessages(locale)` in goalBar.ts, …), so a bundle of one chart carries that chart's texts and
 * the common ones, not the other charts'.
 */
import type { Locale } from '@yhdyspinta/data';
import { COMMON_MESSAGES } from './common';
import { GOAL_BAR_MESSAGES } from './goalBar';
import type { Messages } from './messageTypes';
import { resolveLocale } from './resolve';
import { RESCUE_RADAR_MESSAGES } from './rescueRadar';
import { RESPONSE_COVERAGE_MESSAGES } from './responseCoverage';
import { THEME_HEATMAP_MESSAGES } from './themeHeatmap';
import { THEME_HEATMAP_DATA_MESSAGES } from './themeHeatmapData';

export { DEFAULT_LOCALE, isLocale, localeFromTag, resolveLocale } from './resolve';
export type { LocaleTag } from './resolve';

function build(locale: Locale): Messages {
  return {
    common: COMMON_MESSAGES[locale],
    goalBar: GOAL_BAR_MESSAGES[locale],
    themeHeatmap: { ...THEME_HEATMAP_MESSAGES[locale], ...THEME_HEATMAP_DATA_MESSAGES[locale] },
    rescueRadar: RESCUE_RADAR_MESSAGES[locale],
    responseCoverage: RESPONSE_COVERAGE_MESSAGES[locale],
  };
}

/** Every message, per locale. */
export const MESSAGES: Readonly<Record<Locale, Messages>> = {
  fi: /* @__PURE__ */ build('fi'),
  sv: /* @__PURE__ */ build('sv'),
  en: /* @__PURE__ */ build('en'),
};

/** The messages of a locale (Finnish for an unsupported value). */
export function getMessages(locale: Locale): Messages {
  return MESSAGES[resolveLocale(locale)];
}
