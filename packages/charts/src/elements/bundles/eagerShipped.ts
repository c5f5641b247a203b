// The full bundles' charts loaded up front, for the classic-script bundle with the shipped data (which
// cannot load chunks: loading them on demand there would only add esbuild's lazy module wrappers).
import type { ElementChart } from '../elementChart';
import { chart as coverage } from '../shipped/coverage';
import { chart as goalBars } from '../shipped/goalBars';
import { chart as rescueRadar } from '../shipped/rescueRadar';
import { chart as themeHeatmap } from '../shipped/themeHeatmap';

export const EAGER_SHIPPED_CHARTS: readonly ElementChart[] = [
  goalBars,
  themeHeatmap,
  rescueRadar,
  coverage,
];
