/**
 * The Storybook toolbar globals every chart story follows: the language and the chart theme.
 * Plain data (no chart imports), so .storybook/preview.tsx and the fixture configs can share it.
 */
import type { Locale } from '@yhdyspinta/data';

/** Toolbar names of the chart themes; `chartGlobals` maps each to a theme object of @yhdyspinta/charts. */
export type ThemeName = 'default' | 'slide' | 'high-contrast';

export const LOCALE_ITEMS: readonly { value: Locale; title: string; right: string }[] = [
  { value: 'fi', title: 'Suomi', right: 'fi' },
  { value: 'sv', title: 'Svenska', right: 'sv' },
  { value: 'en', title: 'English', right: 'en' },
];

export const THEME_ITEMS: readonly { value: ThemeName; title: string }[] = [
  { value: 'default', title: 'Default (intranet)' },
  { value: 'slide', title: 'Slide (1920 × 1080)' },
  { value: 'high-contrast', title: 'High contrast' },
];

/** Finnish is the library's default language; the default theme is the intranet one. */
export const DEFAULT_GLOBALS: { readonly locale: Locale; readonly theme: ThemeName } = {
  locale: 'fi',
  theme: 'default',
};

export function isLocale(value: unknown): value is Locale {
  return LOCALE_ITEMS.some((item) => item.value === value);
}

export function isThemeName(value: unknown): value is ThemeName {
  return THEME_ITEMS.some((item) => item.value === value);
}

/** The toolbar's values, read defensively: an unknown value (e.g. from a stale URL) falls back to the default. */
export function readGlobals(globals: Readonly<Record<string, unknown>>): {
  locale: Locale;
  theme: ThemeName;
} {
  return {
    locale: isLocale(globals.locale) ? globals.locale : DEFAULT_GLOBALS.locale,
    theme: isThemeName(globals.theme) ? globals.theme : DEFAULT_GLOBALS.theme,
  };
}
