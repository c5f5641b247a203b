/**
 * Raw survey responses written by the embedding tests (no source document involved): Espoo rates every
 * item of the 2024 survey 5 and Inkoo every item 4, so every mean is 4,5 and 2 of 10 answered. The
 * same responses as a Finnish-Excel CSV (long, `;`, Finnish headers) and as wide JSON.
 */
import { survey2024 } from '@yhdyspinta/data';

export const RESPONDENTS = [
  { name: 'Espoo', rating: 5 },
  { name: 'Inkoo', rating: 4 },
] as const;

/** Every rated item id of the survey: goals, sub-goals and the rescue goals, without repeats. */
export function surveyItemIds(): string[] {
  const ids = survey2024.goals.flatMap((goal) => [goal.id, ...goal.subGoals.map((sub) => sub.id)]);
  return [...new Set([...ids, ...survey2024.rescueGoals.map((goal) => goal.id)])];
}

export function responsesCsv(): string {
  const rows = RESPONDENTS.flatMap(({ name, rating }) =>
    surveyItemIds().map((item) => `${name};${item};${rating}`),
  );
  return ['kunta;kohta;arvio', ...rows].join('\r\n') + '\r\n';
}

export function responsesJson(): string {
  const wide = Object.fromEntries(
    RESPONDENTS.map(({ name, rating }) => [
      name,
      Object.fromEntries(surveyItemIds().map((item) => [item, rating])),
    ]),
  );
  return JSON.stringify(wide, null, 2);
}
