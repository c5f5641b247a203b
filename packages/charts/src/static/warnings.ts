/**
 * What the reader of a rendered document is told, in every language: that it was scaled down (fit
 * 'shrink'), and that labels were cut with "…" (a picture has no tooltip to show their whole text).
 */
import { everyLocale } from '@yhdyspinta/data';
import type { Locale } from '@yhdyspinta/data';
import { outputMessages } from '../locale/output';
import type { SvgDocument } from './svgDocument';

/** Where a document was drawn: its preset (if any), size as "1920×1080 px" and language. */
export interface DrawnAt {
  readonly preset?: string;
  readonly size: string;
  readonly locale: Locale;
}

/** "N labels were cut (…)", in every language. */
export function labelsCutWarning(
  chart: string,
  place: DrawnAt,
  count: number,
): Readonly<Record<Locale, string>> {
  const text = { chart, ...place, count };
  return everyLocale((locale) => outputMessages(locale).labelsCut(text));
}

/** The warnings of one document: scaled down, labels cut. */
export function documentWarnings(
  chart: string,
  document: SvgDocument,
  place: DrawnAt,
): Readonly<Record<Locale, string>>[] {
  const out: Readonly<Record<Locale, string>>[] = [];
  if (document.scale !== 1) {
    const text = {
      chart,
      preset: place.preset,
      size: place.size,
      percent: Math.floor(document.scale * 100),
      smallest: document.smallestText,
    };
    out.push(everyLocale((locale) => outputMessages(locale).scaledDown(text)));
  }
  if (document.truncatedCount !== undefined) {
    out.push(labelsCutWarning(chart, place, document.truncatedCount));
  }
  return out;
}
