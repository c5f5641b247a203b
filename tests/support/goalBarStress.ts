// Support of the GoalBarChart fit tests (tests/GoalBarChart.fit.test.ts, GoalBarChart.values.test.ts):
// INVENTED stress data (not survey results), long goal texts that share their opening words, and checks
// of the labels as drawn.
import { expect } from 'vitest';
import type { GoalBarData, GoalBarLayout } from '@yhdyspinta/charts';

export const OPENING =
  'Hyvinvointialue ja kunnat kehittävät yhdessä asukkaiden palveluja niin, että yhteistyö on suunnitelmallista, tavoitteellista ja seurattavaa kaikilla tasoilla, ';
export const ENDINGS = [
  'erityisesti lasten ja nuorten palveluissa.',
  'erityisesti työllisyyden edistämisessä.',
  'erityisesti maahanmuuttajapalveluissa.',
  'erityisesti ikääntyneiden palveluissa.',
  'erityisesti vammaispalveluissa.',
  'erityisesti pelastustoimessa.',
];

export function manyGoals(sections: number, perSection: number): GoalBarData {
  return {
    groups: Array.from({ length: sections }, (_, s) => ({
      id: `s${s}`,
      label: `Osio ${s + 1}`,
      items: Array.from({ length: perSection }, (_, i) => ({
        id: `s${s}-g${i}`,
        label: `${OPENING}${ENDINGS[(s * perSection + i) % ENDINGS.length]} (${s + 1}.${i + 1})`,
        value: 1 + ((s * perSection + i) % 9) / 2,
      })),
    })),
  };
}

/** Data of one group (the label '' draws no section header). */
export const oneGroup = (
  label: string,
  items: GoalBarData['groups'][number]['items'],
): GoalBarData => ({
  groups: [{ id: 'a', label, items }],
});

const visible = (layout: GoalBarLayout) => layout.rows.map((row) => row.labelLines.join(' '));

export function expectDistinct(layout: GoalBarLayout) {
  const texts = visible(layout);
  expect(new Set(texts).size).toBe(texts.length);
}
