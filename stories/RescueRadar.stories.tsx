import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import {
  RescueBars,
  RescueRadar,
  formatBase,
  formatScore,
  getMessages,
  rescueRadarFromResponses,
} from '@yhdyspinta/charts';
import type { RescueRadarData, RescueRadarProps } from '@yhdyspinta/charts';
import { MUNICIPALITY_IDS, parseResponsesCsv, survey2024 } from '@yhdyspinta/data';
import type { Locale, RawResponse, Rating } from '@yhdyspinta/data';
import { INVENTED_RADAR_ROUND, radarWithInventedPreviousRound } from './RescueRadar.previousRound';
import { chartRender } from './support/render';
import {
  centreOf,
  focusable,
  localeOf,
  standardStories,
  storyDescription,
  toolbarArgTypes,
} from './support/standardStories';

const meta = {
  title: 'Charts/RescueRadar',
  component: RescueRadar,
  tags: ['autodocs'],
  // Every story follows the toolbar's language and theme (stories/STORIES.md).
  render: chartRender(RescueRadar),
  argTypes: {
    ...toolbarArgTypes,
    twin: { control: 'inline-radio', options: ['none', 'bars'] },
  },
  parameters: {
    // A radar needs room: the docs page's tiles draw it at 720 px (the radar itself, not its
    // narrow key-first form) and scale it down.
    gallery: { drawWidth: 720, thumbHeight: 420 },
    docs: {
      description: {
        component:
          "The rescue service's nine cooperation goals of the 2024 municipal survey on a 1–5 radar. " +
          'The centre is the scale minimum 1 ("Ei lainkaan"), as the bars of GoalBarChart start at 1; ' +
          'the neutral ring 3 ("Kohtalaisesti") is dashed as the reference. Without a `data` prop it ' +
          'draws the shipped data (`survey2024.rescueGoals`, one series of published means). For ' +
          'readers who cannot use a radar, `twin="bars"` adds the same numbers as bars (RescueBars), ' +
          'and a visually hidden table is always there.',
      },
    },
  },
} satisfies Meta<typeof RescueRadar>;

