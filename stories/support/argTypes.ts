/**
 * The Controls panel of every chart story (issue 16). react-docgen-typescript reads each chart's props
 * and their doc comments (.storybook/main.ts); `refineChartArgTypes` (an argTypes enhancer in
 * .storybook/preview.tsx) then gives the props controls that make sense: ranges for sizes and line
 * counts, the three languages and themes, the ids a `highlight` can name, example `valueFormat`s, the
 * callbacks logged in the Actions panel, and categories so the chart's own props come first.
 * It touches only the stories under `Charts/`, and only the props the chart has.
 */
import type { ReactRenderer } from '@storybook/react-vite';
import type { ArgTypesEnhancer, StrictArgTypes } from 'storybook/internal/types';
import type { ValueFormat } from '@yhdyspinta/charts';
import { MUNICIPALITY_IDS, survey2024 } from '@yhdyspinta/data';
import { CHART_THEMES } from './globals';
import { LOCALE_ITEMS } from './globalTypes';

type ArgType = StrictArgTypes[string];

// Controls in their normalized form: the enhancer runs after Storybook has normalized the shorthands.
const control = (type: 'object' | 'check' | 'inline-radio' | 'select') => ({
  control: { type, disable: false },
});
const NO_CONTROL = { control: { disable: true } };
const range = (min: number, max: number, step = 1) => ({
  control: { type: 'range' as const, min, max, step, disable: false },
});

/** Keys the docgen plugin adds to the shared argTypes object itself (it takes it for a component). */
const NOT_PROPS = ['displayName', '__docgenInfo'];

/** Printed values with a fixed number of decimals, in the chart's language (Finnish decimal comma). */
const decimals =
  (digits: number): ValueFormat =>
  (value, locale) =>
    new Intl.NumberFormat(locale, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(value);

const VALUE_FORMATS: Readonly<Record<string, ValueFormat | undefined>> = {
  default: undefined,
  'two decimals': decimals(2),
  'whole numbers': decimals(0),
};

const goalIds = survey2024.goals.flatMap((goal) => [
  goal.id,
  ...goal.subGoals.map((subGoal) => subGoal.id),
]);

/** What a `highlight` names in each chart (CommonChartProps.highlight). */
const HIGHLIGHT_IDS: Readonly<Record<string, readonly string[]>> = {
  GoalBarChart: goalIds,
  RescueRadar: ['mean', ...MUNICIPALITY_IDS],
  ThemeHeatmap: MUNICIPALITY_IDS,
  ResponseCoverage: MUNICIPALITY_IDS,
};

const TOOLBAR_NOTE = ' In these stories: unset follows the toolbar.';

/** Controls by prop name, for the props every chart shares (CommonChartProps) and the usual options. */
function refinements(chart: string): Readonly<Record<string, Partial<ArgType>>> {
  const category = (name: string) => ({ table: { category: name } });
  return {
    // --- data ---
    data: { ...control('object'), ...category('Data') },
    survey: { ...NO_CONTROL, ...category('Data') },
    populations: { ...control('object'), ...category('Data') },
    illustrative: category('Data'),
    loading: category('Data'),
    highlight: {
      ...control('check'),
      options: [...(HIGHLIGHT_IDS[chart] ?? [])],
      ...category('Data'),
    },
    // --- size, language, theme ---
    width: { ...range(240, 1920, 10), ...category('Size, language and theme') },
    height: { ...range(200, 1400, 10), ...category('Size, language and theme') },
    locale: {
      ...control('inline-radio'),
      options: LOCALE_ITEMS.map((item) => item.value),
      ...category('Size, language and theme'),
    },
    theme: {
      ...control('inline-radio'),
      options: Object.keys(CHART_THEMES),
      mapping: CHART_THEMES,
      ...category('Size, language and theme'),
    },
    className: { ...NO_CONTROL, ...category('Size, language and theme') },
    // --- texts ---
    title: category('Texts'),
    subtitle: category('Texts'),
    source: category('Texts'),
    hideTitle: category('Texts'),
    description: category('Texts'),
    // --- behaviour and formatting ---
    valueFormat: {
      ...control('select'),
      options: Object.keys(VALUE_FORMATS),
      mapping: VALUE_FORMATS,
      ...category('Behaviour and formatting'),
    },
    interactive: category('Behaviour and formatting'),
    renderTooltip: { ...NO_CONTROL, ...category('Behaviour and formatting') },
    onActiveChange: { action: 'onActiveChange', ...category('Behaviour and formatting') },
    onSelect: { action: 'onSelect', ...category('Behaviour and formatting') },
    onError: { action: 'onError', ...category('Behaviour and formatting') },
    // --- the charts' own options with numbers ---
    maxLabelLines: range(1, 6),
    columns: range(1, 10),
    maxColumns: range(1, 10),
    thresholds: { ...control('object') },
    // The object form `{ value, label }` is a value of your own: set it in code.
    comparison: {
      ...control('inline-radio'),
      options: ['none', 'mean'],
      mapping: { none: undefined, mean: 'mean' },
    },
  };
}

/**
 * A doc comment as the props table's Markdown should read it: an element name written bare ("a <div>
 * holding both charts") becomes code, so it is shown, not parsed as HTML (a <div> inside the table's <p>).
 */
function escapeElements(description: string): string {
  return description.replace(/(^|[^`])<(\/?[a-zA-Z][\w-]*(?: [^<>`]*)?)>/g, '$1`<$2>`');
}

/**
 * The default a doc comment states in the library's usual words — "(default 3; …)", "(default true)",
 * "Default 5 (…)", "'auto' (default)" — for the props table's Default column; none when it says it
 * otherwise (e.g. "Default: the survey's title").
 */
export function statedDefault(description: string): string | undefined {
  const plain = /\(default (true|false|\d+(?:[.,]\d+)?)[;:),\s]/i.exec(description);
  if (plain) return plain[1];
  const sentence = /\bDefault (true|false|\d+)\b/.exec(description);
  if (sentence) return sentence[1];
  const quoted = /'([\w-]+)' \(default\)/.exec(description);
  return quoted ? `'${quoted[1]}'` : undefined;
}

/** The chart a story shows: the meta's component's name, for the `Charts/<Name>` stories. */
function chartName(title: string): string | undefined {
  const match = /^Charts\/(\w+)$/.exec(title);
  return match?.[1];
}

/** Refines the argTypes of the chart stories (see the file comment); other stories pass unchanged. */
export const refineChartArgTypes: ArgTypesEnhancer<ReactRenderer> = (context) => {
  const { argTypes } = context;
  const chart = chartName(context.title);
  if (!chart) return argTypes;
  const refined: StrictArgTypes = { ...argTypes };
  for (const key of NOT_PROPS) delete refined[key];
  for (const [name, argType] of Object.entries(refined)) {
    if (!argType.description) continue;
    const stated = argType.table?.defaultValue ? undefined : statedDefault(argType.description);
    refined[name] = {
      ...argType,
      description: escapeElements(argType.description),
      ...(stated ? { table: { ...argType.table, defaultValue: { summary: stated } } } : {}),
    };
  }
  for (const [name, refinement] of Object.entries(refinements(chart))) {
    const argType = refined[name];
    if (!argType) continue;
    refined[name] = {
      ...argType,
      ...refinement,
      ...(name === 'locale' || name === 'theme'
        ? { description: `${argType.description ?? ''}${TOOLBAR_NOTE}` }
        : {}),
      table: { ...argType.table, ...refinement.table },
    };
  }
  return refined;
};
