/**
 * Pure readers of the custom elements' attributes. A bad value never throws: it falls back to the
 * default (locale, theme, size) or becomes an error state (data).
 */
import type { Locale } from '@yhdyspinta/data';
import { localeFromTag } from '../locale/messages';
import type { ChartTheme } from '../theme/ChartTheme';
import { defaultTheme, highContrastTheme, slideTheme } from '../theme/themes';

/**
 * The text attributes: each overrides one of the chart's texts (the chart's prop named here). The title is
 * `chart-title`, not the global `title`, which browsers show as a tooltip over the whole element.
 */
export const TEXT_ATTRIBUTES = {
  'chart-title': 'title',
  subtitle: 'subtitle',
  'axis-title': 'axisTitle',
  source: 'source',
} as const;
export type TextAttribute = keyof typeof TEXT_ATTRIBUTES;

/** The attributes every element observes (a change re-renders). */
export const OBSERVED_ATTRIBUTES = [
  'locale',
  'theme',
  'width',
  'height',
  'data',
  'src',
  ...(Object.keys(TEXT_ATTRIBUTES) as TextAttribute[]),
] as const;
export type ElementAttribute = (typeof OBSERVED_ATTRIBUTES)[number];

/** The chart's texts set by an element's text attributes (only those given). */
export type ElementTexts = {
  readonly [A in TextAttribute as (typeof TEXT_ATTRIBUTES)[A]]?: string;
};

/**
 * The text attributes' values as the chart's text props, trimmed: an attribute that is absent, empty or
 * only white space leaves the chart's default (`chart-title=""` does not hide the title).
 */
export function textsFromAttributes(
  attribute: (name: TextAttribute) => string | null,
): ElementTexts {
  const texts: Partial<Record<(typeof TEXT_ATTRIBUTES)[TextAttribute], string>> = {};
  for (const [name, prop] of Object.entries(TEXT_ATTRIBUTES) as [TextAttribute, string][]) {
    const value = attribute(name);
    if (value !== null && value.trim() !== '') texts[prop as keyof typeof texts] = value.trim();
  }
  return texts;
}

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

/** `timeout`: "15", "2.5" or "15s" → seconds; anything else (zero, negative, words) → undefined. */
export function secondsFromAttribute(value: string | null): number | undefined {
  const match = value?.trim().match(/^(\d+(?:\.\d+)?)\s*s?$/i);
  const seconds = match?.[1] === undefined ? Number.NaN : Number(match[1]);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
}

const BYTE_UNITS: Readonly<Record<string, number>> = { '': 1, b: 1, kb: 1e3, mb: 1e6, gb: 1e9 };

/** `max-size`: "10MB", "500 kB", "2000000" → bytes; anything else → undefined. */
export function bytesFromAttribute(value: string | null): number | undefined {
  const match = value?.trim().match(/^(\d+(?:\.\d+)?)\s*([kmg]?b)?$/i);
  if (!match?.[1]) return undefined;
  const bytes = Number(match[1]) * (BYTE_UNITS[(match[2] ?? '').toLowerCase()] ?? Number.NaN);
  return Number.isFinite(bytes) && bytes > 0 ? Math.round(bytes) : undefined;
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
