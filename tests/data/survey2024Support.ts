// The 2024 survey's tests' shared helpers. Every literal the tests compare is copied from
// shared/seeds/003_ae88570eab8abfd8.txt exactly as printed (decimal comma). The tests do not read that
// file: users of the repository do not have it.
import { expect } from 'vitest';
import { survey2024 } from '@yhdyspinta/data';
import type { PublishedMean, SurveyGoal } from '@yhdyspinta/data';

export const FILE = '003_ae88570eab8abfd8.txt';
const num = (printed: string): number => Number(printed.replace(',', '.'));

/** `mean` is the printed value, from FILE at a locator matching `locator`. */
export function expectMean(
  mean: PublishedMean | undefined,
  printed: string,
  locator: RegExp,
): void {
  expect(mean).toBeDefined();
  expect(mean?.value).toBe(num(printed));
  expect(mean?.source.printed).toBe(printed);
  expect(mean?.source.file).toBe(FILE);
  expect(mean?.source.locator).toMatch(locator);
}

/** The survey's goal `id`; throws when there is none. */
export function goal(id: string): SurveyGoal {
  const g = survey2024.goals.find((x) => x.id === id);
  if (!g) throw new Error(`no goal ${id}`);
  return g;
}
