import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import {
  ResponseCoverage,
  getMessages,
  responseCoverageFromResponses,
  responseCoverageFromSurvey,
} from '@yhdyspinta/charts';
import type {
  MunicipalityPopulations,
  ResponseCoverageData,
  ResponseCoverageProps,
} from '@yhdyspinta/charts';
import { MUNICIPALITY_IDS, parseResponsesCsv, survey2024 } from '@yhdyspinta/data';
import type { Locale } from '@yhdyspinta/data';
import { coverage25 } from '../tests/fixtures/stress/coverage';
import { gallery } from './support/docs/gallery';
import { chartRender, framedRender } from './support/render';
import {
  focusable,
  localeOf,
  standardStories,
  storyDescription,
  toolbarArgTypes,
} from './support/standardStories';

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
type Context = StoryContext<ResponseCoverageProps>;

/** The hidden data table's rows, one per tile (the header row left out), as "name|status". */
function tableRows(figure: HTMLElement): string[] {
  return within(within(figure).getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent).join('|'));
}

/** The 2024 survey as shipped: 6 of 10 answered; Espoo, Siuntio, Vihti and Inkoo did not. */
async function expectShippedChart(context: Context) {
  const locale = localeOf(context);
  const m = getMessages(locale).responseCoverage;
  const figure = await within(context.canvasElement).findByRole('figure', { name: m.title });
  await expect(within(figure).getAllByRole('graphics-symbol')).toHaveLength(1);
  await expect(tableRows(figure)).toHaveLength(10);
  const espoo = locale === 'sv' ? 'Esbo' : 'Espoo';
  await expect(focusable(figure)).toHaveAccessibleName(`${espoo}: ${m.notAnswered.deadline}`);
  await expect(figure).toHaveAccessibleDescription(expect.stringContaining(m.headline('6/10')));
  await expect(figure).toHaveTextContent(m.headline('6/10'));
  return figure;
}

/**
 * ILLUSTRATIVE populations, made up by a seeded generator (the sources give no populations and the
 * library ships none): deterministic, round to the hundred, and never to be read as real figures.
 */
function illustrativePopulations(seed: number): MunicipalityPopulations {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return Object.fromEntries(
    MUNICIPALITY_IDS.map((id) => [id, Math.round((2000 + next() * 60000) / 100) * 100]),
  );
}

const POPULATIONS = illustrativePopulations(2024);

/** ILLUSTRATIVE: "answered" must be true or false, not the text "Kyllä". */
const invalidData = [
  { id: 'x', label: 'Esimerkkikunta', answered: 'Kyllä' },
] as unknown as ResponseCoverageData;

/** A tile's accessible name: "<municipality>: <status>", the municipality in Finnish or Swedish. */
const tileName = (context: Context, fi: string, sv: string, status: string) =>
  `${localeOf(context) === 'sv' ? sv : fi}: ${status}`;

const std = standardStories<ResponseCoverageProps>({
  component: ResponseCoverage,
  expectShippedChart,
  shippedIn: {
    fi: (figure) =>
      expect(figure).toHaveAccessibleDescription(
        expect.stringContaining(
          '6/10 kuntaa vastasi; Espoo, Siuntio, Vihti ja Inkoo eivät vastanneet määräajassa.',
        ),
      ),
    sv: (figure) => expect(tableRows(figure)).toContain('Kyrkslätt|Svarade'),
    en: (figure) => expect(tableRows(figure)).toContain('Kirkkonummi|Answered'),
  },
  intranetCard: 'In a 400 px intranet card: three columns, names wrap whole.',
  slide:
    'The slide theme at 1920 × 1080 (fixed `width` and `height`), as pasted on a slide: 5 × 2 ' +
    'tiles that grow to the height.',
  empty: { data: [] },
  invalid: {
    args: { data: invalidData },
    description:
      'ILLUSTRATIVE data with `answered: "Kyllä"` (a string, not a boolean): the chart shows its ' +
      'error state instead of guessing.',
  },
  partialCoverage: {
    description:
      'The shipped data: 6 of the 10 municipalities answered by the deadline; Espoo, Siuntio, ' +
      'Vihti and Inkoo did not, and are drawn as outlined tiles with a dash, never as zero.',
    args: { showBase: true },
    check: async (figure, context) => {
      const { common } = getMessages(localeOf(context));
      await expect(figure).toHaveTextContent(common.base('6/10'));
    },
  },
  // The pointer over the first tile (the focus element's box is the active tile's).
  hover: {
    tooltip: (context) => {
      const m = getMessages(localeOf(context)).responseCoverage;
      return `${m.statusColumn}: ${m.notAnswered.deadline}`;
    },
    at: (box) => ({ clientX: box.left + box.width / 2, clientY: box.top + 4 }),
  },
  keyboard: {
    description:
      'Tab enters the grid at one tile (one Tab stop); Left/Right move within a row, Up/Down ' +
      'between rows, Home/End to the row’s ends, Ctrl+Home/End to the first/last tile; the tooltip ' +
      'follows the focus; Escape hides it.',
    size: 'full',
    ready: (figure) =>
      waitFor(() => expect(Number(figure.getAttribute('width'))).toBeGreaterThan(600)),
    steps: (context) => {
      const m = getMessages(localeOf(context)).responseCoverage;
      return [
        { keys: '{ArrowRight}', name: tileName(context, 'Kauniainen', 'Grankulla', m.answered) },
        // 5 × 2: the tile below Kauniainen is Lohja.
        { keys: '{ArrowDown}', name: tileName(context, 'Lohja', 'Lojo', m.answered) },
        { keys: '{End}', name: tileName(context, 'Raasepori', 'Raseborg', m.answered) },
        {
          keys: '{Control>}{Home}{/Control}',
          name: tileName(context, 'Espoo', 'Esbo', m.notAnswered.deadline),
        },
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

/**
 * ILLUSTRATIVE raw answers, parsed by @yhdyspinta/data: Lohja and Karkkila rate items; Hanko answers only
 * "EOS" (cannot say), so it counts as not answered; the other municipalities are absent.
 */
const illustrativeCsv = [
  'kunta;kohta;arvio',
  'Lohja;ws-1;2',
  'Lohja;ws-2;3',
  'Karkkila;ws-1;3',
  'Karkkila;ws-2;EOS',
  'Hanko;ws-1;EOS',
  'Hanko;ws-2;EOS',
].join('\n');

function fromRawResponses(locale: Locale): ResponseCoverageData {
  const { responses } = parseResponsesCsv(illustrativeCsv);
  return responseCoverageFromResponses(responses, {
    locale,
    municipalityIds: ['lohja', 'karkkila', 'hanko'],
  });
}

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

/** ILLUSTRATIVE: 24 made-up respondent units with long, wrapping names (deterministic). */
const manyItems: ResponseCoverageData = Array.from({ length: 24 }, (_, i) => ({
  id: `unit-${i + 1}`,
  label:
    i % 3 === 0
      ? `Esimerkkikunnan sosiaali- ja terveyspalvelujen yhteistyöryhmä ${i + 1}`
      : i % 3 === 1
        ? `Exempelkommunens samarbetsgrupp ${i + 1}`
        : `Esimerkki ${i + 1}`,
  answered: (i * 7) % 5 < 3,
}));

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
