import { useMemo } from 'react';
import { isSurveyData, markSurveyData } from '../chart/surveyData';
import type { CommonChartProps } from '../common/ChartProps';
import { ChartState } from '../common/ChartState';
import { useDataProblems } from '../common/useDataProblems';
import { GoalBarChart } from '../GoalBarChart';
import { withValueFormat } from '../locale/format';
import { resolveLocale } from '../locale/messages';
import { rescueRadarMessages } from '../locale/rescueRadar';
import { radarKeyFinding } from './describe';
import { radarToGoalBarData } from './toGoalBarData';
import type { RescueRadarData } from './types';
import { validateRescueRadarData } from './validate';
import { radarPointsOfBars, useBarsApi } from './barsApi';
import type { RescueRadarItemInfo } from './item';

/**
 * The twin's events, tooltip renderer and highlight speak of the radar's points (RescueRadarItemInfo: an
 * axis of a series), like RescueRadar's, so one handler serves both; `highlight` takes axis and series ids.
 */
export interface RescueBarsProps extends CommonChartProps<RescueRadarItemInfo> {
  /**
   * The radar's data (axes and series). (The main entry's RescueBars draws the shipped survey's rescue
   * goals when this is omitted; this one, from `@yhdyspinta/charts/core`, carries no data.)
   */
  readonly data: RescueRadarData;
  /** Lines of a goal's text before it is cut with "…" (default 3). Full text: tooltip, name, table. */
  readonly maxLabelLines?: number;
  /** The value axis' title under the bars (GoalBarChart's `axisTitle`; default as GoalBarChart's). */
  readonly axisTitle?: string;
}

/**
 * The radar's accessible twin: the same numbers as horizontal bars on the 1–5 scale, for readers who
 * cannot use a radar. It is GoalBarChart (bars from the scale minimum 1, the neutral 3 marked, values
 * printed, keyboard and tooltips) fed with the radar's data: one group of bars per series. Its events,
 * custom tooltip and highlight speak of the radar's points, so it can be linked with the radar and other
 * charts. RescueRadar draws it under the radar with `twin="bars"`; use it alone to replace the radar.
 */
export function RescueBars(props: RescueBarsProps) {
  // The radar-item API becomes the bars' (useBarsApi); every other prop is GoalBarChart's own.
  const { data, description, onActiveChange, onSelect, renderTooltip, highlight, ...shared } =
    props;
  const locale = resolveLocale(props.locale);
  const validation = useMemo(() => validateRescueRadarData(data), [data]);
  // The survey's data keeps the survey's texts (title, axis title) in its bars; your own gets none invented.
  const survey = isSurveyData(data);
  const bars = useMemo(() => {
    if (!validation.ok) return null;
    const made = radarToGoalBarData(validation.data);
    return survey ? markSurveyData(made) : made;
  }, [validation, survey]);
  const points = useMemo(
    () => (bars && validation.ok ? radarPointsOfBars(validation.data, bars) : null),
    [bars, validation],
  );
  const api = useBarsApi(points, { onActiveChange, onSelect, renderTooltip, highlight });
  const title = props.title ?? (survey ? rescueRadarMessages(locale).title : undefined);
  const problems =
    !props.loading && !validation.ok && validation.kind === 'invalid' ? validation.problems : null;
  useDataProblems('RescueBars', problems, props.onError);
  if (!bars && !props.loading && !validation.ok) {
    // The state as the bars would be: at the same size, in the same locale and theme, under the same title.
    const { width, height, theme, className } = props;
    const frame = { title, width, height, locale, theme, className };
    return <ChartState kind={validation.kind === 'empty' ? 'empty' : 'error'} {...frame} />;
  }
  return (
    <GoalBarChart
      {...shared}
      {...api}
      locale={locale}
      title={title}
      data={bars ?? { groups: [] }}
      description={
        description ??
        (validation.ok
          ? withValueFormat(props.valueFormat, () => radarKeyFinding(validation.data, locale))
          : undefined)
      }
    />
  );
}
