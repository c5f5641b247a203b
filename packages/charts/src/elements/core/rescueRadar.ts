// The data-free element's RescueRadarWithTwin (a chunk of its own in the ES module bundle; onDemandSourceElements.ts).
import type { AnyChartDefinition } from '../../chart/ChartDefinition';
import { RescueRadarWithTwin } from '../../RescueRadar/RescueRadarWithTwin';
import { validateRescueRadarData } from '../../RescueRadar/validate';
import { coreChart } from '../bundles/chartParts';
import type { ChartParts } from '../bundles/chartParts';
import { CORE_TITLES } from '../bundles/titles';

/** Its parts (the full bundles' chart, ../shipped/, draws them with the shipped data). */
export const parts: ChartParts = {
  id: 'rescue-radar',
  Chart: RescueRadarWithTwin as AnyChartDefinition['Chart'],
  validate: validateRescueRadarData,
  titles: CORE_TITLES['rescue-radar'],
};

export const chart = /* @__PURE__ */ coreChart(parts);
