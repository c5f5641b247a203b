import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import {
  RescueBars,
  RescueRadar,
  formatBase,
  formatScore,
  getMessages,
  rescueRadarFromResponses,
} from '@yhdyspinta/charts';
import { parseResponsesCsv, survey2024 } from '@yhdyspinta/data';
import { INVENTED_RADAR_ROUND, radarWithInventedPreviousRound } from './RescueRadar.previousRound';
import { chartRender } from './support/render';
import {
  centreOf,
  focusable,
  localeOf,
  storyDescription,
  toolbarArgTypes,
} from './support/standardStories';
import { std, tableNumbers } from './RescueRadar.standard';
import {
  elevenGoals,
  ILLUSTRATIVE_RESPONSES,
  illustrativeCsv,
  missingValues,
} from './RescueRadar.illustrative';

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
