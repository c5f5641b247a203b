import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ThemeHeatmap, getMessages, themeHeatmapFromResponses } from '../packages/charts/src';
import type { HeatmapData, ThemeHeatmapProps } from '../packages/charts/src';
import { municipalities, survey2024, themeCounts, themes } from '../packages/data/src';
import type { Locale, MunicipalityId, Rating, RawResponse } from '../packages/data/src';
import { chartGlobals } from './support/globals';
import { framedRender } from './support/framedRender';
import type { FrameSize } from './support/StoryFrame';

const meta = {
  title: 'Charts/ThemeHeatmap',
  component: ThemeHeatmap,
  tags: ['autodocs'],
  // Every story follows the toolbar's language and theme (stories/STORIES.md).
  render: (args, context) => <ThemeHeatmap {...args} {...chartGlobals(context)} />,
  argTypes: {
    locale: { control: false, description: 'Set by the toolbar in these stories.' },
    theme: { control: false, description: 'Set by the toolbar in these stories.' },
    data: { control: false },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Rows × columns of values as a heatmap. Without a `data` prop it draws the shipped data: the ' +
          'ten municipalities × the memo themes, counting the points of the 2025 §14 negotiation memos ' +
          'coded to each theme (only 3/10 municipalities have a memo; the others are hatched "no data", ' +
          'never 0). `themeHeatmapFromResponses(responses)` turns raw survey answers into a goal × ' +
          'municipality matrix of ratings. One Tab stop; the arrow keys move between cells.',
      },
    },
  },
} satisfies Meta<typeof ThemeHeatmap>;

export default meta;
type Story = StoryObj<typeof meta>;
type Context = StoryContext<ThemeHeatmapProps>;

function localeOf(context: Context): Locale {
  return chartGlobals(context).locale;
}

function framed(size: FrameSize, fixed?: { width: number; height: number }): Story['render'] {
  return framedRender(ThemeHeatmap, size, fixed);
}

const counts = themeCounts();

/** The shipped chart: its title, one focusable cell named after Espoo's first theme, a full table. */
async function expectShippedChart(context: Context) {
  const canvas = within(context.canvasElement);
  const locale = localeOf(context);
  const messages = getMessages(locale);
  const figure = await canvas.findByRole('figure', { name: messages.themeHeatmap.title });
  const cell = within(figure).getByRole('graphics-symbol');
  const espoo = municipalities[0]?.name[locale] ?? '';
  const value = counts.cells[0]?.[0] ?? 0;
  const noun = messages.themeHeatmap.pointsNoun;
  await expect(cell).toHaveAccessibleName(
    `${espoo}, ${themes[0]?.name[locale]}: ${value} ${value === 1 ? noun.one : noun.other}`,
  );
  await expect(within(figure).getAllByRole('rowheader')).toHaveLength(10);
  return figure;
}

// --- shipped data, in each language ---

/** Follows the toolbar: the default story of the docs page. */
export const ShippedData: Story = {
  play: async (context) => {
    await expectShippedChart(context);
  },
};

export const ShippedDataFinnish: Story = {
  globals: { locale: 'fi' },
  play: async (context) => {
    const figure = await expectShippedChart(context);
    await expect(figure).toHaveAccessibleDescription(expect.stringContaining('3/10'));
  },
};

export const ShippedDataSwedish: Story = {
  globals: { locale: 'sv' },
  play: async (context) => {
    const figure = await expectShippedChart(context);
    await expect(within(figure).getByRole('graphics-symbol')).toHaveAccessibleName(/^Esbo, /);
  },
};

export const ShippedDataEnglish: Story = {
  globals: { locale: 'en' },
  play: async (context) => {
    const figure = await expectShippedChart(context);
    await expect(within(figure).getByRole('graphics-symbol')).toHaveAccessibleName(/points?$/);
  },
};

// --- sizes ---

export const IntranetCard: Story = {
  render: framed('card'),
  parameters: {
    docs: {
      description: {
        story: 'In an intranet card about 400 px wide: theme names turn −90° and are cut with "…".',
      },
    },
  },
  play: async (context) => {
    const figure = await expectShippedChart(context);
    await waitFor(() => expect(figure).toHaveAttribute('width', '400'));
  },
};

