/**
 * The parts of a coverage chart too tall for a fixed size (the static renderer's honest splitting): each
 * part draws one page of the tiles (`tileRange`, in display order) in the whole's mode and columns, under the whole's
 * headline, so "17/25" and the population share mean the same on every part.
 */
import type { ChartPart, SplitInput } from '../chart/ChartDefinition';
import { computeResponseCoverageLayout } from './compute';
import { coverageOptions } from './options';
import type { CoverageLayoutProps } from './options';
import type { ResponseCoverageData } from './types';

export function splitCoverage<P extends CoverageLayoutProps>(
  input: SplitInput<ResponseCoverageData, P>,
): ChartPart<ResponseCoverageData, P>[] {
  const { data, props, plan, width, height, locale, theme, title, hideTitle } = input;
  const options = coverageOptions({ ...props, hideTitle: hideTitle ?? props.hideTitle }, title);
  const whole = computeResponseCoverageLayout({ data, width, height, locale, theme, options });
  // A part split again counts its pages from its own first tile.
  const first = props.tileRange?.start ?? 0;
  return plan.pages.map(({ start, end }) => ({
    data,
    props: {
      ...props,
      layoutMode: whole.mode,
      columns: whole.grid.columns,
      tileRange: { start: first + start, end: first + end },
    },
  }));
}
