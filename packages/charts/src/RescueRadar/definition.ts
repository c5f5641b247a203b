// RescueRadar in every output: its id, the main entry's components with the shipped data, its adapters.
import { survey2024 } from '@yhdyspinta/data';
import type { Locale } from '@yhdyspinta/data';
import { rescueRadarAbout } from './about';
import { defineChartEntry } from '../chart/ChartDefinition';
import type { OptionsOf } from '../chart/ChartDefinition';
import { withShippedData } from '../chart/withShippedData';
import { rescueRadarFromSurvey } from './fromSurvey';
import { RescueBars } from './RescueBars';
import { RescueRadarWithTwin } from './RescueRadarWithTwin';
import { rescueRadarFromResponses } from './shipped/fromResponses';
import { rescueRadarTitles } from './titles';
import { validateRescueRadarData } from './validate';

/** The rescue service's nine goals of the 2024 survey as one series of the published means. */
const shippedRadarData = (locale: Locale) => rescueRadarFromSurvey(survey2024, locale);

/** RescueRadar (with its `twin="bars"` option) drawing the shipped rescue goals unless given `data`. */
export const ShippedRescueRadar = withShippedData(
  RescueRadarWithTwin,
  shippedRadarData,
  'RescueRadar',
);

/** RescueBars drawing the shipped rescue goals unless given `data`. */
export const ShippedRescueBars = withShippedData(RescueBars, shippedRadarData, 'RescueBars');

/** RescueRadar's own options (twin, showValues, legend, maxLabelLines). */
export type RescueRadarChartOptions = OptionsOf<typeof ShippedRescueRadar>;

export const rescueRadarChart = defineChartEntry({
  id: 'rescue-radar',
  ...rescueRadarAbout,
  Chart: ShippedRescueRadar,
  validate: validateRescueRadarData,
  fromResponses: rescueRadarFromResponses,
  titles: rescueRadarTitles,
  shippedData: shippedRadarData,
  // Small multiples too many for a size: each part draws a page of the series on the same axes, as
  // small multiples too (two series alone would be overlaid in one radar of another size).
  split: ({ data, props, plan }) =>
    plan.pages.map(({ start, end }) => ({
      data: { ...data, series: data.series.slice(start, end) },
      // The whole's colours and markers: a part's first series keeps its style.
      props: {
        ...props,
        arrangement: 'multiples' as const,
        firstSeriesStyle: (props.firstSeriesStyle ?? 0) + start,
      },
    })),
});
