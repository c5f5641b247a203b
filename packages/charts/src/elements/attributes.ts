/**
 * Pure readers of the custom elements' attributes. A bad value never throws: it falls back to the
 * default (locale, theme, size) or becomes an error state (data).
 */
import type { Locale } from '@yhdyspinta/data';
import { localeFromTag } from '../locale/messages';
import type { ChartTheme } from '../theme/ChartTheme';
import { defaultTheme, highContrastTheme, slideTheme } from '../theme/themes';

/** The attributes every element observes (a change re-renders). */
export const OBSERVED_ATTRIBUTES = ['locale', 'theme', 'width', 'height', 'data', 'src'] as const;
export type ElementAttribute = (typeof OBSERVED_ATTRIBUTES)[number];

export const THEME_NAMES = ['default', 'slide', 'high-contrast'] as const;
export type ThemeName = (typeof THEME_NAMES)[number];

const THEMES: Readonly<Record<ThemeName, ChartTheme>> = {
  default: defaultTheme,
  slide: slideTheme,
  'high-contrast': highContrastTheme,
};

/**
 * The element's locale: its `locale` attribute, else the language of the nearest `lang` attribute
 * around it (a Swedish page: <html lang="sv">), else Finnish.
 */
export function resolveElementLocale(attribute: string | null, pageLang?: string | null): Locale {
  return localeFromTag(attribute) ?? localeFromTag(pageLang) ?? 'fi';
}

/** 'default' | 'slide' | 'high-contrast' (case-insensitive) → the theme; else defaultTheme. */
export function themeFromAttribute(value: string | null): ChartTheme {
  const name = value?.trim().toLowerCase();
  return name !== undefined && Object.hasOwn(THEMES, name)
    ? THEMES[name as ThemeName]
    : defaultTheme;
}

/** "600" or "600px" → 600; empty, zero, negative or anything else → undefined (fill the container). */
export function sizeFromAttribute(value: string | null): number | undefined {
  const match = value?.trim().match(/^(\d+(?:\.\d+)?)(?:px)?$/i);
  const size = match?.[1] === undefined ? Number.NaN : Number(match[1]);
  return Number.isFinite(size) && size > 0 ? size : undefined;
}

export type InlineData =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: string };

/** The `data` attribute: JSON text of the chart's `data` prop. Parse failures are reported, not thrown. */
export function dataFromAttribute(text: string): InlineData {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message : String(error) };
  }
}
