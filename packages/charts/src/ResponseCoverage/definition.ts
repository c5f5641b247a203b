// ResponseCoverage in every output: its id, the main entry's component with the shipped data, adapters.
import { survey2024 } from '@yhdyspinta/data';
import type { Locale, Survey } from '@yhdyspinta/data';
import { responseCoverageAbout } from './about';
import { defineChartEntry } from '../chart/ChartDefinition';
import type { OptionsOf } from '../chart/ChartDefinition';
import { withShippedData } from '../chart/withShippedData';
import { responseCoverageFromSurvey } from './fromSurvey';
import { splitCoverage } from './split';
import type { MunicipalityPopulations } from './fromSurvey';
import { ResponseCoverage } from './ResponseCoverage';
import { responseCoverageFromResponses } from './shipped/fromResponses';
import { responseCoverageTitles } from './titles';
import { validateResponseCoverageData } from './validate';

/** The props that choose ResponseCoverage's shipped data (used only without `data`). */
export interface ShippedCoverageProps {
  /** The survey drawn when no `data` is given (see responseCoverageFromSurvey). Default: survey2024. */
  readonly survey: Survey;
  /**
   * Residents per municipality, from the caller with its own source (the library ships no population
   * figures), for the survey drawn without `data`: adds the share of residents living in the
   * municipalities that answered, and each tile's population. With `data`, give `population` per item.
   */
  readonly populations: MunicipalityPopulations;
}

/** The chart of `survey` (default: the 2024 municipal survey, 6/10 answered) with `populations`. */
const shippedCoverage = (locale: Locale, { survey, populations }: Partial<ShippedCoverageProps>) =>
  responseCoverageFromSurvey(survey ?? survey2024, locale, populations);

/** ResponseCoverage drawing `survey` (default: the 2024 municipal survey, 6/10 answered) unless given `data`. */
export const ShippedResponseCoverage = withShippedData<
  Parameters<typeof ResponseCoverage>[0],
  ShippedCoverageProps
>(ResponseCoverage, shippedCoverage, 'ResponseCoverage', ['survey', 'populations']);

/** ResponseCoverage's own options (order, columns, showBase, populations, …). */
export type CoverageOptions = OptionsOf<typeof ShippedResponseCoverage>;

export const coverageChart = defineChartEntry({
  id: 'coverage',
  ...responseCoverageAbout,
  Chart: ShippedResponseCoverage,
  validate: validateResponseCoverageData,
  fromResponses: responseCoverageFromResponses,
  titles: responseCoverageTitles,
  shippedData: shippedCoverage,
  // Tiles too many for a size: each part draws a page of the tiles under the whole's headline.
  split: splitCoverage,
});
