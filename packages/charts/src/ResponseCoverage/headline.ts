/**
 * The top of ResponseCoverage, pure: the chart header (title, base, illustrative note), the headline
 * "6/10 kuntaa vastasi" and the population notes under it; the tile grid starts below them.
 */
import { layoutChartHeader } from '../layout/chartHeader';
import { commonMessages } from '../locale/common';
import { formatBase } from '../locale/format';
import type { ChartTheme } from '../theme/ChartTheme';
import { coverageHeadline, populationNotes } from './describe';
import type { ResponseCoverageLayoutInput, ResponseCoverageLayout, TextBlock } from './layoutTypes';
import type { CoverageSummary } from './summary';
import { blockBottom, place, textBlock } from './textBlock';

/**
 * The header (in the theme's type), the headline (in `theme`: the theme's type, scaled when a fixed
 * height leaves room) and the notes, and `gridTop`, where the tiles start.
 */
export function layoutCoverageHeadline(
  input: ResponseCoverageLayoutInput,
  theme: ChartTheme,
  summary: CoverageSummary,
): Pick<ResponseCoverageLayout, 'header' | 'headline' | 'notes'> & { readonly gridTop: number } {
  const { data, width, locale, options } = input;
  const { fontSize, fontWeight, lineHeight } = theme;
  const { spacing } = input.theme;
  const pad = spacing.md;
  const inner = Math.max(1, width - 2 * pad);
  const header = layoutChartHeader({
    theme: input.theme,
    title: options.title,
    hideTitle: options.hideTitle,
    notes: [
      options.showBase ? formatBase(summary.answered, summary.total, locale) : '',
      options.illustrative ? commonMessages(locale).illustrativeData : '',
    ],
    width,
  });
  const headlineBlock = textBlock(
    coverageHeadline(summary, locale),
    pad,
    header.height,
    inner,
    fontSize.title,
    fontWeight.bold,
    lineHeight,
    3,
  );
  const headline = place(headlineBlock, pad, header.height);
  const notes: TextBlock[] = [];
  let y = blockBottom(headline);
  for (const note of populationNotes(summary, data, locale)) {
    const b = textBlock(
      note,
      pad,
      y + spacing.xs,
      inner,
      fontSize.subtitle,
      fontWeight.normal,
      lineHeight,
      4,
    );
    notes.push(place(b, pad, b.y));
    y = blockBottom(b);
  }
  const gridTop = y + spacing.md;
  return { header, headline, notes, gridTop };
}
