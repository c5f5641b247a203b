import { RescueRadar } from '../../shipped/RescueRadar';
import type { RescueRadarProps } from '../../shipped/RescueRadar';
import { rescueRadarFromResponses } from '../../RescueRadar/fromResponses';
import type { RescueRadarData } from '../../RescueRadar/types';
import { validateRescueRadarData } from '../../RescueRadar/validate';
import type { CommonChartProps } from '../../common/ChartProps';
import type { ChartDefinition } from './types';

/** RescueRadar's own options (twin, showValues, legend, maxLabelLines). */
export type RescueRadarOptions = Omit<RescueRadarProps, keyof CommonChartProps | 'data'>;

export const rescueRadar: ChartDefinition<RescueRadarData, RescueRadarOptions> = {
  component: 'RescueRadar',
  description: 'Mean ratings of the rescue service’s nine goals as a radar (2024 survey or --data)',
  render: (props) => <RescueRadar {...props} />,
  validate: validateRescueRadarData,
  fromResponses: (responses, locale) => rescueRadarFromResponses(responses, { locale }),
  needs:
    "at least one rating of the rescue service's goals (from responses: item ids rescue.1 … rescue.9)",
};