export const FullWidth: Story = {
  render: framed('full'),
  play: async (context) => {
    await expectShippedChart(context);
  },
};

export const Slide: Story = {
  globals: { theme: 'slide' },
  render: framed('slide', { width: 1920, height: 1080 }),
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        story: 'The slide theme at 1920 × 1080 (fixed `width` and `height`), as pasted on a slide.',
      },
    },
  },
  play: async (context) => {
    const figure = await expectShippedChart(context);
    await expect(figure).toHaveAttribute('width', '1920');
    await expect(figure).toHaveAttribute('height', '1080');
  },
};

// --- themes (the slide theme is the Slide story) ---

export const DefaultTheme: Story = {
  globals: { theme: 'default' },
  play: async (context) => {
    await expectShippedChart(context);
  },
};

export const HighContrastTheme: Story = {
  globals: { theme: 'high-contrast' },
  play: async (context) => {
    await expectShippedChart(context);
  },
};

// --- states ---

export const Empty: Story = {
  args: { data: { kind: 'count', rows: [], columns: [], values: [] } },
  play: async (context) => {
    const canvas = within(context.canvasElement);
    await expect(await canvas.findByRole('status')).toHaveTextContent(
      getMessages(localeOf(context)).common.emptyData,
    );
    await expect(canvas.queryAllByRole('graphics-symbol')).toHaveLength(0);
  },
};

/** Illustrative: a rating of 6 is impossible on the 1–5 scale. */
const invalidData: HeatmapData = {
  kind: 'rating',
  rows: [{ id: 'goal', label: 'Esimerkkitavoite' }],
  columns: [{ id: 'municipality', label: 'Esimerkkikunta' }],
  values: [[6]],
};

export const InvalidData: Story = {
  args: { data: invalidData, illustrative: true },
  parameters: {
    docs: {
      description: {
        story:
          'Illustrative data with a rating of 6 (outside 1–5): the chart shows its error state instead ' +
          'of a wrong cell.',
      },
    },
  },
  play: async (context) => {
    const canvas = within(context.canvasElement);
    await expect(await canvas.findByRole('status')).toHaveTextContent(
      getMessages(localeOf(context)).common.invalidData,
    );
    await expect(canvas.queryAllByRole('graphics-symbol')).toHaveLength(0);
  },
};

export const Loading: Story = {
  args: { loading: true },
  play: async (context) => {
    const figure = await within(context.canvasElement).findByRole('figure');
    await expect(figure).toHaveAttribute('aria-busy', 'true');
    await expect(within(figure).getByRole('status')).toBeInTheDocument();
  },
};

export const PartialCoverage: Story = {
  parameters: {
    docs: {
      description: {
        story:
          'The shipped data: only Espoo, Kauniainen and Lohja have a memo in the sources, so the other ' +
          'seven rows are hatched and labelled "no data" — a zero (a memo without that theme) is a ' +
          'coloured cell with "0" printed in it.',
      },
    },
  },
  play: async (context) => {
    const figure = await expectShippedChart(context);
    const { noData } = getMessages(localeOf(context)).common;
    // Seven rows of fifteen cells without data in the table, as in the chart.
    const table = within(figure).getByRole('table');
    const missing = within(table)
      .getAllByRole('cell')
      .filter((c) => c.textContent === noData);
    await expect(missing).toHaveLength(7 * 15);
  },
};

export const MunicipalityWithNoAnswers: Story = {
  parameters: {
    docs: {
      description: {
        story:
          'Kirkkonummi has no memo in the sources: its cells read "no data" in their accessible name and ' +
          'tooltip, never 0.',
      },
    },
  },
  play: async (context) => {
    const canvas = within(context.canvasElement);
    const locale = localeOf(context);
    const { common, themeHeatmap } = getMessages(locale);
    await expectShippedChart(context);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    const cell = canvas.getByRole('graphics-symbol');
    await expect(cell).toHaveFocus();
    await expect(cell).toHaveAccessibleName(
      `${municipalities[2]?.name[locale]}, ${themes[0]?.name[locale]}: ${common.noData}`,
    );
    await expect(await canvas.findByRole('tooltip')).toHaveTextContent(
      `${themeHeatmap.pointsLegendTitle}: ${common.noData}`,
    );
  },
};

