import { useMemo } from 'react';
import { isSurveyData } from '../chart/surveyData';
import { ELEMENT_BUNDLE } from '../dev/elementBundle';
import { warnDev } from '../dev/warnDev';
import { rescueRadarMessages } from '../locale/rescueRadar';
import { resolveLocale } from '../locale/resolve';
import { RescueBars } from './RescueBars';
import type { RescueBarsProps } from './RescueBars';
import { RescueRadar } from './RescueRadar';
import type { RescueRadarProps } from './RescueRadar';
import type { RescueRadarTwin } from './types';
import { validateRescueRadarData } from './validate';

export interface RescueRadarWithTwinProps extends RescueRadarProps {
  /**
   * The accessible twin: `'bars'` also draws the same numbers as horizontal bars under the radar (then
   * the outermost element is a <div> holding both charts, each a figure with its own Tab stop);
   * `'none'` (default) the radar only. The visually hidden data table is always there. The twin takes
   * the same `onActiveChange`, `onSelect`, `renderTooltip` and `highlight` (its bars as radar points).
   */
  readonly twin?: RescueRadarTwin;
}

/**
 * The radar's props its twin takes as they are: the width, theme, value format, states, events and
 * highlight (not its height, texts, label lines or class, which are the radar's own).
 */
const TWIN_PROPS = [
  'width',
  'theme',
  'valueFormat',
  'illustrative',
  'loading',
  'interactive',
  'onActiveChange',
  'onSelect',
  'renderTooltip',
  'highlight',
] as const satisfies readonly (keyof RescueRadarProps & keyof RescueBarsProps)[];

type TwinProps = Pick<RescueBarsProps, (typeof TWIN_PROPS)[number]>;

function twinProps(props: RescueRadarProps): TwinProps {
  const picked: Partial<Record<keyof TwinProps, unknown>> = {};
  for (const name of TWIN_PROPS) if (props[name] !== undefined) picked[name] = props[name];
  return picked as TwinProps;
}

/**
 * The main entry's RescueRadar: the radar, and with `twin="bars"` its bars twin under it. (The core
 * entry's RescueRadar is the radar alone, so a bundle that does not ask for the twin carries no bars.)
 */
export function RescueRadarWithTwin(props: RescueRadarWithTwinProps) {
  const { twin: twinProp, source, ...rest } = props;
  const { data } = props;
  const locale = resolveLocale(props.locale);
  const twin = twinProp ?? 'none';
  if (!ELEMENT_BUNDLE && twin !== 'none' && twin !== 'bars') {
    warnDev(`RescueRadar: unknown twin ${JSON.stringify(twin)}; drawing the radar only.`);
  }
  // The twin repeats the chart's numbers: with no valid numbers (or while loading) the radar's state says it all.
  const twinned = twin === 'bars' && !props.loading;
  // The radar validates its data itself; the twin only needs to know, and only when it is asked for.
  const valid = useMemo(() => twinned && validateRescueRadarData(data).ok, [twinned, data]);
  if (!(twinned && valid)) return <RescueRadar {...rest} source={source} locale={locale} />;
  const title = props.title ?? (isSurveyData(data) ? rescueRadarMessages(locale).title : undefined);
  return (
    <div className={props.className}>
      <RescueRadar {...rest} className={undefined} locale={locale} />
      <RescueBars
        {...twinProps(props)}
        data={data}
        locale={locale}
        title={title === undefined ? undefined : rescueRadarMessages(locale).barsTitle(title)}
        source={source}
      />
    </div>
  );
}
