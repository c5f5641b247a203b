/**
 * GoalBarChart's layout as its compute tests see it (tests/GoalBarChart.compute.test.ts for the public
 * computeGoalBarLayout, tests/internals/GoalBarChart.compute.test.ts for its internal parts): the 2024
 * survey's printed goal means, default options, a layout helper and illustrative data.
 * Values hard-coded as printed in 003_ae88570eab8abfd8.txt (the 2024 municipal survey): the summary page's
 * goal means and the title page's "6/10 alueen kuntaa vastasi".
 */
import { expect } from 'vitest';
import { survey2024 } from '@yhdyspinta/data';
import { computeGoalBarLayout, defaultTheme, goalBarFromSurvey } from '@yhdyspinta/charts';
import type {
  GoalBarData,
  GoalBarLayout,
  GoalBarLayoutInput,
  GoalBarOptions,
} from '@yhdyspinta/charts';

export const PRINTED_GOAL_MEANS = [2.2, 2.7, 2.7, 2.2, 2.3, 2.8, 2.3, 2.7, 2.1, 2.1, 3.4];

export const OPTIONS: GoalBarOptions = {
  title: 'Otsikko',
  hideTitle: false,
  illustrative: false,
  sort: 'source',
  grouped: true,
  showSubGoals: false,
  comparison: null,
  maxLabelLines: 3,
};

export const fiData = goalBarFromSurvey(survey2024, 'fi');

/** The survey's layout at 800 px (fi, default theme), with input and options overridden. */
export function layout(
  overrides: Partial<GoalBarLayoutInput> = {},
  options: Partial<GoalBarOptions> = {},
): GoalBarLayout {
  return computeGoalBarLayout({
    data: fiData,
    width: 800,
    locale: 'fi',
    theme: defaultTheme,
    options: { ...OPTIONS, ...options },
    ...overrides,
  });
}

/** Illustrative data (not from any source) with a 300-character label and a missing value. */
export const illustrative: GoalBarData = {
  groups: [
    {
      id: 'g',
      label: 'Ryhmä',
      items: [
        { id: 'short', label: 'Lyhyt', value: 4 },
        { id: 'long', label: `${'Hyvin pitkä tavoiteteksti, '.repeat(11)}loppu.`, value: 1 },
        { id: 'none', label: 'Ei arvoa', value: null },
      ],
    },
  ],
};

/** Section headers and rows (a prefix is inside its row's box) never overlap; the axis is under them. */
export function expectNoOverlap(l: GoalBarLayout) {
  const headers = l.groups.filter((g) => g.kind === 'header');
  const blocks = [
    ...headers.map((g) => ({ top: g.y, bottom: g.y + g.lines.length * l.font.groupLineHeight })),
    ...l.rows.map((r) => ({ top: r.rowBox.y, bottom: r.rowBox.y + r.rowBox.height })),
  ].sort((a, b) => a.top - b.top);
  expect(blocks.length).toBeGreaterThan(0);
  for (let i = 1; i < blocks.length; i += 1) {
    expect(blocks[i]!.top).toBeGreaterThanOrEqual(blocks[i - 1]!.bottom - 0.001);
  }
  for (const prefix of l.groups.filter((g) => g.kind === 'prefix')) {
    const row = l.rows.find((r) => r.rowBox.y <= prefix.y && prefix.y < r.labelY);
    expect(row).toBeDefined();
    expect(prefix.y + prefix.lines.length * l.font.prefixLineHeight).toBeLessThanOrEqual(
      row!.labelY + 0.001,
    );
  }
  expect(l.axis.y).toBeGreaterThanOrEqual(blocks.at(-1)!.bottom);
  expect(l.height).toBeGreaterThanOrEqual(l.axis.bottom);
}
