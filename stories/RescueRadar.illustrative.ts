// ILLUSTRATIVE data of RescueRadar's stories: invented answers and series (the survey publishes only
// means), and the shipped means of the eleven summary goals as one series.
import { getMessages } from '@yhdyspinta/charts';
import type { RescueRadarData } from '@yhdyspinta/charts';
import { MUNICIPALITY_IDS, survey2024 } from '@yhdyspinta/data';
import type { Locale, RawResponse, Rating } from '@yhdyspinta/data';

/** A deterministic pseudo-random generator (mulberry32): the same seed, the same numbers. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * ILLUSTRATIVE raw answers, made up by a seeded generator (the survey publishes only means): four
 * municipalities rate the nine rescue goals, about one answer in twelve is missing.
 */
function illustrativeResponses(seed: number): RawResponse[] {
  const random = seeded(seed);
  return MUNICIPALITY_IDS.slice(2, 6).flatMap((municipalityId) =>
    survey2024.rescueGoals.map((goal) => ({
      municipalityId,
      itemId: goal.id,
      rating: random() < 0.08 ? null : ((1 + Math.floor(random() * 5)) as Rating),
    })),
  );
}

export const ILLUSTRATIVE_RESPONSES = illustrativeResponses(2024);

/** Illustrative: two series, each with a goal that has no value. */
export function missingValues(locale: Locale): RescueRadarData {
  const axes = survey2024.rescueGoals.map((g) => ({ id: g.id, label: g.text[locale] }));
  const published = Object.fromEntries(survey2024.rescueGoals.map((g) => [g.id, g.mean.value]));
  return {
    axes,
    series: [
      { id: 'a', label: 'Esimerkki A', values: { ...published, 'rescue.4': null } },
      {
        id: 'b',
        label: 'Esimerkki B',
        values: { ...published, 'rescue.1': 2.4, 'rescue.7': null },
      },
    ],
  };
}

/**
 * Illustrative raw answers, read and aggregated by @yhdyspinta/data: Lohja and Karkkila rate some goals,
 * Hanko answers only "EOS" (en osaa sanoa, "cannot say"); nobody rates goals 8 and 9.
 */
export const illustrativeCsv = [
  'kunta;kohta;arvio',
  ...['1', '2', '3', '4', '5', '6', '7'].flatMap((n, i) => [
    `Lohja;rescue.${n};${(i % 4) + 2}`,
    `Karkkila;rescue.${n};${((i + 2) % 5) + 1}`,
    `Hanko;rescue.${n};EOS`,
  ]),
].join('\n');

/** The eleven goals of the summary page with their published means: more axes, longer texts. */
export function elevenGoals(locale: Locale): RescueRadarData {
  return {
    axes: survey2024.goals.map((g) => ({ id: g.id, label: g.text[locale] })),
    series: [
      {
        id: 'mean',
        label: survey2024.texts?.meanColumn[locale] ?? getMessages(locale).rescueRadar.meanSeries,
        values: Object.fromEntries(survey2024.goals.map((g) => [g.id, g.mean.value])),
      },
    ],
    base: { answered: 6, total: 10 },
  };
}
