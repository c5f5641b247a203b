/**
 * Number formatting for the library's locales via Intl.NumberFormat: one-decimal scores ("2,7" in Finnish
 * and Swedish, "2.7" in English), percentages and "6/10" counts.
 *
 * Minus sign: ICU writes U+2212 (−) for Finnish and Swedish but "-" for English. This module always uses
 * the ASCII hyphen-minus "-", in every locale, so that output is the same across locales and survives
 * copying into CSV files and slide tools. A value that rounds to zero never gets a sign ("0,0", not "-0,0").
 * A missing or non-finite value is shown as an en dash "–".
 */
import type { Locale } from './types';

/** The text shown for a missing or non-finite value: an en dash. */
export const MISSING_VALUE = '–';

/** BCP 47 tags used for each locale: Finland's Finnish and Swedish, British English. */
export const INTL_LOCALES: Readonly<Record<Locale, string>> = {
  fi: 'fi-FI',
  sv: 'sv-FI',
  en: 'en-GB',
};

/** The BCP 47 tag of a locale (Finnish for an unknown value). */
export function intlLocale(locale: Locale): string {
  return INTL_LOCALES[locale] ?? INTL_LOCALES.fi;
}

/** One Intl.NumberFormat per locale, style and digit counts: constructing one is far slower than using it. */
const cache = new Map<string, Intl.NumberFormat>();

function formatter(
  locale: Locale,
  style: 'decimal' | 'percent',
  minimumFractionDigits: number,
  maximumFractionDigits: number,
): Intl.NumberFormat {
  const tag = intlLocale(locale);
  const key = `${tag}|${style}|${minimumFractionDigits}|${maximumFractionDigits}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(tag, {
      signDisplay: 'negative',
      style,
      minimumFractionDigits,
      maximumFractionDigits,
    });
    cache.set(key, f);
  }
  return f;
}

function asciiMinus(text: string): string {
  return text.replace(/\u2212/g, '-');
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * A score to one decimal: formatScore(2.7, 'fi') → "2,7", formatScore(3, 'sv') → "3,0",
 * formatScore(2.7, 'en') → "2.7". Halves round away from zero (2.25 → "2,3"). null, undefined, NaN and
 * ±Infinity → "–".
 */
export function formatScore(value: number | null | undefined, locale: Locale): string {
  if (!isFiniteNumber(value)) return MISSING_VALUE;
  return asciiMinus(formatter(locale, 'decimal', 1, 1).format(value));
}

/**
 * A share (0–1) as a percentage: formatShare(0.6, 'fi') → "60 %" (with the no-break space U+00A0 that
 * Intl writes for fi and sv), formatShare(0.6, 'en') → "60%". `fractionDigits` (0–3, default 0) sets the
 * decimals. Non-finite → "–".
 */
export function formatShare(
  share: number | null | undefined,
  locale: Locale,
  fractionDigits = 0,
): string {
  if (!isFiniteNumber(share)) return MISSING_VALUE;
  const digits = Math.min(
    3,
    Math.max(0, Math.trunc(isFiniteNumber(fractionDigits) ? fractionDigits : 0)),
  );
  return asciiMinus(formatter(locale, 'percent', digits, digits).format(share));
}

/**
 * "answered/total", e.g. formatCount(6, 10, 'fi') → "6/10", for captions such as "n = 6/10". Both must be
 * finite whole numbers ≥ 0, otherwise "–". Large numbers are grouped as the locale does.
 */
export function formatCount(answered: number, total: number, locale: Locale): string {
  const ok = (n: unknown): n is number => isFiniteNumber(n) && Number.isInteger(n) && n >= 0;
  if (!ok(answered) || !ok(total)) return MISSING_VALUE;
  const f = formatter(locale, 'decimal', 0, 0);
  return `${f.format(answered)}/${f.format(total)}`;
}
