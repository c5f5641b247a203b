import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ResponseCoverage, getMessages, responseCoverageFromSurvey } from '@yhdyspinta/charts';
import type { ResponseCoverageData } from '@yhdyspinta/charts';
import { survey2024 } from '@yhdyspinta/data';
import type { Locale } from '@yhdyspinta/data';
import { coverage25 } from '../tests/fixtures/stress/coverage';
import { gallery } from './support/docs/gallery';
import { chartRender, framedRender } from './support/render';
import { localeOf, storyDescription, toolbarArgTypes } from './support/standardStories';
import { std, tableRows } from './ResponseCoverage.standard';
import { POPULATIONS, fromRawResponses, manyItems } from './ResponseCoverage.illustrative';

const meta = {
  title: 'Charts/ResponseCoverage',
  component: ResponseCoverage,
  tags: ['autodocs'],
  // Every story follows the toolbar's language and theme (stories/STORIES.md).
  render: chartRender(ResponseCoverage),
  argTypes: {
    ...toolbarArgTypes,
    survey: { control: false },
    populations: { control: false },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Which of the ten municipalities answered the 2024 municipal survey (6/10): a headline, and ' +
          'one tile per municipality — filled with a check mark ("Vastasi") or outlined with a dash ' +
          '("Ei vastausta määräajassa"), so the status never depends on colour. Without a `data` prop ' +
          'it draws `survey2024`. Populations are shown only when the caller passes them: the library ' +
          'ships none, and every population in these stories is made up and marked illustrative.',
      },
    },
  },
} satisfies Meta<typeof ResponseCoverage>;

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

// --- populations (illustrative) ---

export const WithIllustrativePopulations: Story = {
  args: { populations: POPULATIONS, illustrative: true },
  parameters: storyDescription(
    'ILLUSTRATIVE populations (made up, seeded): the headline gets the share of residents who ' +
      'live in the municipalities that answered, and each tile its population. Pass your own ' +
      'figures, with their source, in `populations`.',
  ),
  play: async (context) => {
    const locale = localeOf(context);
    const { common } = getMessages(locale);
    const figure = await within(context.canvasElement).findByRole('figure');
    await expect(figure).toHaveAccessibleDescription(
      expect.stringContaining(common.illustrativeData),
    );
    await expect(figure).toHaveTextContent(common.illustrativeData);
    await expect(figure).toHaveAccessibleDescription(expect.stringMatching(/\d\s?%/));
  },
};

export const PopulationsPartlyMissing: Story = {
  args: {
    populations: { ...POPULATIONS, espoo: undefined, vihti: undefined },
    illustrative: true,
  },
  parameters: storyDescription(
    'ILLUSTRATIVE populations with Espoo and Vihti missing: the chart names them and leaves them ' +
      'out of the share.',
  ),
  play: async (context) => {
    const locale = localeOf(context);
    const m = getMessages(locale).responseCoverage;
    const figure = await within(context.canvasElement).findByRole('figure');
    await expect(figure).toHaveAccessibleDescription(
      expect.stringContaining(
        m.populationMissing(
          locale === 'sv'
            ? 'Esbo och Vichtis'
            : locale === 'en'
              ? 'Espoo and Vihti'
              : 'Espoo ja Vihti',
        ),
      ),
    );
  },
};

export const PopulationInvalid: Story = {
  args: { populations: { ...POPULATIONS, lohja: -1 }, illustrative: true },
  parameters: storyDescription(
    'An ILLUSTRATIVE population of −1 for Lohja: no share is computed; the chart says whose ' +
      'figure is invalid (and warns in development).',
  ),
  play: async (context) => {
    const locale = localeOf(context);
    const m = getMessages(locale).responseCoverage;
    const figure = await within(context.canvasElement).findByRole('figure');
    await expect(figure).toHaveAccessibleDescription(
      expect.stringContaining(m.populationInvalid(locale === 'sv' ? 'Lojo' : 'Lohja')),
    );
  },
};

// --- coverage cases ---

export const PartialCoverage: Story = std.PartialCoverage;

export const MunicipalityWithNoAnswers: Story = {
  args: { illustrative: true, notAnsweredWording: 'plain' },
  render: chartRender(ResponseCoverage, (locale) => ({ data: fromRawResponses(locale) })),
  parameters: storyDescription(
    'ILLUSTRATIVE raw answers read with `parseResponsesCsv` and turned into coverage with ' +
      '`responseCoverageFromResponses`: Hanko answered every item with "EOS" (a no-answer), so it ' +
      'counts as not answered (aggregate’s `onlyNoAnswers`): 2/3.',
  ),
  play: async (context) => {
    const locale = localeOf(context);
    const m = getMessages(locale).responseCoverage;
    const figure = await within(context.canvasElement).findByRole('figure');
    await expect(figure).toHaveAccessibleDescription(expect.stringContaining(m.headline('2/3')));
    const hanko = locale === 'sv' ? 'Hangö' : 'Hanko';
    await expect(tableRows(figure)).toContain(`${hanko}|${m.notAnswered.plain}`);
  },
};

