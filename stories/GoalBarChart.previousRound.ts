/**
 * ILLUSTRATIVE second-round data for GoalBarChart's previous-round story: the 2024 survey's published
 * means (survey2024) with INVENTED means of an earlier round. No earlier round of the survey exists in the
 * sources; the round's name says "invented" on screen and the story passes `illustrative`.
 */
import { goalBarFromSurvey } from '@yhdyspinta/charts';
import type { GoalBarData } from '@yhdyspinta/charts';
import { survey2024 } from '@yhdyspinta/data';
import type { Locale } from '@yhdyspinta/data';

/** Invented earlier-round means by goal and sub-goal id (one sub-goal is new: null, no data). */
export const INVENTED_PREVIOUS_MEANS: Readonly<Record<string, number | null>> = {
  'ws-1': 2.5,
  'ws-2': 2.4,
  'ss-1': 2.7,
  'ss-1.1': 2.0,
  'ss-1.2': 2.9,
  'ss-1.3': 2.5,
  'ss-1.4': null,
  'ss-2': 2.0,
  'ss-3': 2.6,
  'ss-4': 2.5,
  adult: 2.3,
  older: 2.2,
  children: 2.4,
  disability: 1.9,
  rescue: 3.6,
};

/** The invented round's name, marked as invented, in each language. */
export const INVENTED_ROUND_LABEL: Readonly<Record<Locale, string>> = {
  fi: 'Kuntakysely 2021 (kuvitteellinen)',
  sv: 'Kommunenkät 2021 (fiktiv)',
  en: 'Municipal survey 2021 (invented)',
};

/** The 2024 survey in `locale` with the invented earlier round. */
export function withInventedPreviousRound(locale: Locale): GoalBarData {
  return goalBarFromSurvey(survey2024, locale, {
    previous: INVENTED_PREVIOUS_MEANS,
    previousLabel: INVENTED_ROUND_LABEL[locale],
  });
}
