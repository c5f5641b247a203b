// The data-free element's RescueRadar (a chunk of its own in the ES module bundle; ../bundles/chartParts.ts): the
// radar alone, as an element has no `twin` (its bar twin, RescueBars, is the main entry's).
import { RescueRadar } from '../../RescueRadar/RescueRadar';
import { validateRescueRadarData } from '../../RescueRadar/validate';
import { bundleChart } from '../bundles/chartParts';

export const { parts, chart } = bundleChart('rescue-radar', RescueRadar, validateRescueRadarData);
