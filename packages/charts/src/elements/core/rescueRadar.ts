// The data-free element's RescueRadarWithTwin (a chunk of its own in the ES module bundle; ../bundles/chartParts.ts).
import { RescueRadarWithTwin } from '../../RescueRadar/RescueRadarWithTwin';
import { validateRescueRadarData } from '../../RescueRadar/validate';
import { bundleChart } from '../bundles/chartParts';

export const { parts, chart } = bundleChart(
  'rescue-radar',
  RescueRadarWithTwin,
  validateRescueRadarData,
);
