import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import {
  ThemeHeatmap,
  formatScore,
  getMessages,
  themeHeatmapFromResponses,
} from '@yhdyspinta/charts';
import { municipalities, survey2024, themes } from '@yhdyspinta/data';
import type { MunicipalityId, Rating, RawResponse } from '@yhdyspinta/data';
import { gallery } from './support/docs/gallery';
import {
  GRID_COLUMNS,
  GRID_ROWS,
  denseRatings,
  illustrativeServiceRatings,
  seeded,
} from './support/illustrativeGrid';
import { chartRender } from './support/render';
import { localeOf, storyDescription, toolbarArgTypes } from './support/standardStories';
import { expectShippedChart, municipalityName, std } from './ThemeHeatmap.standard';

const meta = {
  title: 'Charts/ThemeHeatmap',
  component: ThemeHeatmap,
  tags: ['autodocs'],
  // Every story follows the toolbar's language and theme (stories/STORIES.md).
  render: chartRender(ThemeHeatmap),
  argTypes: toolbarArgTypes,
  parameters: {
    docs: {
      description: {
        component:
          'Rows × columns of values as a heatmap. Without a `data` prop it draws the shipped data: the ' +
          'memo themes × the municipalities, counting the points of the 2025 §14 negotiation memos ' +
          'coded to each theme (the longer theme names go on the rows; only 3/10 municipalities have a ' +
          'memo, the others are named in a note, never drawn as 0). Bands are quantile breaks with 0 ' +
          'its own near-white band (`thresholds` sets them); ratings use a diverging ramp centred on 3. ' +
          '`themeHeatmapFromResponses(responses)` turns raw survey answers into a goal × municipality ' +
          'matrix of ratings. One Tab stop; the arrow keys move between cells.',
      },
    },
  },
} satisfies Meta<typeof ThemeHeatmap>;

export default meta;
type Story = StoryObj<typeof meta>;

// --- shipped data, in each language ---

/** Follows the toolbar: the default story of the docs page. */
export const ShippedData: Story = std.ShippedData;
export const ShippedDataFinnish: Story = std.ShippedDataFinnish;
export const ShippedDataSwedish: Story = std.ShippedDataSwedish;
export const ShippedDataEnglish: Story = std.ShippedDataEnglish;

// --- sizes ---

export const IntranetCard: Story = std.IntranetCard;
export const FullWidth: Story = std.FullWidth;
export const Slide: Story = std.Slide;

// --- themes (the slide theme is the Slide story) ---

export const DefaultTheme: Story = std.DefaultTheme;
export const HighContrastTheme: Story = std.HighContrastTheme;

// --- states ---

export const Empty: Story = std.Empty;
export const InvalidData: Story = std.InvalidData;
export const Loading: Story = std.Loading;
export const PartialCoverage: Story = std.PartialCoverage;

export const MunicipalityWithNoAnswers: Story = {
  args: { collapseMissing: false },
  parameters: storyDescription(
    'With `collapseMissing={false}` the municipalities without a memo are drawn as hatched columns: ' +
      'Kirkkonummi has no memo in the sources, so its cells read "no data" in their accessible name ' +
      'and tooltip, never 0.',
  ),
  play: async (context) => {
    const canvas = within(context.canvasElement);
    const locale = localeOf(context);
    const { common, themeHeatmap } = getMessages(locale);
    await expectShippedChart(context);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    const cell = canvas.getByRole('graphics-symbol');
    await expect(cell).toHaveFocus();
    await expect(cell).toHaveAccessibleName(
      `${themes[0]?.name[locale]}, ${municipalityName(context, 'kirkkonummi')}: ${common.noData}`,
    );
    await expect(await canvas.findByRole('tooltip')).toHaveTextContent(
      `${themeHeatmap.pointsLegendTitle}: ${common.noData}`,
    );
  },
};

