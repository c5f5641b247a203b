// ResponseCoverage's standard story set (stories/support/standardStories.tsx): its shipped-chart checks,
// invalid data, hover and keyboard steps.
import type { StoryContext } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { ResponseCoverage, getMessages } from '@yhdyspinta/charts';
import type { ResponseCoverageData, ResponseCoverageProps } from '@yhdyspinta/charts';
import { focusable, localeOf, standardStories } from './support/standardStories';

type Context = StoryContext<ResponseCoverageProps>;

/** The hidden data table's rows, one per tile (the header row left out), as "name|status". */
export function tableRows(figure: HTMLElement): string[] {
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

/** ILLUSTRATIVE: "answered" must be true or false, not the text "Kyllä". */
const invalidData = [
  { id: 'x', label: 'Esimerkkikunta', answered: 'Kyllä' },
] as unknown as ResponseCoverageData;

/** A tile's accessible name: "<municipality>: <status>", the municipality in Finnish or Swedish. */
const tileName = (context: Context, fi: string, sv: string, status: string) =>
  `${localeOf(context) === 'sv' ? sv : fi}: ${status}`;

export const std = standardStories<ResponseCoverageProps>({
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
