// The data-free element's ResponseCoverage (a chunk of its own in the ES module bundle; onDemandSourceElements.ts).
import type { AnyChartDefinition } from '../../chart/ChartDefinition';
import { ResponseCoverage } from '../../ResponseCoverage/ResponseCoverage';
import { validateResponseCoverageData } from '../../ResponseCoverage/validate';
import { coreChart } from './coreChart';
import { CORE_TITLES } from './titles';

export const chart = coreChart({
  id: 'coverage',
  Chart: ResponseCoverage as AnyChartDefinition['Chart'],
  validate: validateResponseCoverageData,
  titles: CORE_TITLES.coverage,
});
