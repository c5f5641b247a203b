import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import {
  RescueBars,
  RescueRadar,
  formatBase,
  formatScore,
  getMessages,
  rescueRadarFromResponses,
} from '../packages/charts/src';
import type { RescueRadarData, RescueRadarProps } from '../packages/charts/src';
import { MUNICIPALITY_IDS, parseResponsesCsv, survey2024 } from '../packages/data/src';
import type { Locale, RawResponse, Rating } from '../packages/data/src';
import { chartGlobals } from './support/globals';
import { framedRender } from './support/framedRender';
import type { FrameSize } from './support/StoryFrame';

const meta = {
  title: 'Charts/RescueRadar',
  component: RescueRadar,
  tags: ['autodocs'],
  // Every story follows the toolbar's language and theme (stories/STORIES.md).
  render: (args, context) => <RescueRadar {...args} {...chartGlobals(context)} />,
  argTypes: {
    locale: { control: false, description: 'Set by the toolbar in these stories.' },
    theme: { control: false, description: 'Set by the toolbar in these stories.' },
    data: { control: false },
    twin: { control: 'inline-radio', options: ['none', 'bars'] },
  },
  parameters: {
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

function localeOf(context: Context): Locale {
  return chartGlobals(context).locale;
}

function framed(size: FrameSize, fixed?: { width: number; height: number }): Story['render'] {
  return framedRender(RescueRadar, size, fixed);
}

/** The shipped data: nine goals, means as published, base "n = 6/10". */
async function expectShippedChart(context: Context) {
  const canvas = within(context.canvasElement);
  const locale = localeOf(context);
  const figure = await canvas.findByRole('figure', { name: getMessages(locale).rescueRadar.title });
  // One focusable element stands for the active point (roving focus), the first goal at the start.
  const point = within(figure).getByRole('graphics-symbol');
  const [first] = survey2024.rescueGoals;
  await expect(point).toHaveAccessibleName(
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

/** The point's centre in client coordinates, from the focusable element (on the active point). */
function centreOf(element: Element): { clientX: number; clientY: number } {
  const box = element.getBoundingClientRect();
  return { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
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
    // Decimal comma, as published; the values are printed at the points.
    await expect(within(figure).getAllByText('3,8').length).toBeGreaterThan(0);
  },
};

export const ShippedDataSwedish: Story = {
  globals: { locale: 'sv' },
  play: async (context) => {
    const figure = await expectShippedChart(context);
    await expect(within(figure).getAllByText('3,8').length).toBeGreaterThan(0);
  },
};

export const ShippedDataEnglish: Story = {
  globals: { locale: 'en' },
  play: async (context) => {
    const figure = await expectShippedChart(context);
    await expect(within(figure).getAllByText('3.8').length).toBeGreaterThan(0);
  },
};

// --- sizes ---

export const IntranetCard: Story = {
  render: framed('card'),
  parameters: {
    docs: {
      description: {
        story:
          'In an intranet card about 400 px wide: the goal texts are cut after a few lines ("…"); ' +
          'the full text is in the tooltip, the accessible name and the table.',
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

// --- the accessible twin ---

export const WithBarTwin: Story = {
  args: { twin: 'bars' },
  parameters: {
    docs: {
      description: {
        story:
          '`twin="bars"`: the same numbers as horizontal bars on the 1–5 scale under the radar, for ' +
          'readers who cannot use a radar.',
      },
    },
  },
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
  render: (args, context) => <RescueBars {...args} {...chartGlobals(context)} />,
  parameters: {
    docs: {
      description: {
        story: '`RescueBars` on its own: the radar data as bars, in place of the radar.',
      },
    },
  },
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
  render: (args, context) => {
    const globals = chartGlobals(context);
    const data = rescueRadarFromResponses(ILLUSTRATIVE_RESPONSES, {
      series: 'municipality',
      locale: globals.locale,
    });
    return <RescueRadar {...args} {...globals} data={data} />;
  },
  parameters: {
    docs: {
      description: {
        story:
          'ILLUSTRATIVE answers (made up, seeded) of four municipalities, one series each, built with ' +
          '`rescueRadarFromResponses(responses, { series: "municipality" })`. Series differ by ' +
          'colour, marker shape and dash pattern; Up/Down move between them on a goal.',
      },
    },
  },
  play: async (context) => {
    const canvas = within(context.canvasElement);
    const figure = await canvas.findByRole('figure');
    const locale = localeOf(context);
    const { common } = getMessages(locale);
    await expect(figure).toHaveTextContent(common.illustrativeData);
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
  render: (args, context) => {
    const globals = chartGlobals(context);
    return <RescueRadar {...args} {...globals} data={missingValues(globals.locale)} />;
  },
  parameters: {
    docs: {
      description: {
        story:
          'ILLUSTRATIVE data: a missing value (null) breaks the polygon: no point, no fill, no line ' +
          'through the gap; its label still takes focus and says "ei tietoa". Never drawn as 1 or 0.',
      },
    },
  },
  play: async (context) => {
    const canvas = within(context.canvasElement);
    const { common } = getMessages(localeOf(context));
    const point = await canvas.findByRole('graphics-symbol');
    await expect(within(canvas.getByRole('table')).getAllByText(common.noData)).toHaveLength(2);
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

export const Empty: Story = {
  args: { data: { axes: [], series: [] } },
  play: async (context) => {
    const canvas = within(context.canvasElement);
    await expect(await canvas.findByRole('status')).toBeInTheDocument();
    await expect(canvas.queryAllByRole('graphics-symbol')).toHaveLength(0);
  },
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

export const InvalidData: Story = {
  args: { data: invalidData, illustrative: true },
  parameters: {
    docs: {
      description: {
        story: 'Illustrative data with a 6 (outside 1–5): the error state, not a wrong point.',
      },
    },
  },
  play: async (context) => {
    const canvas = within(context.canvasElement);
    await expect(await canvas.findByRole('status')).toBeInTheDocument();
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
          'The shipped data: 6 of the 10 municipalities answered. The base is printed under the ' +
          'title, is in every tooltip and in the description screen readers read.',
      },
    },
  },
  play: async (context) => {
    const figure = await expectShippedChart(context);
    const base = formatBase(6, 10, localeOf(context));
    await expect(figure).toHaveAccessibleDescription(expect.stringContaining(base));
    await expect(figure).toHaveTextContent(base);
  },
};

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
  render: (args, context) => {
    const globals = chartGlobals(context);
    const { responses } = parseResponsesCsv(illustrativeCsv);
    const data = rescueRadarFromResponses(responses, {
      series: 'both',
      locale: globals.locale,
    });
    return <RescueRadar {...args} {...globals} data={data} />;
  },
  parameters: {
    docs: {
      description: {
        story:
          'Illustrative raw answers parsed with `parseResponsesCsv` and turned into series with ' +
          '`rescueRadarFromResponses(…, { series: "both" })`: Hanko answered nothing, so it has no ' +
          'series and the base is 2/10; goals nobody rated are "no data" (the lines break), never zero.',
      },
    },
  },
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
  render: (args, context) => {
    const globals = chartGlobals(context);
    return (
      <RescueRadar
        {...args}
        {...globals}
        title={survey2024.texts?.summaryTitle[globals.locale]}
        data={elevenGoals(globals.locale)}
      />
    );
  },
  parameters: {
    docs: {
      description: {
        story:
          'Shipped data, another selection: the eleven goals of the summary page with their published ' +
          'means (texts up to ~200 characters) — the labels still wrap outside the plot without overlap.',
      },
    },
  },
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

export const HoverShowsTooltip: Story = {
  play: async (context) => {
    const canvas = within(context.canvasElement);
    const point = await canvas.findByRole('graphics-symbol');
    const group = point.closest('[role="group"]');
    if (!group) throw new Error('no group of points');
    await expect(canvas.queryByRole('tooltip')).toBeNull();
    // The focusable element sits on the first point: the pointer there shows that point's tooltip.
    await userEvent.pointer({ target: group, coords: centreOf(point) });
    const tooltip = await canvas.findByRole('tooltip');
    const first = survey2024.rescueGoals[0]?.text[localeOf(context)] ?? '';
    await expect(tooltip).toHaveTextContent(first.slice(0, 30));
    await userEvent.unhover(group);
    await waitFor(() => expect(canvas.queryByRole('tooltip')).toBeNull());
  },
};

export const KeyboardNavigation: Story = {
  parameters: {
    docs: {
      description: {
        story:
          'Tab enters the chart at one point (one Tab stop); Left/Right move around the goals, Home and ' +
          'End to the first and last; the tooltip follows the focus; Escape hides it.',
      },
    },
  },
  play: async (context) => {
    const canvas = within(context.canvasElement);
    const point = await canvas.findByRole('graphics-symbol');
    const locale = localeOf(context);
    const { common } = getMessages(locale);
    const goals = survey2024.rescueGoals;
    const goal = (i: number) => expect.stringContaining(goals[i]?.text[locale] ?? '');

    await userEvent.tab();
    await expect(point).toHaveFocus();
    await expect(point).toHaveAccessibleName(goal(0));
    await expect(await canvas.findByRole('tooltip')).toBeInTheDocument();
    const mean = goals[0]?.mean.value ?? Number.NaN;
    await expect(point).toHaveAccessibleDescription(
      expect.stringContaining(`${common.tooltip.value}: ${formatScore(mean, locale)}`),
    );

    await userEvent.keyboard('{ArrowRight}');
    await expect(point).toHaveAccessibleName(goal(1));
    await expect(point).toHaveAttribute('aria-describedby', canvas.getByRole('tooltip').id);
    await userEvent.keyboard('{ArrowLeft}');
    await expect(point).toHaveAccessibleName(goal(0));
    await userEvent.keyboard('{End}');
    await expect(point).toHaveAccessibleName(goal(goals.length - 1));
    await userEvent.keyboard('{Home}');
    await expect(point).toHaveAccessibleName(goal(0));

    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('tooltip')).toBeNull());
    await expect(point).toHaveFocus();

    // One Tab stop: the next Tab leaves the chart.
    await userEvent.tab();
    await expect(point).not.toHaveFocus();
  },
};
