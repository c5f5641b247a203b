// The data-free charts loaded up front, for the classic-script bundle (which cannot load chunks: loading
// them on demand there would only add esbuild's lazy module wrappers).
import type { ElementChart } from '../elementChart';
import { chart as coverage } from './coverage';
import { chart as goalBars } from './goalBars';
import { chart as rescueRadar } from './rescueRadar';
import { chart as themeHeatmap } from './themeHeatmap';

export const EAGER_CORE_CHARTS: readonly ElementChart[] = [
  goalBars,
  themeHeatmap,
  rescueRadar,
  coverage,
];
