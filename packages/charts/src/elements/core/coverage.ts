// The data-free element's ResponseCoverage (a chunk of its own in the ES module bundle; ../bundles/chartParts.ts).
import { ResponseCoverage } from '../../ResponseCoverage/ResponseCoverage';
import { validateResponseCoverageData } from '../../ResponseCoverage/validate';
import { bundleChart } from '../bundles/chartParts';

export const { parts, chart } = bundleChart(
  'coverage',
  ResponseCoverage,
  validateResponseCoverageData,
);
