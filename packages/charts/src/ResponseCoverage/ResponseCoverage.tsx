import { defineChart } from '../chart/defineChart';
import type { CommonChartProps } from '../common/ChartProps';
import { ELEMENT_BUNDLE } from '../dev/elementBundle';
import { warnDev } from '../dev/warnDev';
import { kindName, surveyTitle } from '../common/chartTitle';
import { responseCoverageMessages } from '../locale/responseCoverage';
import { computeResponseCoverageLayout } from './compute';
import type { ResponseCoverageOptions } from './compute';
import { coverageOptions } from './options';
import type { CoverageLayoutProps } from './options';
import type { ResponseCoverageItemInfo } from './item';
import { ResponseCoverageSvg } from './ResponseCoverageSvg';
import { summarizeCoverage } from './summary';
import type { ResponseCoverageData } from './types';
import { validateResponseCoverageData } from './validate';

export interface ResponseCoverageProps
  extends CommonChartProps<ResponseCoverageItemInfo>, CoverageLayoutProps {
  /**
   * The municipalities and whether each answered (optionally with a population), in display order:
   * `responseCoverageFromSurvey(survey, locale, populations)`, `responseCoverageFromResponses(…)` or by
   * hand. (The main entry's ResponseCoverage draws the shipped 2024 survey, 6/10 answered, when this is
   * omitted; this one, from `@yhdyspinta/charts/core`, carries no data.)
   */
  readonly data: ResponseCoverageData;
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
  defaultTitle: surveyTitle(responseCoverageMessages),
  untitledName: kindName('coverage'),
  check(_props, { valid }) {
    if (ELEMENT_BUNDLE) return;
    const invalid = valid ? summarizeCoverage(valid).invalidPopulationIds : [];
    if (invalid.length > 0) {
      warnDev(
        `ResponseCoverage: invalid population for ${invalid.join(', ')}; no population share shown.`,
      );
    }
  },
  options: (props, { title }) => coverageOptions(props, title),
  naturalHeight: (data, width, { locale, theme }, options) =>
    computeResponseCoverageLayout({ data, width, locale, theme, options }).naturalHeight,
  Svg: ResponseCoverageSvg,
});
