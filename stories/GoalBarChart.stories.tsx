import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, fireEvent, userEvent, waitFor, within } from 'storybook/test';
import {
  GoalBarChart,
  formatBase,
  formatScore,
  getMessages,
  scaleLevelLabel,
} from '../packages/charts/src';
import type { GoalBarChartProps, GoalBarData } from '../packages/charts/src';
import { aggregate, parseResponsesCsv, survey2024 } from '../packages/data/src';
import type { Locale } from '../packages/data/src';
import { chartGlobals } from './support/globals';
import { framedRender } from './support/framedRender';
import type { FrameSize } from './support/StoryFrame';

const meta = {
  title: 'Charts/GoalBarChart',
  component: GoalBarChart,
  tags: ['autodocs'],
  // Every story follows the toolbar's language and theme (stories/STORIES.md).
  render: (args, context) => <GoalBarChart {...args} {...chartGlobals(context)} />,
  argTypes: {
    locale: { control: false, description: 'Set by the toolbar in these stories.' },
    theme: { control: false, description: 'Set by the toolbar in these stories.' },
    data: { control: false },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The mean score (1–5) of each goal of the 2024 municipal survey, grouped by section. Without ' +
          'a `data` prop it draws the shipped data (`survey2024`) in the chosen language. Switch the ' +
          'language and theme in the toolbar.',
      },
    },
  },
} satisfies Meta<typeof GoalBarChart>;

export default meta;
type Story = StoryObj<typeof meta>;
type Context = StoryContext<GoalBarChartProps>;

/** The language the story is shown in, for locale-aware assertions. */
function localeOf(context: Context): Locale {
  return chartGlobals(context).locale;
}

function framed(size: FrameSize, fixed?: { width: number; height: number }): Story['render'] {
  return framedRender(GoalBarChart, size, fixed);
}

/** The chart's one focusable element (one Tab stop): a graphics-symbol named after the active goal. */
function focusable(figure: HTMLElement): HTMLElement {
  return within(figure).getByRole('graphics-symbol');
}

/** The hidden data table's rows of goals (the header row left out). */
function tableRows(figure: HTMLElement): HTMLElement[] {
  return within(within(figure).getByRole('table')).getAllByRole('row').slice(1);
}

/** The 2024 survey as shipped: 11 goals, means as published, base "n = 6/10". */
async function expectShippedChart(context: Context) {
  const canvas = within(context.canvasElement);
  const locale = localeOf(context);
  const figure = await canvas.findByRole('figure', { name: getMessages(locale).goalBar.title });
  await expect(tableRows(figure)).toHaveLength(survey2024.goals.length);
  const [first] = survey2024.goals;
  const mean = first?.mean.value ?? Number.NaN;
  // The first goal is active: its full text, its section, the mean and its scale level.
  const name = focusable(figure).getAttribute('aria-label') ?? '';
  await expect(name.startsWith(first?.text[locale] ?? '?')).toBe(true);
  await expect(
    name.endsWith(`: ${formatScore(mean, locale)} (${scaleLevelLabel(mean, locale)})`),
  ).toBe(true);
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
    // Finnish decimal comma, as published: "2,2".
    await expect(focusable(figure)).toHaveAccessibleName(/: 2,2 \(Heikosti\)$/);
  },
};

export const ShippedDataSwedish: Story = {
  globals: { locale: 'sv' },
  play: async (context) => {
    const figure = await expectShippedChart(context);
    await expect(focusable(figure)).toHaveAccessibleName(/: 2,2 \(Svagt\)$/);
  },
};

export const ShippedDataEnglish: Story = {
  globals: { locale: 'en' },
  play: async (context) => {
    const figure = await expectShippedChart(context);
    await expect(focusable(figure)).toHaveAccessibleName(/: 2\.2 \(Poorly\)$/);
  },
};

// --- sizes ---

