// RescueRadar's standard story set (stories/support/standardStories.tsx): its shipped-chart checks,
// invalid data, hover and keyboard steps.
import type { StoryContext } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { RescueRadar, formatBase, formatScore, getMessages } from '@yhdyspinta/charts';
import type { RescueRadarData, RescueRadarProps } from '@yhdyspinta/charts';
import { survey2024 } from '@yhdyspinta/data';
import { focusable, localeOf, standardStories } from './support/standardStories';

type Context = StoryContext<RescueRadarProps>;

/** The shipped data: nine goals, means as published, base "n = 6/10". */
async function expectShippedChart(context: Context) {
  const canvas = within(context.canvasElement);
  const locale = localeOf(context);
  const figure = await canvas.findByRole('figure', { name: getMessages(locale).rescueRadar.title });
  // One focusable element stands for the active point (roving focus), the first goal at the start.
  const [first] = survey2024.rescueGoals;
  await expect(focusable(figure)).toHaveAccessibleName(
    `${first?.text[locale]}: ${formatScore(first?.mean.value ?? Number.NaN, locale)}`,
  );
  // Every goal is in the hidden table.
  await expect(within(figure).getAllByRole('rowheader')).toHaveLength(
    survey2024.rescueGoals.length,
  );
  return figure;
}

/** The one-decimal numbers ("3,3", "3.3") of a figure's hidden data table, in order. */
export function tableNumbers(figure: HTMLElement): string[] {
  return within(figure)
    .getAllByRole('cell')
    .flatMap((cell) => cell.textContent?.match(/\d[.,]\d/)?.[0] ?? []);
}

/** Decimal comma or point, as published; the values are printed at the points. */
const printsValue = (text: string) => async (figure: HTMLElement) => {
  await expect(within(figure).getAllByText(text).length).toBeGreaterThan(0);
};

/** Illustrative: a value of 6 is impossible on the 1–5 scale. */
const invalidData: RescueRadarData = {
  axes: [
    { id: 'a', label: 'Esimerkki 1' },
    { id: 'b', label: 'Esimerkki 2' },
    { id: 'c', label: 'Esimerkki 3' },
  ],
  series: [{ id: 's', label: 'Esimerkki', values: { a: 3, b: 6, c: 2 } }],
};

/** An accessible name that contains the text of the i-th rescue goal (negative: from the end). */
const rescueGoal = (index: number, context: Context) =>
  expect.stringContaining(survey2024.rescueGoals.at(index)?.text[localeOf(context)] ?? '');

export const std = standardStories<RescueRadarProps>({
  component: RescueRadar,
  expectShippedChart,
  shippedIn: { fi: printsValue('3,8'), sv: printsValue('3,8'), en: printsValue('3.8') },
  intranetCard:
    'In an intranet card about 400 px wide one radar with the goal texts around it would be under ' +
    '~240 px across: the chart says so ("Kapea näkymä") and draws a small radar with the goals ' +
    'numbered, their full texts in a key above it (never cut).',
  empty: { data: { axes: [], series: [] } },
  invalid: {
    args: { data: invalidData },
    description: 'Illustrative data with a 6 (outside 1–5): the error state, not a wrong point.',
  },
  partialCoverage: {
    description:
      'The shipped data: 6 of the 10 municipalities answered. The base is printed under the ' +
      'title, is in every tooltip and in the description screen readers read.',
    check: async (figure, context) => {
      const base = formatBase(6, 10, localeOf(context));
      await expect(figure).toHaveAccessibleDescription(expect.stringContaining(base));
      await expect(figure).toHaveTextContent(base);
    },
  },
  // The focusable element sits on the first point: the pointer there shows that point's tooltip.
  hover: {
    tooltip: (context) => (survey2024.rescueGoals[0]?.text[localeOf(context)] ?? '').slice(0, 30),
  },
  keyboard: {
    description:
      'Tab enters the chart at one point (one Tab stop); Left/Right move around the goals, Home and ' +
      'End to the first and last; the tooltip follows the focus; Escape hides it.',
    entered: async (point, context) => {
      const locale = localeOf(context);
      await expect(point).toHaveAccessibleName(rescueGoal(0, context));
      const mean = survey2024.rescueGoals[0]?.mean.value ?? Number.NaN;
      await expect(point).toHaveAccessibleDescription(
        expect.stringContaining(
          `${getMessages(locale).common.tooltip.value}: ${formatScore(mean, locale)}`,
        ),
      );
    },
    steps: (context) => [
      { keys: '{ArrowRight}', name: rescueGoal(1, context) },
      { keys: '{ArrowLeft}', name: rescueGoal(0, context) },
      { keys: '{End}', name: rescueGoal(-1, context) },
      { keys: '{Home}', name: rescueGoal(0, context) },
    ],
  },
});

// --- shipped data, in each language ---
