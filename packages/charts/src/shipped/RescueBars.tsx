import { survey2024 } from '@yhdyspinta/data';
import { useMemo } from 'react';
import { resolveLocale } from '../locale/resolve';
import { rescueRadarFromSurvey } from '../RescueRadar/fromSurvey';
import { RescueBars as RescueBarsCore } from '../RescueRadar/RescueBars';
import type { RescueBarsProps as RescueBarsCoreProps } from '../RescueRadar/RescueBars';
import type { RescueRadarData } from '../RescueRadar/types';

export interface RescueBarsProps extends Omit<RescueBarsCoreProps, 'data'> {
  /** The radar's data (axes and series). Default: the rescue service's goals of `survey2024`. */
  readonly data?: RescueRadarData;
}

/** RescueBars with the shipped data as its default: the 2024 survey's nine rescue-service goals. */
export function RescueBars(props: RescueBarsProps) {
  const locale = resolveLocale(props.locale);
  const data = useMemo(
    () => props.data ?? rescueRadarFromSurvey(survey2024, locale),
    [props.data, locale],
  );
  return <RescueBarsCore {...props} locale={locale} data={data} />;
}