export const IntranetCard: Story = {
  render: framed('card'),
  parameters: {
    docs: { description: { story: 'In an intranet card about 400 px wide: labels wrap.' } },
  },
  play: async (context) => {
    const figure = await expectShippedChart(context);
    // The chart measures its container after the first paint.
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
  args: { data: { groups: [] } },
  play: async (context) => {
    const canvas = within(context.canvasElement);
    await expect(await canvas.findByRole('status')).toBeInTheDocument();
    await expect(canvas.queryAllByRole('graphics-symbol')).toHaveLength(0);
  },
};

/** Illustrative: a mean of 7 is impossible on the 1–5 scale. */
const invalidData: GoalBarData = {
  groups: [
    {
      id: 'illustrative',
      label: 'Esimerkki',
      items: [{ id: 'out-of-range', label: 'Esimerkkitavoite', value: 7 }],
    },
  ],
};

export const InvalidData: Story = {
  args: { data: invalidData, illustrative: true },
  parameters: {
    docs: {
      description: {
        story:
          'Illustrative data with a mean of 7 (outside 1–5): the chart shows its error state instead ' +
          'of a wrong bar.',
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
    const canvas = within(context.canvasElement);
    const figure = await canvas.findByRole('figure');
    await expect(figure).toHaveAttribute('aria-busy', 'true');
    await expect(within(figure).getByRole('status')).toBeInTheDocument();
  },
};

export const PartialCoverage: Story = {
  parameters: {
    docs: {
      description: {
        story:
          'The shipped data: 6 of the 10 municipalities answered, so every mean is of 6 answers. The ' +
          'base is printed under the title and is part of the description screen readers read.',
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
 * Illustrative raw answers, read and aggregated by @yhdyspinta/data: Lohja and Karkkila rate two goals;
 * Hanko answers only "EOS" (en osaa sanoa, "cannot say"); nobody rates the third goal.
 */
const illustrativeCsv = [
  'kunta;kohta;arvio',
  'Lohja;ws-1;2',
  'Lohja;ws-2;3',
  'Lohja;ss-2;EOS',
  'Karkkila;ws-1;3',
  'Karkkila;ws-2;4',
  'Karkkila;ss-2;EOS',
  'Hanko;ws-1;EOS',
  'Hanko;ws-2;EOS',
  'Hanko;ss-2;EOS',
].join('\n');

const illustrativeGoalIds = ['ws-1', 'ws-2', 'ss-2'];

function dataWithANonAnsweringMunicipality(locale: Locale): GoalBarData {
  const { responses } = parseResponsesCsv(illustrativeCsv);
  const result = aggregate(responses, {
    goals: illustrativeGoalIds.map((id) => ({ id, subGoalIds: [] })),
  });
  const { answered, onlyNoAnswers } = result.municipalities;
  return {
    groups: [
      {
        id: 'illustrative',
        label: '',
        items: result.goals.map((goal) => ({
          id: goal.goalId,
          label: survey2024.goals.find((g) => g.id === goal.goalId)?.text[locale] ?? goal.goalId,
          value: goal.mean,
        })),
      },
    ],
    base: { answered: answered.length, total: answered.length + onlyNoAnswers.length },
  };
}

export const MunicipalityWithNoAnswers: Story = {
  args: { illustrative: true },
  render: (args, context) => {
    const globals = chartGlobals(context);
    return (
      <GoalBarChart
        {...args}
        {...globals}
        data={dataWithANonAnsweringMunicipality(globals.locale)}
      />
    );
  },
  parameters: {
    docs: {
      description: {
        story:
          'Illustrative raw answers parsed with `parseResponsesCsv` and aggregated with `aggregate`: ' +
          'one of three municipalities answered nothing, so the base is 2/3, and a goal nobody rated is ' +
          'shown as "no data" (hatched), never as zero.',
      },
    },
  },
  play: async (context) => {
    const locale = localeOf(context);
    const figure = await within(context.canvasElement).findByRole('figure');
    await expect(figure).toHaveAccessibleDescription(
      expect.stringContaining(getMessages(locale).common.illustrativeData),
    );
    await expect(figure).toHaveAccessibleDescription(
      expect.stringContaining(formatBase(2, 3, locale)),
    );
    await expect(tableRows(figure)).toHaveLength(3);
    // The goal nobody rated is the last: End moves there.
    focusable(figure).focus();
    await userEvent.keyboard('{End}');
    await expect(focusable(figure)).toHaveAccessibleName(
      expect.stringContaining(getMessages(locale).common.noData),
    );
  },
};

export const ManyItems: Story = {
  args: { showSubGoals: true },
  parameters: {
    docs: {
      description: {
        story: 'The shipped data with every sub-goal: 11 goals and their sub-goals, long labels.',
      },
    },
  },
  play: async (context) => {
    const figure = await within(context.canvasElement).findByRole('figure');
    const subGoalCount = survey2024.goals.reduce((sum, goal) => sum + goal.subGoals.length, 0);
    await expect(tableRows(figure)).toHaveLength(survey2024.goals.length + subGoalCount);
  },
};

export const RankedWithMean: Story = {
  args: { grouped: false, sort: 'score-desc', comparison: 'mean' },
  parameters: {
    docs: {
      description: {
        story:
          'One ranked list (`grouped={false}`, `sort="score-desc"`) with the mean of all goals.',
      },
    },
  },
  play: async (context) => {
    const figure = await within(context.canvasElement).findByRole('figure');
    // The rescue service's goal has the highest published mean, 3,4: it is first.
    await expect(focusable(figure)).toHaveAccessibleName(
      localeOf(context) === 'en' ? /: 3\.4 \(/ : /: 3,4 \(/,
    );
  },
};

// --- interactions ---

export const HoverShowsTooltip: Story = {
  play: async (context) => {
    const canvas = within(context.canvasElement);
    const figure = await canvas.findByRole('figure');
    const [goal] = survey2024.goals;
    // The pointer over the first goal's row (the focus element's box is the active row's): the row
    // group maps the position to that goal, without a listener per bar.
    const group = within(figure).getByRole('group');
    await expect(canvas.queryByRole('tooltip')).toBeNull();
    const box = focusable(figure).getBoundingClientRect();
    fireEvent.pointerMove(group, {
      clientX: box.left + box.width / 4,
      clientY: box.top + box.height / 2,
    });
    const tooltip = await canvas.findByRole('tooltip');
    await expect(tooltip).toHaveTextContent(goal?.text[localeOf(context)] ?? '?');
    await userEvent.unhover(group);
    await waitFor(() => expect(canvas.queryByRole('tooltip')).toBeNull());
  },
};

export const KeyboardNavigation: Story = {
  parameters: {
    docs: {
      description: {
        story:
          'Tab enters the chart (one Tab stop); the arrow keys, Home, End, PageUp and PageDown move ' +
          'between goals; the focused goal is named (text, section, mean, scale level) and outlined; the ' +
          'tooltip follows the focus; Escape hides it.',
      },
    },
  },
  play: async (context) => {
    const canvas = within(context.canvasElement);
    const figure = await canvas.findByRole('figure');
    const locale = localeOf(context);
    const [first, second] = survey2024.goals;
    const last = survey2024.goals.at(-1);
    const bar = () => focusable(figure);

    await userEvent.tab();
    await expect(bar()).toHaveFocus();
    await expect(bar()).toHaveAccessibleName(expect.stringContaining(first?.text[locale] ?? '?'));
    await expect(await canvas.findByRole('tooltip')).toBeInTheDocument();
    // The tooltip is the focused goal's description: "Keskiarvo: 2,2", the scale level, the base.
    const mean = first?.mean.value ?? Number.NaN;
    const { common } = getMessages(locale);
    await expect(bar()).toHaveAccessibleDescription(
      expect.stringContaining(`${common.tooltip.value}: ${formatScore(mean, locale)}`),
    );

    await userEvent.keyboard('{ArrowDown}');
    await expect(bar()).toHaveFocus();
    await expect(bar()).toHaveAccessibleName(expect.stringContaining(second?.text[locale] ?? '?'));
    await expect(bar()).toHaveAttribute('aria-describedby', canvas.getByRole('tooltip').id);

    await userEvent.keyboard('{End}');
    await expect(bar()).toHaveAccessibleName(expect.stringContaining(last?.text[locale] ?? '?'));
    await userEvent.keyboard('{Home}');
    await expect(bar()).toHaveAccessibleName(expect.stringContaining(first?.text[locale] ?? '?'));
    await userEvent.keyboard('{PageDown}');
    await expect(bar()).toHaveAccessibleName(expect.stringContaining(last?.text[locale] ?? '?'));
    await userEvent.keyboard('{PageUp}');
    await expect(bar()).toHaveAccessibleName(expect.stringContaining(first?.text[locale] ?? '?'));

    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('tooltip')).toBeNull());
    await expect(bar()).toHaveFocus();

    // One Tab stop: the next Tab leaves the chart.
    await userEvent.tab();
    await expect(bar()).not.toHaveFocus();
  },
};