function allSurveyAs(answered: boolean, locale: Locale): ResponseCoverageData {
  return responseCoverageFromSurvey(survey2024, locale).map((item) => ({ ...item, answered }));
}

export const AllAnswered: Story = {
  args: { illustrative: true },
  render: chartRender(ResponseCoverage, (locale) => ({ data: allSurveyAs(true, locale) })),
  parameters: storyDescription('ILLUSTRATIVE: as if all ten municipalities had answered.'),
  play: async (context) => {
    const m = getMessages(localeOf(context)).responseCoverage;
    const figure = await within(context.canvasElement).findByRole('figure');
    await expect(figure).toHaveTextContent(m.headline('10/10'));
    await expect(tableRows(figure).filter((row) => row.endsWith(`|${m.answered}`))).toHaveLength(
      10,
    );
  },
};

export const NoneAnswered: Story = {
  args: { illustrative: true },
  render: chartRender(ResponseCoverage, (locale) => ({ data: allSurveyAs(false, locale) })),
  parameters: storyDescription('ILLUSTRATIVE: as if no municipality had answered: 0/10.'),
  play: async (context) => {
    const m = getMessages(localeOf(context)).responseCoverage;
    const figure = await within(context.canvasElement).findByRole('figure');
    await expect(figure).toHaveTextContent(m.headline('0/10'));
  },
};

export const ManyItems: Story = {
  args: { data: manyItems, illustrative: true, maxColumns: 6 },
  render: framedRender(ResponseCoverage, 'card'),
  parameters: {
    ...gallery('More examples', { wide: true }),
    ...storyDescription(
      'ILLUSTRATIVE: 24 units with long Finnish and Swedish names in a 400 px card: too narrow for ' +
        'three columns of tiles, so a compact list with a legend; names wrap (up to five lines) before ' +
        'they are cut with "…" (full names in the tooltip).',
    ),
  },
  play: async (context) => {
    const figure = await within(context.canvasElement).findByRole('figure');
    await expect(tableRows(figure)).toHaveLength(24);
  },
};

export const Phone: Story = {
  args: { width: 320 },
  parameters: {
    ...gallery('Sizes and themes', { width: 320 }),
    ...storyDescription(
      'The shipped survey at 320 px: a two-column compact list (icon and name on each chip) under a ' +
        'legend of the two statuses, about 315 px tall, instead of a column of ten large tiles.',
    ),
  },
  play: async (context) => {
    const figure = await within(context.canvasElement).findByRole('figure');
    await expect(tableRows(figure)).toHaveLength(10);
    await expect(Number(figure.getAttribute('height'))).toBeLessThan(400);
  },
};

export const StressSlide: Story = {
  args: { data: coverage25('fi'), illustrative: true },
  globals: { theme: 'slide' },
  render: framedRender(ResponseCoverage, 'slide', { width: 1920, height: 1080 }),
  parameters: {
    layout: 'fullscreen',
    ...gallery('Sizes and themes', { width: 1920 }),
    ...storyDescription(
      'INVENTED stress data (tests/fixtures/stress): 25 municipalities, some with long joint-authority ' +
        'names, on a 1920 × 1080 slide. The tiles would not fit with the slide type, so the compact list ' +
        'is drawn; no name is cut and no text is under 20 px.',
    ),
  },
  play: async (context) => {
    const figure = await within(context.canvasElement).findByRole('figure');
    await expect(tableRows(figure)).toHaveLength(25);
  },
};

// --- states ---

export const Empty: Story = std.Empty;
export const InvalidData: Story = std.InvalidData;
export const Loading: Story = std.Loading;

// --- interactions ---

export const HoverShowsTooltip: Story = std.HoverShowsTooltip;
export const KeyboardNavigation: Story = std.KeyboardNavigation;

export const EscapeClosesTooltip: Story = {
  tags: ['!autodocs'],
  play: async (context) => {
    const canvas = within(context.canvasElement);
    const tile = await canvas.findByRole('graphics-symbol');
    await userEvent.tab();
    await expect(tile).toHaveFocus();
    await expect(await canvas.findByRole('tooltip')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('tooltip')).toBeNull());
    await userEvent.keyboard('{ArrowRight}');
    await expect(await canvas.findByRole('tooltip')).toBeInTheDocument();
  },
};