// --- illustrative data: a goal × municipality rating matrix, a dense grid ---

/** Deterministic pseudo-random numbers (a linear congruential generator) for illustrative data. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/**
 * Illustrative raw answers: six municipalities rate every sub-goal of the 2024 survey (about one answer in
 * ten left blank); the other four give no answer at all. Made up, seeded — not real results.
 */
function illustrativeResponses(): RawResponse[] {
  const rnd = seeded(2024);
  const answering: MunicipalityId[] = [
    'espoo',
    'kauniainen',
    'siuntio',
    'karkkila',
    'lohja',
    'hanko',
  ];
  const items = survey2024.goals.flatMap((goal) =>
    goal.subGoals.length > 0 ? goal.subGoals.map((s) => s.id) : [goal.id],
  );
  return answering.flatMap((municipalityId) =>
    items.map((itemId) => ({
      municipalityId,
      itemId,
      rating: rnd() < 0.1 ? null : ((1 + Math.floor(rnd() * 5)) as Rating),
    })),
  );
}

const responses = illustrativeResponses();

export const GoalByMunicipalityRatings: Story = {
  args: { illustrative: true },
  render: (args, context) => {
    const globals = chartGlobals(context);
    return (
      <ThemeHeatmap
        {...args}
        {...globals}
        data={themeHeatmapFromResponses(responses, { locale: globals.locale })}
      />
    );
  },
  parameters: {
    docs: {
      description: {
        story:
          'Illustrative raw answers (seeded, not real) turned into a goal × municipality matrix with ' +
          '`themeHeatmapFromResponses`: each cell is the municipality’s mean over the goal’s sub-goals on ' +
          'the fixed 1–5 scale, coloured by its nearest scale level (the legend names the levels and marks ' +
          'the midpoint 3); the four municipalities without answers are hatched "no data". Long goal texts ' +
          'wrap to three lines and are cut with "…" (full text in the tooltip).',
      },
    },
  },
  play: async (context) => {
    const canvas = within(context.canvasElement);
    const locale = localeOf(context);
    const { common, themeHeatmap } = getMessages(locale);
    const figure = await canvas.findByRole('figure', { name: themeHeatmap.goalRatingTitle });
    await expect(figure).toHaveAccessibleDescription(
      expect.stringContaining(common.illustrativeData),
    );
    await expect(figure).toHaveAccessibleDescription(expect.stringContaining('6/10'));
    // Move along the first goal's row to the first municipality with a rating (data-driven: the
    // seeded answers leave some cells blank).
    const data = themeHeatmapFromResponses(responses, { locale });
    const firstRated = data.values[0]?.findIndex((v) => v !== null) ?? -1;
    await expect(firstRated).toBeGreaterThanOrEqual(0);
    await userEvent.tab();
    for (let i = 0; i < firstRated; i += 1) await userEvent.keyboard('{ArrowRight}');
    const tooltip = await canvas.findByRole('tooltip');
    await expect(tooltip).toHaveTextContent(`${common.tooltip.level}:`);
    await expect(tooltip).toHaveTextContent(`${themeHeatmap.ratingsCount}:`);
    // Kirkkonummi (third column) gave no answers.
    await userEvent.keyboard('{Home}{ArrowRight}{ArrowRight}');
    await expect(canvas.getByRole('graphics-symbol')).toHaveAccessibleName(
      expect.stringContaining(`${municipalities[2]?.name[locale]}: ${common.noData}`),
    );
  },
};

