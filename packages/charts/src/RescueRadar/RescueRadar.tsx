import { survey2024 } from '@yhdyspinta/data';
import { useMemo } from 'react';
import type { CommonChartProps } from '../common/ChartProps';
import { warnDev } from '../common/warnDev';
import { resolveLocale } from '../locale/messages';
import { rescueRadarMessages } from '../locale/rescueRadar';
import { resolveTheme } from '../theme/resolveTheme';
import { DEFAULT_RADAR_LABEL_LINES } from './compute';
import type { RescueRadarOptions } from './compute';
import { rescueRadarDataFromSurvey } from './fromSurvey';
import { RescueBars } from './RescueBars';
import { RescueRadarPlot } from './RescueRadarPlot';
import type { RescueRadarData, RescueRadarTwin } from './types';
import { validateRescueRadarData } from './validate';

export interface RescueRadarProps extends CommonChartProps {
  /**
   * Axes (goals) and one or more series of values on 1–5. Default: the rescue service's nine goals of the
   * 2024 municipal survey (`survey2024.rescueGoals`) as one series of the published means, in the chosen
   * locale. Build your own by hand, with `rescueRadarDataFromSurvey(survey, locale)`, or from a raw export
   * with `rescueRadarDataFromResponses(responses, { series: 'municipality' })`.
   */
  readonly data?: RescueRadarData;
  /**
   * The accessible twin: `'bars'` also draws the same numbers as horizontal bars under the radar (then
   * the outermost element is a <div> holding both charts, each a figure with its own Tab stop);
   * `'none'` (default) the radar only. The visually hidden data table is always there.
   */
  readonly twin?: RescueRadarTwin;
  /**
   * Lines of a goal's text around the radar before it is cut with "…" (default 4; NaN or below 1 → 4, at
   * most 20). Full text: tooltip, name, table.
   */
  readonly maxLabelLines?: number;
  /** Print the values at the points where they fit (default true). */
  readonly showValues?: boolean;
  /** Draw the series legend (default: when there are two or more series). */
  readonly legend?: boolean;
}

/**
 * A radar of ratings on the 1–5 scale: one spoke per goal, one polygon per series. The centre is the
 * scale minimum 1 ("Ei lainkaan"), the five rings are labelled, the neutral ring 3 ("Kohtalaisesti") is
 * dashed as the reference, values are printed at the points and the base ("n = 6/10 kuntaa") is shown
 * under the title. Series differ by colour, marker shape and dash pattern. A missing value breaks the
 * polygon (no point, "ei tietoa"). Keyboard: Tab into the chart, Left/Right move around the goals,
 * Up/Down between series, Escape hides the tooltip.
 */
export function RescueRadar(props: RescueRadarProps) {
  const locale = resolveLocale(props.locale);
  const theme = useMemo(() => resolveTheme(props.theme), [props.theme]);
  const data = useMemo(
    () => props.data ?? rescueRadarDataFromSurvey(survey2024, locale),
    [props.data, locale],
  );
  const validation = useMemo(() => validateRescueRadarData(data), [data]);
  const title = props.title ?? rescueRadarMessages(locale).title;
  const seriesCount = validation.ok ? validation.data.series.length : 0;
  const options = useMemo<RescueRadarOptions>(
    () => ({
      title,
      hideTitle: props.hideTitle ?? false,
      illustrative: props.illustrative ?? false,
      maxLabelLines: props.maxLabelLines ?? DEFAULT_RADAR_LABEL_LINES,
      showValues: props.showValues ?? true,
      legend: props.legend ?? seriesCount > 1,
    }),
    [
      title,
      props.hideTitle,
      props.illustrative,
      props.maxLabelLines,
      props.showValues,
      props.legend,
      seriesCount,
    ],
  );
  const twin = props.twin ?? 'none';
  if (twin !== 'none' && twin !== 'bars') {
    warnDev(`RescueRadar: unknown twin ${JSON.stringify(twin)}; drawing the radar only.`);
  }
  // The twin repeats the chart's numbers: with no valid numbers (or while loading) the radar's state says it all.
  const withBars = twin === 'bars' && validation.ok && !props.loading;
  const radar = (
    <RescueRadarPlot
      validation={validation}
      locale={locale}
      theme={theme}
      options={options}
      width={props.width}
      height={props.height}
      loading={props.loading}
      description={props.description}
      className={withBars ? undefined : props.className}
    />
  );
  if (!withBars) return radar;
  return (
    <div className={props.className}>
      {radar}
      <RescueBars
        data={data}
        width={props.width}
        locale={locale}
        theme={theme}
        title={rescueRadarMessages(locale).barsTitle(title)}
        illustrative={props.illustrative}
        loading={props.loading}
      />
    </div>
  );
}
