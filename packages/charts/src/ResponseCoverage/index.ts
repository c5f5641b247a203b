// ResponseCoverage's public face: the chart (data required), its data types, adapter, layout.
export { ResponseCoverage } from './ResponseCoverage';
export type { ResponseCoverageProps } from './ResponseCoverage';
export type { ResponseCoverageItemInfo } from './item';
export type { ResponseCoverageItem, ResponseCoverageData, ResponseCoverageOrder } from './types';
export { responseCoverageFromSurvey } from './fromSurvey';
export type { MunicipalityPopulations } from './fromSurvey';
export { summarizeCoverage } from './summary';
export type { CoverageSummary, CoveragePopulationSummary } from './summary';
export { validateResponseCoverageData } from './validate';
export { computeResponseCoverageLayout } from './compute';
export type {
  CoverageLayoutMode,
  CoverageLegendEntry,
  ResponseCoverageLayout,
  ResponseCoverageLayoutInput,
  ResponseCoverageOptions,
  CoverageTile,
} from './compute';
export type { NotAnsweredWording } from '../locale/responseCoverage';
