import { survey2024 } from '@yhdyspinta/data';
import type { Survey } from '@yhdyspinta/data';
import { useMemo } from 'react';
import { warnDev } from '../common/warnDev';
import { resolveLocale } from '../locale/resolve';
import { responseCoverageFromSurvey } from '../ResponseCoverage/fromSurvey';
import type { MunicipalityPopulations } from '../ResponseCoverage/fromSurvey';
import { ResponseCoverage as ResponseCoverageCore } from '../ResponseCoverage/ResponseCoverage';
import type { ResponseCoverageProps as ResponseCoverageCoreProps } from '../ResponseCoverage/ResponseCoverage';
import type { ResponseCoverageData } from '../ResponseCoverage/types';

export interface ResponseCoverageProps extends Omit<ResponseCoverageCoreProps, 'data'> {
  /**
   * The municipalities and whether each answered (optionally with a population), in display order.
   * Omit to draw `survey` (default: the 2024 municipal survey, 6/10 answered).
   */
  readonly data?: ResponseCoverageData;
  /** The survey drawn when no `data` is given (see responseCoverageFromSurvey). Default: survey2024. */
  readonly survey?: Survey;
  /**
   * Residents per municipality, from the caller with its own source (the library ships no population
   * figures), for the survey drawn without `data`: adds the share of residents living in the
   * municipalities that answered, and each tile's population. With `data`, give `population` per item.
   */
  readonly populations?: MunicipalityPopulations;
}

/**
 * ResponseCoverage with the shipped data as its default: `<ResponseCoverage />` draws the 2024 survey's
 * 6/10. Everything else is the chart of `@yhdyspinta/charts/core` (see there), which leaves the survey out
 * of a bundle that passes its own data.
 */
export function ResponseCoverage(props: ResponseCoverageProps) {
  const { data: given, survey, populations, ...rest } = props;
  const locale = resolveLocale(props.locale);
  const data = useMemo(
    () => given ?? responseCoverageFromSurvey(survey ?? survey2024, locale, populations),
    [given, survey, locale, populations],
  );
  if (given !== undefined && populations !== undefined) {
    warnDev(
      'ResponseCoverage: `populations` is used only without `data`; give `population` per item.',
    );
  }
  return <ResponseCoverageCore {...rest} locale={locale} data={data} />;
}