export default meta;
type Story = StoryObj<typeof meta>;
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
function tableNumbers(figure: HTMLElement): string[] {
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

const std = standardStories<RescueRadarProps>({
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

// --- the accessible twin ---

export const WithBarTwin: Story = {
  args: { twin: 'bars' },
  parameters: storyDescription(
    '`twin="bars"`: the same numbers as horizontal bars on the 1–5 scale under the radar, for ' +
      'readers who cannot use a radar.',
  ),
  play: async (context) => {
    const canvas = within(context.canvasElement);
    const figures = await canvas.findAllByRole('figure');
    await expect(figures).toHaveLength(2);
    const [radar, bars] = figures;
    const radarValues = tableNumbers(radar as HTMLElement);
    await expect(radarValues).toHaveLength(9);
    await expect(tableNumbers(bars as HTMLElement)).toEqual(radarValues);
  },
};

export const BarsOnly: Story = {
  render: chartRender(RescueBars),
  parameters: storyDescription(
    '`RescueBars` on its own: the radar data as bars, in place of the radar.',
  ),
  play: async (context) => {
    const figure = await within(context.canvasElement).findByRole('figure');
    await expect(tableNumbers(figure)).toHaveLength(9);
  },
};

// --- several series (illustrative, seeded) ---

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

const ILLUSTRATIVE_RESPONSES = illustrativeResponses(2024);

export const SeveralSeries: Story = {
  args: { illustrative: true },
  render: chartRender(RescueRadar, (locale) => ({
    data: rescueRadarFromResponses(ILLUSTRATIVE_RESPONSES, { series: 'municipality', locale }),
  })),
  parameters: storyDescription(
    'ILLUSTRATIVE answers (made up, seeded) of four municipalities, one series each, built with ' +
      '`rescueRadarFromResponses(responses, { series: "municipality" })`. Series differ by ' +
      'colour, marker shape and dash pattern; Up/Down move between them on a goal. More than three ' +
      'series would hide each other in one radar: small multiples, one radar per series on the same ' +
      'scale, the goals numbered with a key, and a note saying so.',
  ),
  play: async (context) => {
    const canvas = within(context.canvasElement);
    const figure = await canvas.findByRole('figure');
    const locale = localeOf(context);
    const { common, rescueRadar } = getMessages(locale);
    await expect(figure).toHaveTextContent(common.illustrativeData);
    await expect(figure).toHaveTextContent(rescueRadar.multiplesNote('series', 4));
    const data = rescueRadarFromResponses(ILLUSTRATIVE_RESPONSES, {
      series: 'municipality',
      locale,
    });
    await expect(data.series).toHaveLength(4);
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const name = (s: number, a: number) =>
      new RegExp(`^${escape(`${data.series[s]?.label}, ${data.axes[a]?.label}`)}:`);
    const point = within(figure).getByRole('graphics-symbol');
    await userEvent.tab();
    await expect(point).toHaveFocus();
    await expect(point).toHaveAccessibleName(name(0, 0));
    await userEvent.keyboard('{ArrowDown}');
    await expect(point).toHaveAccessibleName(name(1, 0));
    await userEvent.keyboard('{ArrowRight}');
    await expect(point).toHaveAccessibleName(name(1, 1));
    await userEvent.keyboard('{ArrowUp}');
    await expect(point).toHaveAccessibleName(name(0, 1));
    await expect(point).toHaveFocus();
  },
};

export const PreviousRound: Story = {
  args: { illustrative: true },
  render: chartRender(RescueRadar, (locale) => ({ data: radarWithInventedPreviousRound(locale) })),
  parameters: storyDescription(
    "Two rounds: the 2024 means with INVENTED means of an earlier round (each series' optional " +
      "`previous` values and the data's `previousLabel`), marked as illustrative on screen " +
      '("Kuvitteellinen vertailu"). A thin dashed outline in the series\' colour shows the earlier ' +
      "round, named in the legend; the tooltip, the point's name, the hidden table and the " +
      'description give the earlier value and the signed change ("+0,3", "−0,2").',
  ),
  play: async (context) => {
    const locale = localeOf(context);
    const figure = await within(context.canvasElement).findByRole('figure');
    const { common, rescueRadar } = getMessages(locale);
    await expect(figure).toHaveTextContent(common.illustrativeData);
    await expect(figure).toHaveTextContent(INVENTED_RADAR_ROUND[locale]);
    const headers = within(within(figure).getByRole('table')).getAllByRole('columnheader');
    await expect(headers.map((h) => h.textContent).slice(-2)).toEqual([
      INVENTED_RADAR_ROUND[locale],
      rescueRadar.previous.change,
    ]);
    // The first goal rose from an invented 3,0 to the published 3,3.
    await userEvent.tab();
    await expect(focusable(figure)).toHaveAccessibleName(
      expect.stringMatching(new RegExp(`${formatScore(3, locale)}, \\S+ \\+0[,.]3$`)),
    );
  },
};

/** Illustrative: two series, each with a goal that has no value. */
function missingValues(locale: Locale): RescueRadarData {
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

export const MissingValues: Story = {
  args: { illustrative: true },
  render: chartRender(RescueRadar, (locale) => ({ data: missingValues(locale) })),
  parameters: storyDescription(
    'ILLUSTRATIVE data: a missing value (null) breaks the polygon: no point, no fill, no line ' +
      'through the gap; "ei tietoa" is printed under the goal\'s text (naming the series), its label ' +
      'still takes focus and says "ei tietoa". Never drawn as 1 or 0.',
  ),
  play: async (context) => {
    const canvas = within(context.canvasElement);
    const { common, rescueRadar } = getMessages(localeOf(context));
    const point = await canvas.findByRole('graphics-symbol');
    await expect(within(canvas.getByRole('table')).getAllByText(common.noData)).toHaveLength(2);
    await expect(canvas.getByRole('figure')).toHaveTextContent(
      rescueRadar.axisNoData(['Esimerkki A']),
    );
    // The fourth goal of series A has no value: it is still reached, and says so.
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    await expect(point).toHaveAccessibleName(new RegExp(`: ${common.noData}$`));
    await expect(await canvas.findByRole('tooltip')).toHaveTextContent(common.noData);
    // The pointer reaches it too: on its goal's label (where the focusable element now is).
    await userEvent.keyboard('{Escape}');
    const group = point.closest('[role="group"]');
    if (!group) throw new Error('no group of points');
    await userEvent.pointer({ target: group, coords: centreOf(point) });
    await expect(await canvas.findByRole('tooltip')).toHaveTextContent(common.noData);
  },
};

// --- states ---

export const Empty: Story = std.Empty;
export const InvalidData: Story = std.InvalidData;
export const Loading: Story = std.Loading;
export const PartialCoverage: Story = std.PartialCoverage;

/**
 * Illustrative raw answers, read and aggregated by @yhdyspinta/data: Lohja and Karkkila rate some goals,
 * Hanko answers only "EOS" (en osaa sanoa, "cannot say"); nobody rates goals 8 and 9.
 */
const illustrativeCsv = [
  'kunta;kohta;arvio',
  ...['1', '2', '3', '4', '5', '6', '7'].flatMap((n, i) => [
    `Lohja;rescue.${n};${(i % 4) + 2}`,
    `Karkkila;rescue.${n};${((i + 2) % 5) + 1}`,
    `Hanko;rescue.${n};EOS`,
  ]),
].join('\n');

export const MunicipalityWithNoAnswers: Story = {
  args: { illustrative: true },
  render: chartRender(RescueRadar, (locale) => ({
    data: rescueRadarFromResponses(parseResponsesCsv(illustrativeCsv).responses, {
      series: 'both',
      locale,
    }),
  })),
  parameters: storyDescription(
    'Illustrative raw answers parsed with `parseResponsesCsv` and turned into series with ' +
      '`rescueRadarFromResponses(…, { series: "both" })`: Hanko answered nothing, so it has no ' +
      'series and the base is 2/10; goals nobody rated are "no data" (the lines break), never zero.',
  ),
  play: async (context) => {
    const locale = localeOf(context);
    const figure = await within(context.canvasElement).findByRole('figure');
    await expect(figure).toHaveAccessibleDescription(
      expect.stringContaining(formatBase(2, 10, locale)),
    );
    await expect(within(figure).getAllByRole('columnheader')).toHaveLength(1 + 3);
    const point = within(figure).getByRole('graphics-symbol');
    await userEvent.tab();
    await userEvent.keyboard('{End}');
    await expect(point).toHaveAccessibleName(
      expect.stringContaining(getMessages(locale).common.noData),
    );
  },
};

/** The eleven goals of the summary page with their published means: more axes, longer texts. */
function elevenGoals(locale: Locale): RescueRadarData {
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

export const ManyItems: Story = {
  render: chartRender(RescueRadar, (locale) => ({
    title: survey2024.texts?.summaryTitle[locale],
    data: elevenGoals(locale),
  })),
  parameters: storyDescription(
    'Shipped data, another selection: the eleven goals of the summary page with their published ' +
      'means (texts up to ~200 characters) — the labels still wrap outside the plot without overlap.',
  ),
  play: async (context) => {
    const figure = await within(context.canvasElement).findByRole('figure');
    await expect(within(figure).getAllByRole('rowheader')).toHaveLength(11);
    const point = within(figure).getByRole('graphics-symbol');
    await userEvent.tab();
    await userEvent.keyboard('{End}');
    const last = survey2024.goals[10]?.text[localeOf(context)] ?? '';
    await expect(point).toHaveAccessibleName(expect.stringContaining(last));
  },
};

// --- interactions ---

export const HoverShowsTooltip: Story = std.HoverShowsTooltip;
export const KeyboardNavigation: Story = std.KeyboardNavigation;