// --- illustrative data: a goal × municipality rating matrix, a dense grid ---

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
  args: { illustrative: true, collapseMissing: false },
  render: chartRender(ThemeHeatmap, (locale) => ({
    data: themeHeatmapFromResponses(responses, { locale }),
  })),
  parameters: storyDescription(
    'Illustrative raw answers (seeded, not real) turned into a goal × municipality matrix with ' +
      '`themeHeatmapFromResponses`: each cell is the municipality’s mean over the goal’s sub-goals on ' +
      'the fixed 1–5 scale, coloured by its nearest scale level (the legend names the levels and marks ' +
      'the midpoint 3); with `collapseMissing={false}` the four municipalities without answers are ' +
      'hatched "no data" columns (by default they are named in a note). Long goal texts wrap on the ' +
      'rows (full text in the tooltip).',
  ),
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

export const ManyItems: Story = {
  args: { illustrative: true },
  render: chartRender(ThemeHeatmap, (locale) => ({ data: illustrativeServiceRatings(locale) })),
  parameters: {
    ...storyDescription(
      'ILLUSTRATIVE ratings (made up): 25 services × 14 municipalities of an invented area on the 1–5 ' +
        'scale. A dense grid is for patterns, and this one has them: the small municipalities I–M rate ' +
        'the children’s and youth services poorly (an orange block), everyone rates the rescue service ' +
        'and preparedness well (a blue band), and one cell stands out: Kunta D rates home care 1,0 (red) ' +
        'where the others rate it about 3,7. Every row and column is labelled and every value printed; ' +
        'the legend names the scale levels. Kunta L did not rate the digital services (hatched "ei ' +
        'tietoa"); Kunta N answered nothing and is named in a note instead of an empty column.',
    ),
    // Tall enough for the whole grid: its pattern is the point.
    ...gallery('More examples', { wide: true, thumbHeight: 820 }),
  },
  play: async (context) => {
    const canvas = within(context.canvasElement);
    const locale = localeOf(context);
    const data = illustrativeServiceRatings(locale);
    const figure = await canvas.findByRole('figure', { name: data.title });
    await expect(figure).toHaveAccessibleDescription(
      expect.stringContaining(getMessages(locale).common.illustrativeData),
    );
    await expect(within(figure).getAllByRole('rowheader')).toHaveLength(GRID_ROWS);
    // The municipality that answered nothing is named under the grid, not drawn as a column.
    const silent = data.columns[GRID_COLUMNS - 1]?.label ?? '?';
    await expect(figure).toHaveTextContent(silent);
    // The outlier: home care (row 13) × Kunta D (column 4), 1,0.
    const [homeCare, kuntaD] = [data.rows[12]?.label, data.columns[3]?.label];
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}'.repeat(12) + '{ArrowRight}'.repeat(3));
    await expect(canvas.getByRole('graphics-symbol')).toHaveAccessibleName(
      expect.stringContaining(`${homeCare}, ${kuntaD}: ${formatScore(1, locale)}`),
    );
    // The last cell drawn: the last service × the last municipality with answers.
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await expect(canvas.getByRole('graphics-symbol')).toHaveAccessibleName(
      expect.stringContaining(`${data.rows.at(-1)?.label}, ${data.columns.at(-2)?.label}: `),
    );
  },
};

const dense = denseRatings();

/** The 15 000-cell stress grid: in the sidebar and the test run, off the docs page (it shows no pattern). */
export const DenseStressGrid: Story = {
  args: { data: dense, illustrative: true },
  tags: ['!autodocs'],
  parameters: storyDescription(
    'Illustrative seeded ratings, 300 rows × 50 columns (15 000 cells): every row and column is ' +
      'labelled (columns that do not fit side by side go into panels one under another), values are ' +
      'drawn as one path per colour band. The hidden table summarises each row (there are too many ' +
      'cells to list); every cell is reachable with the arrow keys.',
  ),
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

export const HoverShowsTooltip: Story = std.HoverShowsTooltip;
export const KeyboardNavigation: Story = std.KeyboardNavigation;
