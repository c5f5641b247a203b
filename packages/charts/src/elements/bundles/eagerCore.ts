// The data-free charts loaded up front, for the classic-script bundle (which cannot load chunks: loading
// them on demand there would only add esbuild's lazy module wrappers).
import type { ElementChart } from '../elementChart';
import { chart as coverage } from '../core/coverage';
import { chart as goalBars } from '../core/goalBars';
import { chart as rescueRadar } from '../core/rescueRadar';
import { chart as themeHeatmap } from '../core/themeHeatmap';

export const EAGER_CORE_CHARTS: readonly ElementChart[] = [
  goalBars,
  themeHeatmap,
  rescueRadar,
  coverage,
];
