// ThemeHeatmap's standard story set (stories/support/standardStories.tsx): its shipped-chart checks,
// invalid data, hover and keyboard steps.
import type { StoryContext } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ThemeHeatmap, getMessages } from '@yhdyspinta/charts';
import type { HeatmapData, ThemeHeatmapProps } from '@yhdyspinta/charts';
import { municipalities, themeCounts, themes } from '@yhdyspinta/data';
import { focusable, localeOf, standardStories } from './support/standardStories';

type Context = StoryContext<ThemeHeatmapProps>;

const counts = themeCounts();

/**
 * The shipped chart: its title, one focusable cell named after the first theme and Espoo (the longer
 * theme names are on rows: the grid is transposed), a full table (every theme, every municipality).
 */
export async function expectShippedChart(context: Context) {
  const canvas = within(context.canvasElement);
  const locale = localeOf(context);
  const messages = getMessages(locale);
  const figure = await canvas.findByRole('figure', { name: messages.themeHeatmap.title });
  const espoo = municipalities[0]?.name[locale] ?? '';
  const value = counts.cells[0]?.[0] ?? 0;
  const noun = messages.themeHeatmap.pointsNoun;
  await expect(focusable(figure)).toHaveAccessibleName(
    `${themes[0]?.name[locale]}, ${espoo}: ${value} ${value === 1 ? noun.one : noun.other}`,
  );
  await expect(within(figure).getAllByRole('rowheader')).toHaveLength(themes.length);
  return figure;
}

/** Illustrative: a rating of 6 is impossible on the 1–5 scale. */
const invalidData: HeatmapData = {
  kind: 'rating',
  rows: [{ id: 'goal', label: 'Esimerkkitavoite' }],
  columns: [{ id: 'municipality', label: 'Esimerkkikunta' }],
  values: [[6]],
};

/** A cell's accessible name up to its value, as drawn (themes on rows): "<theme>, Espoo: ". */
const cellName = (context: Context, municipality: number, theme: number) =>
  `${themes[theme]?.name[localeOf(context)]}, ${municipalities[municipality]?.name[localeOf(context)]}: `;

/** A municipality's name by id, in the story's language. */
export const municipalityName = (context: Context, id: string) =>
  municipalities.find((m) => m.id === id)?.name[localeOf(context)] ?? id;

export const std = standardStories<ThemeHeatmapProps>({
  component: ThemeHeatmap,
  expectShippedChart,
  shippedIn: {
    fi: (figure) => expect(figure).toHaveAccessibleDescription(expect.stringContaining('3/10')),
    sv: (figure) => expect(focusable(figure)).toHaveAccessibleName(/, Esbo: /),
    en: (figure) => expect(focusable(figure)).toHaveAccessibleName(/points?$/),
  },
  intranetCard:
    'In an intranet card about 400 px wide: the theme names wrap on the rows, the three municipalities ' +
    'with a memo are the columns, and the seven without one are named in a note under the grid.',
  empty: { data: { kind: 'count', rows: [], columns: [], values: [] } },
  invalid: {
    args: { data: invalidData },
    description:
      'Illustrative data with a rating of 6 (outside 1–5): the chart shows its error state instead ' +
      'of a wrong cell.',
  },
  partialCoverage: {
    description:
      'The shipped data: only Espoo, Kauniainen and Lohja have a memo in the sources, so the other ' +
      'seven municipalities are named in one note under the grid ("Ei muistiota 7 kunnalta: …"; ' +
      '`collapseMissing={false}` draws them as hatched "no data" columns) and listed as "no data" in ' +
      'the table — a zero (a memo without that theme) is a near-white cell with "0" printed in it.',
    check: async (figure, context) => {
      const { noData } = getMessages(localeOf(context)).common;
      await expect(figure).toHaveTextContent(municipalityName(context, 'kirkkonummi'));
      // Seven municipalities × fifteen themes without data in the table.
      const table = within(figure).getByRole('table');
      const missing = within(table)
        .getAllByRole('cell')
        .filter((c) => c.textContent === noData);
      await expect(missing).toHaveLength(7 * 15);
    },
  },
  hover: { tooltip: (context) => `${themes[0]?.name[localeOf(context)]}` },
  keyboard: {
    description:
      'Tab enters the chart at one cell (one Tab stop); the arrow keys move along the row and the ' +
      'column, Home/End to the row’s ends, Ctrl+Home/End to the corners; the tooltip follows the ' +
      'focus; Escape hides it.',
    steps: (context) => [
      // Right: the next municipality (Kauniainen); down: the next theme.
      { keys: '{ArrowRight}', name: expect.stringContaining(cellName(context, 1, 0)) },
      { keys: '{ArrowDown}', name: expect.stringContaining(cellName(context, 1, 1)) },
      {
        keys: '{End}',
        name: expect.stringContaining(`, ${municipalityName(context, 'lohja')}: `),
      },
    ],
  },
});
