import { useMemo } from 'react';
import type { CommonChartProps } from '../common/ChartProps';
import { resolveLocale } from '../locale/messages';
import { rescueRadarMessages } from '../locale/rescueRadar';
import { resolveTheme } from '../theme/resolveTheme';
import { DEFAULT_RADAR_LABEL_LINES } from './compute';
import type { RescueRadarOptions } from './compute';
import { RescueRadarPlot } from './RescueRadarPlot';
import type { RescueRadarData } from './types';
import { validateRescueRadarData } from './validate';

export interface RescueRadarProps extends CommonChartProps {
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
  /** Draw the series legend (default: when there are two or more series). */
  readonly legend?: boolean;
}

/**
 * A radar of ratings on the 1–5 scale: one spoke per goal, one polygon per series. The centre is the
 * scale minimum 1 ("Ei lainkaan"), the five rings are labelled, the neutral ring 3 ("Kohtalaisesti") is
 * dashed as the reference, values are printed at the points and the base ("n = 6/10 kuntaa") is shown
 * under the title. Series differ by colour, marker shape and dash pattern. A missing value breaks the
 * polygon (no point, "ei tietoa"). Keyboard: Tab into the chart, Left/Right move around the goals,
 * Up/Down between series, Escape hides the tooltip. The same numbers as bars, for readers who cannot use
 * a radar: RescueBars (or the main entry's `twin="bars"`).
 */
export function RescueRadar(props: RescueRadarProps) {
  const locale = resolveLocale(props.locale);
  const theme = useMemo(() => resolveTheme(props.theme), [props.theme]);
  const { data } = props;
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
  return (
    <RescueRadarPlot
      validation={validation}
      locale={locale}
      theme={theme}
      options={options}
      width={props.width}
      height={props.height}
      loading={props.loading}
      description={props.description}
      className={props.className}
      interactive={props.interactive}
    />
  );
}
