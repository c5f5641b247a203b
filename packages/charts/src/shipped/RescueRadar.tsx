import { survey2024 } from '@yhdyspinta/data';
import { useMemo } from 'react';
import { warnDev } from '../common/warnDev';
import { rescueRadarMessages } from '../locale/rescueRadar';
import { resolveLocale } from '../locale/resolve';
import { rescueRadarFromSurvey } from '../RescueRadar/fromSurvey';
import { RescueBars } from '../RescueRadar/RescueBars';
import { RescueRadar as RescueRadarCore } from '../RescueRadar/RescueRadar';
import type { RescueRadarProps as RescueRadarCoreProps } from '../RescueRadar/RescueRadar';
import type { RescueRadarData, RescueRadarTwin } from '../RescueRadar/types';
import { validateRescueRadarData } from '../RescueRadar/validate';

export interface RescueRadarProps extends Omit<RescueRadarCoreProps, 'data'> {
  /**
   * Axes (goals) and one or more series of values on 1–5. Default: the rescue service's nine goals of the
   * 2024 municipal survey (`survey2024.rescueGoals`) as one series of the published means, in the chosen
   * locale. Build your own by hand, with `rescueRadarFromSurvey(survey, locale)`, or from a raw export
   * with `rescueRadarFromResponses(responses, { series: 'municipality' })`.
   */
  readonly data?: RescueRadarData;
  /**
   * The accessible twin: `'bars'` also draws the same numbers as horizontal bars under the radar (then
   * the outermost element is a <div> holding both charts, each a figure with its own Tab stop);
   * `'none'` (default) the radar only. The visually hidden data table is always there.
   */
  readonly twin?: RescueRadarTwin;
}

/**
 * RescueRadar with the shipped data as its default (`<RescueRadar />` draws the survey's rescue goals)
 * and the bars twin built in. The radar itself is the chart of `@yhdyspinta/charts/core` (see there),
 * which leaves the survey and the bars out of a bundle that passes its own data.
 */
export function RescueRadar(props: RescueRadarProps) {
  const { twin: twinProp, data: given, ...rest } = props;
  const locale = resolveLocale(props.locale);
  const data = useMemo(() => given ?? rescueRadarFromSurvey(survey2024, locale), [given, locale]);
  const twin = twinProp ?? 'none';
  if (twin !== 'none' && twin !== 'bars') {
    warnDev(`RescueRadar: unknown twin ${JSON.stringify(twin)}; drawing the radar only.`);
  }
  // The twin repeats the chart's numbers: with no valid numbers (or while loading) the radar's state says it all.
  const twinned = twin === 'bars' && !props.loading;
  // The radar validates its data itself; the twin only needs to know, and only when it is asked for.
  const valid = useMemo(() => twinned && validateRescueRadarData(data).ok, [twinned, data]);
  const withBars = twinned && valid;
  if (!withBars) return <RescueRadarCore {...rest} locale={locale} data={data} />;
  const title = props.title ?? rescueRadarMessages(locale).title;
  return (
    <div className={props.className}>
      <RescueRadarCore {...rest} className={undefined} locale={locale} data={data} />
      <RescueBars
        data={data}
        width={props.width}
        locale={locale}
        theme={props.theme}
        title={rescueRadarMessages(locale).barsTitle(title)}
        illustrative={props.illustrative}
        loading={props.loading}
        interactive={props.interactive}
      />
    </div>
  );
}
