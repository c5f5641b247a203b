/**
 * ILLUSTRATIVE second-round data for RescueRadar's previous-round story: the 2024 survey's published
 * means of the nine rescue goals (survey2024) with INVENTED means of an earlier round. No earlier round of
 * the survey exists in the sources; the round's name says "Kuvitteellinen vertailu" (illustrative
 * comparison) on screen and the story passes `illustrative`.
 */
import { rescueRadarFromSurvey } from '@yhdyspinta/charts';
import type { RescueRadarData } from '@yhdyspinta/charts';
import { survey2024 } from '@yhdyspinta/data';
import type { Locale } from '@yhdyspinta/data';

/** Invented earlier-round means by rescue goal id (the last goal is new in 2024: null, no data). */
export const INVENTED_PREVIOUS_RADAR: Readonly<Record<string, number | null>> = {
  'rescue.1': 3.0,
  'rescue.2': 4.0,
  'rescue.3': 3.8,
  'rescue.4': 3.2,
  'rescue.5': 3.3,
  'rescue.6': 2.9,
  'rescue.7': 3.6,
  'rescue.8': 3.1,
  'rescue.9': null,
};

/** The invented round's name, saying on screen that the comparison is illustrative. */
export const INVENTED_RADAR_ROUND: Readonly<Record<Locale, string>> = {
  fi: 'Kuvitteellinen vertailu: kierros 2021',
  sv: 'Fiktiv jämförelse: omgång 2021',
  en: 'Illustrative comparison: 2021 round',
};

/** The 2024 rescue goals in `locale` with the invented earlier round. */
export function radarWithInventedPreviousRound(locale: Locale): RescueRadarData {
  const data = rescueRadarFromSurvey(survey2024, locale);
  return {
    ...data,
    previousLabel: INVENTED_RADAR_ROUND[locale],
    series: data.series.map((s) => ({ ...s, previous: INVENTED_PREVIOUS_RADAR })),
  };
}
