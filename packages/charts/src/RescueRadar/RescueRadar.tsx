import { defineChart } from '../chart/defineChart';
import type { CommonChartProps } from '../common/ChartProps';
import { kindName, surveyTitle, titleOptions } from '../common/chartTitle';
import { rescueRadarMessages } from '../locale/rescueRadar';
import { DEFAULT_RADAR_LABEL_LINES, rescueRadarNaturalHeight } from './compute';
import type { RescueRadarOptions } from './compute';
import type { RadarArrangementOption } from './layoutTypes';
import type { RescueRadarItemInfo } from './item';
import { RescueRadarSvg } from './RescueRadarSvg';
import type { RescueRadarData } from './types';
import { validateRescueRadarData } from './validate';

export interface RescueRadarProps extends CommonChartProps<RescueRadarItemInfo> {
  /**
   * Axes (goals) and one or more series of values on 1–5: `rescueRadarFromSurvey(survey, locale)`,
   * `rescueRadarFromResponses(responses, { series: 'municipality' })` or by hand. (The main entry's
   * RescueRadar draws the shipped survey's nine rescue goals when this is omitted; this one, from
   * `@yhdyspinta/charts/core`, carries no data.)
   */
  readonly data: RescueRadarData;
  /**
   * Lines of a goal's text around the radar before it is cut with "…" (default 4; NaN or below 1 → 4, at
   * most 20). Full text: tooltip, name, table.
   */
  readonly maxLabelLines?: number;
  /** Print the values at the points where they fit (default true). */
  readonly showValues?: boolean;
  /** Draw the series legend (default: when there are two or more series; small multiples head each plot instead). */
  readonly legend?: boolean;
  /**
   * How the series are drawn. 'auto' (default): up to three series overlaid in one radar while its plot
   * is at least about 240 px across (at the default type; scaled with the theme's type), otherwise small
   * multiples: one small radar per series on the same scale, the goals numbered around each and their
   * full texts in a key; the chart says so in a note and in its description. 'overlay' or 'multiples'
   * forces one. For the same numbers as bars, use the bar twin (`twin="bars"` of the main entry, or
   * RescueBars).
   */
  readonly arrangement?: RadarArrangementOption;
  /**
   * The colour, marker and dash of the first series are those of series number `firstSeriesStyle + 1`
   * (default 0: the first style); a part of a split chart keeps the whole's styles with it.
   */
  readonly firstSeriesStyle?: number;
}

/**
 * A radar of ratings on the 1–5 scale: one spoke per goal, one polygon per series. The centre is the
 * scale minimum 1 ("Ei lainkaan"), the five rings are labelled, the neutral ring 3 ("Kohtalaisesti") is
 * dashed as the reference, values are printed at the points and the base ("n = 6/10 kuntaa") is shown
 * under the title. Series differ by colour, marker shape and dash pattern. A missing value breaks the
 * polygon (no point) and "ei tietoa" is printed under the goal's text; a series without any value says
 * so in the legend. More than three series, or too little width for a legible radar, give small
 * multiples (see `arrangement`). Keyboard: Tab into the chart, Left/Right move around the goals,
 * Up/Down between series, Escape hides the tooltip. The same numbers as bars, for readers who cannot use
 * a radar: RescueBars (or the main entry's `twin="bars"`).
 */
export const RescueRadar = defineChart<RescueRadarData, RescueRadarProps, RescueRadarOptions>({
  name: 'RescueRadar',
  validate: validateRescueRadarData,
  defaultTitle: surveyTitle(rescueRadarMessages),
  untitledName: kindName('radar'),
  options: (props, { title, valid }) => ({
    ...titleOptions(props, title),
    maxLabelLines: props.maxLabelLines ?? DEFAULT_RADAR_LABEL_LINES,
    showValues: props.showValues ?? true,
    legend: props.legend ?? (valid?.series.length ?? 0) > 1,
    arrangement: props.arrangement ?? 'auto',
    firstSeriesStyle: props.firstSeriesStyle,
  }),
  naturalHeight: (data, width, { locale, theme }, options) =>
    rescueRadarNaturalHeight({ data, width, locale, theme, options }),
  Svg: RescueRadarSvg,
});
