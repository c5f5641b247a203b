/** ResponseCoverage's layout options from its props (the component and the static renderer's split). */
import type { CommonChartProps } from '../common/ChartProps';
import { titleOptions } from '../common/chartTitle';
import { DEFAULT_COVERAGE_LABEL_LINES } from './compute';
import type { CoverageLayoutMode, ResponseCoverageOptions, TileRange } from './layoutTypes';
import type { NotAnsweredWording } from '../locale/responseCoverage';
import type { ResponseCoverageOrder } from './types';

/** ResponseCoverage's own props: those that shape the layout (ResponseCoverageProps adds the data). */
export interface CoverageLayoutProps extends Pick<
  CommonChartProps<never>,
  'hideTitle' | 'subtitle' | 'illustrative'
> {
  /** Also print the response base "n = 6/10 kuntaa" under the title, as the other charts do. Default false. */
  readonly showBase?: boolean;
  /** 'deadline' (default): "Ei vastausta määräajassa" as in the 2024 survey; 'plain': "Ei vastausta". */
  readonly notAnsweredWording?: NotAnsweredWording;
  /** 'source' (default): data order; 'answered-first': those that answered first. */
  readonly order?: ResponseCoverageOrder;
  /** A fixed number of tile columns; default: as many as fit the width, up to `maxColumns`. */
  readonly columns?: number;
  /** Most columns chosen by width (default 5: ten municipalities as 5 × 2). */
  readonly maxColumns?: number;
  /**
   * Lines of a name before it is cut with "…" (full name in the tooltip and table). Default 5 (also for
   * NaN or below 1); at most 20. Columns are chosen so that names fit these lines where the width allows.
   */
  readonly maxLabelLines?: number;
  /**
   * Draw only the tiles [start, end) of the display order, as a part of a chart split over several
   * slides (the static renderer's parts); the headline still counts every municipality. Default: all.
   */
  readonly tileRange?: TileRange;
  /**
   * 'tiles' (tiles with the status printed) or 'compact' (a list of chips under a legend); default: by
   * the width and, at a fixed height, what fits.
   */
  readonly layoutMode?: CoverageLayoutMode;
}

export function coverageOptions(
  props: CoverageLayoutProps,
  title: string,
): ResponseCoverageOptions {
  return {
    ...titleOptions(props, title),
    showBase: props.showBase ?? false,
    wording: props.notAnsweredWording === 'plain' ? 'plain' : 'deadline',
    order: props.order === 'answered-first' ? 'answered-first' : 'source',
    maxColumns: props.maxColumns ?? 5,
    columns: props.columns,
    maxLabelLines: props.maxLabelLines ?? DEFAULT_COVERAGE_LABEL_LINES,
    tileRange: props.tileRange,
    layoutMode: props.layoutMode,
  };
}
