// The data-free element's RescueRadarWithTwin (a chunk of its own in the ES module bundle; onDemandSourceElements.ts).
import type { AnyChartDefinition } from '../../chart/ChartDefinition';
import { RescueRadarWithTwin } from '../../RescueRadar/RescueRadarWithTwin';
import { validateRescueRadarData } from '../../RescueRadar/validate';
import { coreChart } from './coreChart';
import { CORE_TITLES } from './titles';

export const chart = coreChart({
  id: 'rescue-radar',
  Chart: RescueRadarWithTwin as AnyChartDefinition['Chart'],
  validate: validateRescueRadarData,
  titles: CORE_TITLES['rescue-radar'],
});
