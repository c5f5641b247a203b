// The full bundles' charts loaded up front, for both bundles with the shipped data: the classic script
// cannot load chunks, and the ES module loads its shipped data up front anyway (four charts' chunks and
// their shared chunks weigh more than one file: with every chart drawn, 102 kB gzip against 99).
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
