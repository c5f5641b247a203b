/**
 * The top of ResponseCoverage, pure: the chart header (title, base, illustrative note), the headline
 * "6/10 kuntaa vastasi" under it (smaller than the title: see coverageType.ts) and the population notes;
 * the tiles start below them.
 */
import { layoutChartHeader } from '../layout/chartHeader';
import { commonMessages } from '../locale/common';
import { formatBase } from '../locale/format';
import type { CoverageType } from './coverageType';
import { coverageHeadline, populationNotes } from './describe';
import type { ResponseCoverageLayoutInput, ResponseCoverageLayout, TextBlock } from './layoutTypes';
import type { CoverageSummary } from './summary';
import { blockBottom, place, textBlock } from './textBlock';

/** The header (in the theme's type), the headline and the notes, and `bodyTop`, where the tiles may start. */
export function layoutCoverageHeadline(
  input: ResponseCoverageLayoutInput,
  type: CoverageType,
  summary: CoverageSummary,
): Pick<ResponseCoverageLayout, 'header' | 'headline' | 'notes'> & { readonly bodyTop: number } {
  const { data, width, locale, options } = input;
  const pad = type.margin;
  const inner = Math.max(1, width - 2 * pad);
  const header = layoutChartHeader({
    locale,
    theme: input.theme,
    title: options.title,
    hideTitle: options.hideTitle,
    notes: [
      options.subtitle ?? '',
      options.showBase ? formatBase(summary.answered, summary.total, locale) : '',
      options.illustrative ? commonMessages(locale).illustrativeData : '',
    ],
    width,
  });
  const headline = textBlock(
    coverageHeadline(summary, locale),
    pad,
    header.height,
    inner,
    type.headline,
    type.bold,
    type.lineHeight,
    3,
    locale,
  );
  const notes: TextBlock[] = [];
  let y = blockBottom(headline);
  for (const note of populationNotes(summary, data, locale)) {
    const b = textBlock(
      note,
      pad,
      y + type.xs,
      inner,
      type.note,
      type.normal,
      type.lineHeight,
      4,
      locale,
    );
    notes.push(place(b, pad, b.y));
    y = blockBottom(b);
  }
  return { header, headline: place(headline, pad, headline.y), notes, bodyTop: y + pad };
}
