import { defineChart } from '../chart/defineChart';
import type { CommonChartProps } from '../common/ChartProps';
import { warnDev } from '../dev/warnDev';
import { chartKindName } from '../locale/common';
import { responseCoverageMessages } from '../locale/responseCoverage';
import type { NotAnsweredWording } from '../locale/responseCoverage';
import { computeResponseCoverageLayout, DEFAULT_COVERAGE_LABEL_LINES } from './compute';
import type { ResponseCoverageOptions } from './compute';
import type { ResponseCoverageItemInfo } from './item';
import { ResponseCoverageSvg } from './ResponseCoverageSvg';
import { summarizeCoverage } from './summary';
import type { ResponseCoverageData, ResponseCoverageOrder } from './types';
import { validateResponseCoverageData } from './validate';

export interface ResponseCoverageProps extends CommonChartProps<ResponseCoverageItemInfo> {
  /**
   * The municipalities and whether each answered (optionally with a population), in display order:
   * `responseCoverageFromSurvey(survey, locale, populations)`, `responseCoverageFromResponses(…)` or by
   * hand. (The main entry's ResponseCoverage draws the shipped 2024 survey, 6/10 answered, when this is
   * omitted; this one, from `@yhdyspinta/charts/core`, carries no data.)
   */
  readonly data: ResponseCoverageData;
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
}

/**
 * Which municipalities answered a survey: the headline "6/10 kuntaa vastasi", the share of residents
 * covered when populations are given, and one tile per municipality — filled with a check mark and
 * "Vastasi", or outlined with a dash and "Ei vastausta määräajassa". One Tab stop; arrow keys move
 * between tiles as in a grid; tooltips follow the pointer and focus.
 */
export const ResponseCoverage = defineChart<
  ResponseCoverageData,
  ResponseCoverageProps,
  ResponseCoverageOptions
>({
  name: 'ResponseCoverage',
  validate: validateResponseCoverageData,
  defaultTitle: (_props, { locale, survey }) =>
    survey ? responseCoverageMessages(locale).title : undefined,
  untitledName: (_props, { locale }) => chartKindName('coverage', locale),
  check(_props, { valid }) {
    const invalid = valid ? summarizeCoverage(valid).invalidPopulationIds : [];
    if (invalid.length > 0) {
      warnDev(
        `ResponseCoverage: invalid population for ${invalid.join(', ')}; no population share shown.`,
      );
    }
  },
  options: (props, { title }) => ({
    title,
    hideTitle: props.hideTitle ?? false,
    subtitle: props.subtitle,
    illustrative: props.illustrative ?? false,
    showBase: props.showBase ?? false,
    wording: props.notAnsweredWording === 'plain' ? 'plain' : 'deadline',
    order: props.order === 'answered-first' ? 'answered-first' : 'source',
    maxColumns: props.maxColumns ?? 5,
    columns: props.columns,
    maxLabelLines: props.maxLabelLines ?? DEFAULT_COVERAGE_LABEL_LINES,
  }),
  naturalHeight: (data, width, { locale, theme }, options) =>
    computeResponseCoverageLayout({ data, width, locale, theme, options }).naturalHeight,
  Svg: ResponseCoverageSvg,
});
