import { ResponseCoverage } from '../../shipped/ResponseCoverage';
import type { ResponseCoverageProps } from '../../shipped/ResponseCoverage';
import { responseCoverageFromResponses } from '../../ResponseCoverage/fromResponses';
import type { ResponseCoverageData } from '../../ResponseCoverage/types';
import { validateResponseCoverageData } from '../../ResponseCoverage/validate';
import type { CommonChartProps } from '../../common/ChartProps';
import type { ChartDefinition } from './types';

/** ResponseCoverage's own options (order, columns, showBase, populations, …). */
export type CoverageOptions = Omit<ResponseCoverageProps, keyof CommonChartProps | 'data'>;

export const coverage: ChartDefinition<ResponseCoverageData, CoverageOptions> = {
  component: 'ResponseCoverage',
  description: 'Which municipalities answered the 2024 survey; with --data: those that rated',
  render: (props) => <ResponseCoverage {...props} />,
  validate: validateResponseCoverageData,
  fromResponses: (responses, locale) => responseCoverageFromResponses(responses, { locale }),
  needs: 'at least one municipality (from responses: any rating by a municipality of the area)',
};
