// The data-free element's ResponseCoverage (a chunk of its own in the ES module bundle; onDemandSourceElements.ts).
import type { AnyChartDefinition } from '../../chart/ChartDefinition';
import { ResponseCoverage } from '../../ResponseCoverage/ResponseCoverage';
import { validateResponseCoverageData } from '../../ResponseCoverage/validate';
import { coreChart } from '../bundles/chartParts';
import type { ChartParts } from '../bundles/chartParts';
import { CORE_TITLES } from '../bundles/titles';

/** Its parts (the full bundles' chart, ../shipped/, draws them with the shipped data). */
export const parts: ChartParts = {
  id: 'coverage',
  Chart: ResponseCoverage as AnyChartDefinition['Chart'],
  validate: validateResponseCoverageData,
  titles: CORE_TITLES.coverage,
};

export const chart = /* @__PURE__ */ coreChart(parts);