/** Illustrative 300 × 50 ratings (seeded), about 5 % missing. */
function denseRatings(): HeatmapData {
  const rnd = seeded(300);
  return {
    kind: 'rating',
    rows: Array.from({ length: 300 }, (_, i) => ({
      id: `row-${i + 1}`,
      label: `Esimerkkirivi ${i + 1}`,
    })),
    columns: Array.from({ length: 50 }, (_, i) => ({
      id: `col-${i + 1}`,
      label: `Sarake ${i + 1}`,
    })),
    values: Array.from({ length: 300 }, () =>
      Array.from({ length: 50 }, () =>
        rnd() < 0.05 ? null : Math.round((1 + rnd() * 4) * 10) / 10,
      ),
    ),
  };
}

const dense = denseRatings();

export const ManyItems: Story = {
  args: { data: dense, illustrative: true },
  parameters: {
    docs: {
      description: {
        story:
          'Illustrative seeded ratings, 300 rows × 50 columns (15 000 cells): every k-th row and column ' +
          'is labelled so that no labels collide, column labels turn −90°, values are drawn as one path ' +
          'per colour band. The hidden table summarises each row (there are too many cells to list); ' +
          'every cell is reachable with the arrow keys.',
      },
    },
  },
  play: async (context) => {
    const canvas = within(context.canvasElement);
    const locale = localeOf(context);
    const figure = await canvas.findByRole('figure');
    await expect(figure).toHaveAccessibleDescription(
      expect.stringContaining(getMessages(locale).common.illustrativeData),
    );
    await expect(within(figure).getAllByRole('rowheader')).toHaveLength(300);
    await userEvent.tab();
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await expect(canvas.getByRole('graphics-symbol')).toHaveAccessibleName(
      /^Esimerkkirivi 300, Sarake 50: /,
    );
  },
};

// --- interactions ---

/** The cell's centre in client coordinates, from the focusable element (which sits on the active cell). */
function centreOf(element: Element): { clientX: number; clientY: number } {
  const box = element.getBoundingClientRect();
  return { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
}

export const HoverShowsTooltip: Story = {
  play: async (context) => {
    const canvas = within(context.canvasElement);
    const locale = localeOf(context);
    const figure = await expectShippedChart(context);
    const cell = within(figure).getByRole('graphics-symbol');
    const group = cell.closest('[role="group"]');
    if (!group) throw new Error('no group of cells');
    await expect(canvas.queryByRole('tooltip')).toBeNull();
    await userEvent.pointer({ target: group, coords: centreOf(cell) });
    const tooltip = await canvas.findByRole('tooltip');
    await expect(tooltip).toHaveTextContent(`${themes[0]?.name[locale]}`);
    await userEvent.unhover(group);
    await waitFor(() => expect(canvas.queryByRole('tooltip')).toBeNull());
  },
};

export const KeyboardNavigation: Story = {
  parameters: {
    docs: {
      description: {
        story:
          'Tab enters the chart at one cell (one Tab stop); the arrow keys move along the row and the ' +
          'column, Home/End to the row’s ends, Ctrl+Home/End to the corners; the tooltip follows the ' +
          'focus; Escape hides it.',
      },
    },
  },
  play: async (context) => {
    const canvas = within(context.canvasElement);
    const locale = localeOf(context);
    await expectShippedChart(context);
    const cell = canvas.getByRole('graphics-symbol');
    await userEvent.tab();
    await expect(cell).toHaveFocus();
    const tooltip = await canvas.findByRole('tooltip');
    await expect(cell).toHaveAttribute('aria-describedby', tooltip.id);

    await userEvent.keyboard('{ArrowRight}');
    await expect(cell).toHaveFocus();
    await expect(cell).toHaveAccessibleName(
      expect.stringContaining(`${municipalities[0]?.name[locale]}, ${themes[1]?.name[locale]}: `),
    );
    await userEvent.keyboard('{ArrowDown}');
    await expect(cell).toHaveAccessibleName(
      expect.stringContaining(`${municipalities[1]?.name[locale]}, ${themes[1]?.name[locale]}: `),
    );
    await userEvent.keyboard('{End}');
    await expect(cell).toHaveAccessibleName(
      expect.stringContaining(`, ${themes[themes.length - 1]?.name[locale]}: `),
    );

    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('tooltip')).toBeNull());
    await expect(cell).toHaveFocus();

    await userEvent.tab();
    await expect(cell).not.toHaveFocus();
  },
};
