/**
 * The charts' number formatting: the only place that formats numbers for display. Scores and counts come
 * from @yhdyspinta/data's formatters (Intl.NumberFormat, decimal comma in fi and sv, one decimal for scores).
 */
import {
  formatCount,
  formatScore as formatDataScore,
  formatShare,
  intlLocale,
} from '@yhdyspinta/data';
import type { Locale, Rating } from '@yhdyspinta/data';
import { commonMessages } from './common';

/** A caller's formatter of printed data values (CommonChartProps.valueFormat). */
export type ValueFormatter = (value: number, locale: Locale) => string;

/** The formatter in effect while a chart lays out and describes itself (withValueFormat), or null. */
let scopedFormat: ValueFormatter | null = null;

/**
 * Runs `draw` with `format` formatting every printed data value (formatScore and its variants, and
 * formatValue): the one place a chart's `valueFormat` takes effect. Synchronous: the scope ends when
 * `draw` returns. Without a format, `draw` runs with the defaults.
 */
export function withValueFormat<T>(format: ValueFormatter | undefined, draw: () => T): T {
  if (!format) return draw();
  const previous = scopedFormat;
  scopedFormat = format;
  try {
    return draw();
  } finally {
    scopedFormat = previous;
  }
}

/** The scoped formatter's text for `value`; a formatter that returns no text is an error, not a blank. */
function scoped(format: ValueFormatter, value: number, locale: Locale): string {
  const text = format(value, locale);
  if (typeof text !== 'string' || text.trim() === '') {
    throw new TypeError(
      `valueFormat returned ${JSON.stringify(text)} for ${value}; it must return text.`,
    );
  }
  return text;
}

/** A 1–5 mean to one decimal: 2.7 → "2,7" (fi, sv), "2.7" (en); a missing value → "–". */
export function formatScore(value: number | null | undefined, locale: Locale): string {
  if (scopedFormat && typeof value === 'number' && Number.isFinite(value)) {
    return scoped(scopedFormat, value, locale);
  }
  return formatDataScore(value, locale);
}

/** A data value that is a count (a heatmap cell): "12"; with the caller's valueFormat when given. */
export function formatValue(value: number, locale: Locale): string {
  if (scopedFormat && Number.isFinite(value)) return scoped(scopedFormat, value, locale);
  return formatNumber(value, locale);
}

/** As formatScore, but a missing value reads "ei tietoa" / "ingen uppgift" / "no data" (for labels). */
export function formatScoreOrNoData(value: number | null | undefined, locale: Locale): string {
  return typeof value === 'number' && Number.isFinite(value)
    ? formatScore(value, locale)
    : commonMessages(locale).noData;
}

/**
 * A signed change of a 1–5 mean to one decimal, e.g. from the previous survey round: 0.3 → "+0,3",
 * -0.2 → "−0,2" (the minus sign U+2212 in every locale; "+0.3" / "−0.2" in English), "0,0" when it rounds
 * to zero (no sign). Halves round away from zero as formatScore; missing or non-finite → "–".
 */
export function formatScoreChange(change: number | null | undefined, locale: Locale): string {
  if (typeof change !== 'number' || !Number.isFinite(change)) return formatScore(null, locale);
  // The tiny epsilon keeps a difference of one-decimal means (0.05 − 1e-17) on its printed side.
  const tenths = Math.round(Math.abs(change) * 10 + 1e-9);
  // A change is not a value on the scale: always the default format.
  const digits = formatDataScore(tenths / 10, locale);
  if (tenths === 0) return digits;
  return change > 0 ? `+${digits}` : `\u2212${digits}`;
}

/** One Intl.NumberFormat per locale and digit count: constructing one is far slower than using it. */
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A plain number with a fixed number of decimals, e.g. axis ticks: formatNumber(3, 'fi') → "3". */
export function formatNumber(value: number, locale: Locale, decimals = 0): string {
  if (!Number.isFinite(value)) return '–';
  const digits = Number.isFinite(decimals) ? Math.min(6, Math.max(0, Math.trunc(decimals))) : 0;
  const key = `${locale}|${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(locale), {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    numberFormats.set(key, format);
  }
  return format.format(value).replace(/\u2212/g, '-');
}

/**
 * A share (0–1) as a percentage: formatPercent(0.38, 'fi') → "38 %" (no-break space in fi and sv),
 * 'en' → "38%". `decimals` 0–3 (default 0). Non-finite → "–".
 */
export function formatPercent(share: number, locale: Locale, decimals = 0): string {
  return formatShare(share, locale, decimals);
}

const listFormats = new Map<string, Intl.ListFormat>();

/**
 * Joins names as a list of the locale with Intl.ListFormat: ['Espoo', 'Siuntio', 'Vihti'] → "Espoo,
 * Siuntio ja Vihti" (fi), "… och …" (sv), "… and …" (en); 'disjunction' uses "tai" / "eller" / "or".
 */
export function formatList(
  items: readonly string[],
  locale: Locale,
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  const key = `${intlLocale(locale)}|${type}`;
  let list = listFormats.get(key);
  if (!list) {
    list = new Intl.ListFormat(intlLocale(locale), { style: 'long', type });
    listFormats.set(key, list);
  }
  return list.format(items);
}

/** A count "answered/total": formatRatio(6, 10, 'fi') → "6/10" (as in "n = 6/10"); invalid → "–". */
export function formatRatio(answered: number, total: number, locale: Locale): string {
  return formatCount(answered, total, locale);
}

/** The response base: formatBase(6, 10, 'fi') → "n = 6/10 kuntaa"; sv "n = 6/10 kommuner". */
export function formatBase(answered: number, total: number, locale: Locale): string {
  return commonMessages(locale).base(formatCount(answered, total, locale));
}

/** The scale level nearest to a 1–5 value (halves round up: 2.5 → 3); null outside 1–5 or missing. */
export function nearestScaleLevel(value: number | null | undefined): Rating | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 1 || value > 5) return null;
  return Math.round(value) as Rating;
}

/**
 * The label of the nearest scale level, e.g. scaleLevelLabel(2.2, 'fi') → "Heikosti"; null when none.
 * `words`: a survey's own level words (default the 2024 survey's in `locale`).
 */
export function scaleLevelLabel(
  value: number | null | undefined,
  locale: Locale,
  words: Readonly<Record<Rating, string>> = commonMessages(locale).scaleLevels,
): string | null {
  const level = nearestScaleLevel(value);
  return level === null ? null : words[level];
}

/** A value with its level for tooltips and names: "2,2 (Heikosti)", or "ei tietoa"; `words` as above. */
export function formatScoreWithLevel(
  value: number | null | undefined,
  locale: Locale,
  words?: Readonly<Record<Rating, string>>,
): string {
  const label = scaleLevelLabel(value, locale, words);
  return label === null
    ? formatScoreOrNoData(value, locale)
    : `${formatScore(value, locale)} (${label})`;
}
