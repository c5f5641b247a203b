import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import {
  GoalBarChart,
  formatBase,
  formatScore,
  getMessages,
  scaleLevelLabel,
} from '@yhdyspinta/charts';
import type { GoalBarChartProps, GoalBarData } from '@yhdyspinta/charts';
import { aggregate, parseResponsesCsv, survey2024 } from '@yhdyspinta/data';
import type { Locale } from '@yhdyspinta/data';
import { INVENTED_ROUND_LABEL, withInventedPreviousRound } from './GoalBarChart.previousRound';
import { chartRender } from './support/render';
import {
  focusable,
  localeOf,
  standardStories,
  storyDescription,
  toolbarArgTypes,
} from './support/standardStories';

const meta = {
  title: 'Charts/GoalBarChart',
  component: GoalBarChart,
  tags: ['autodocs'],
  // Every story follows the toolbar's language and theme (stories/STORIES.md).
  render: chartRender(GoalBarChart),
  argTypes: toolbarArgTypes,
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

/** The first goal's text in the story's language. */
const goalText = (index: number, context: Context) =>
  survey2024.goals.at(index)?.text[localeOf(context)] ?? '?';

const std = standardStories<GoalBarChartProps>({
  component: GoalBarChart,
  expectShippedChart,
  shippedIn: {
    // Finnish decimal comma, as published: "2,2".
    fi: (figure) => expect(focusable(figure)).toHaveAccessibleName(/: 2,2 \(Heikosti\)$/),
    sv: (figure) => expect(focusable(figure)).toHaveAccessibleName(/: 2,2 \(Svagt\)$/),
    en: (figure) => expect(focusable(figure)).toHaveAccessibleName(/: 2\.2 \(Poorly\)$/),
  },
  intranetCard: 'In an intranet card about 400 px wide: labels wrap.',
  empty: { data: { groups: [] } },
  invalid: {
    args: { data: invalidData },
    description:
      'Illustrative data with a mean of 7 (outside 1–5): the chart shows its error state instead ' +
      'of a wrong bar.',
  },
  partialCoverage: {
    description:
      'The shipped data: 6 of the 10 municipalities answered, so every mean is of 6 answers. The ' +
      'base is printed under the title and is part of the description screen readers read.',
    check: async (figure, context) => {
      const base = formatBase(6, 10, localeOf(context));
      await expect(figure).toHaveAccessibleDescription(expect.stringContaining(base));
      await expect(figure).toHaveTextContent(base);
    },
  },
  // The pointer over the first goal's row (the focus element's box is the active row's).
  hover: {
    tooltip: (context) => goalText(0, context),
    at: (box) => ({ clientX: box.left + box.width / 4, clientY: box.top + box.height / 2 }),
  },
  keyboard: {
    description:
      'Tab enters the chart (one Tab stop); the arrow keys, Home, End, PageUp and PageDown move ' +
      'between goals; the focused goal is named (text, section, mean, scale level) and outlined; the ' +
      'tooltip follows the focus; Escape hides it.',
    entered: async (bar, context) => {
      const locale = localeOf(context);
      await expect(bar).toHaveAccessibleName(expect.stringContaining(goalText(0, context)));
      // The tooltip is the focused goal's description: "Keskiarvo: 2,2", the scale level, the base.
      const mean = survey2024.goals[0]?.mean.value ?? Number.NaN;
      const { common } = getMessages(locale);
      await expect(bar).toHaveAccessibleDescription(
        expect.stringContaining(`${common.tooltip.value}: ${formatScore(mean, locale)}`),
      );
    },
    steps: (context) => {
      const goal = (index: number) => expect.stringContaining(goalText(index, context));
      return [
        { keys: '{ArrowDown}', name: goal(1) },
        { keys: '{End}', name: goal(-1) },
        { keys: '{Home}', name: goal(0) },
        { keys: '{PageDown}', name: goal(-1) },
        { keys: '{PageUp}', name: goal(0) },
      ];
    },
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

// --- states ---

export const Empty: Story = std.Empty;
export const InvalidData: Story = std.InvalidData;
export const Loading: Story = std.Loading;
export const PartialCoverage: Story = std.PartialCoverage;

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
  render: chartRender(GoalBarChart, (locale) => ({
    data: dataWithANonAnsweringMunicipality(locale),
  })),
  parameters: storyDescription(
    'Illustrative raw answers parsed with `parseResponsesCsv` and aggregated with `aggregate`: ' +
      'one of three municipalities answered nothing, so the base is 2/3, and a goal nobody rated is ' +
      'shown as "no data" (hatched), never as zero.',
  ),
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
  parameters: storyDescription(
    'The shipped data with every sub-goal: 11 goals and their sub-goals, long labels.',
  ),
  play: async (context) => {
    const figure = await within(context.canvasElement).findByRole('figure');
    const subGoalCount = survey2024.goals.reduce((sum, goal) => sum + goal.subGoals.length, 0);
    await expect(tableRows(figure)).toHaveLength(survey2024.goals.length + subGoalCount);
  },
};

export const RankedWithMean: Story = {
  args: { grouped: false, sort: 'score-desc', comparison: 'mean' },
  parameters: storyDescription(
    'One ranked list (`grouped={false}`, `sort="score-desc"`) with the mean of all goals.',
  ),
  play: async (context) => {
    const figure = await within(context.canvasElement).findByRole('figure');
    // The rescue service's goal has the highest published mean, 3,4: it is first.
    await expect(focusable(figure)).toHaveAccessibleName(
      localeOf(context) === 'en' ? /: 3\.4 \(/ : /: 3,4 \(/,
    );
  },
};

export const PreviousRound: Story = {
  args: { illustrative: true, showSubGoals: true },
  render: chartRender(GoalBarChart, (locale) => ({ data: withInventedPreviousRound(locale) })),
  parameters: storyDescription(
    'Two rounds: the 2024 means with INVENTED means of an earlier round (`goalBarFromSurvey(survey, ' +
      'locale, { previous, previousLabel })`), marked as illustrative on screen. A diamond marks the ' +
      'earlier mean on each bar, the change follows the value ("2,7 (+0,3)"), and the tooltip, the ' +
      'hidden table and the description give both rounds and the change.',
  ),
  play: async (context) => {
    const locale = localeOf(context);
    const figure = await within(context.canvasElement).findByRole('figure');
    const { common, goalBar } = getMessages(locale);
    await expect(figure).toHaveAccessibleDescription(
      expect.stringContaining(common.illustrativeData),
    );
    await expect(figure).toHaveTextContent(INVENTED_ROUND_LABEL[locale]);
    const headers = within(within(figure).getByRole('table')).getAllByRole('columnheader');
    await expect(headers.map((h) => h.textContent).slice(-2)).toEqual([
      INVENTED_ROUND_LABEL[locale],
      goalBar.previous.change,
    ]);
    // The first goal fell from an invented 2,5 to 2,2.
    await expect(focusable(figure)).toHaveAccessibleName(
      expect.stringContaining(`${formatScore(2.5, locale)}, `),
    );
    await expect(focusable(figure)).toHaveAccessibleName(expect.stringMatching(/\u22120[,.]3$/));
  },
};

// --- interactions ---

export const HoverShowsTooltip: Story = std.HoverShowsTooltip;
export const KeyboardNavigation: Story = std.KeyboardNavigation;
