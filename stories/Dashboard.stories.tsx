import type { Meta, StoryObj } from '@storybook/react-vite';
import { useCallback, useMemo, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { GoalBarChart, RescueRadar, ResponseCoverage, ThemeHeatmap } from '@yhdyspinta/charts';
import type {
  GoalBarData,
  GoalBarItemInfo,
  RescueRadarData,
  RescueRadarItemInfo,
  ResponseCoverageItemInfo,
  ThemeHeatmapItemInfo,
} from '@yhdyspinta/charts';
import { MUNICIPALITY_IDS, coverageOf, municipalityById, survey2024 } from '@yhdyspinta/data';
import type { Locale } from '@yhdyspinta/data';
import { chartGlobals } from './support/globals';
import type { ChartGlobals } from './support/globals';

/** The page's own words (the charts' texts come from the library). */
const TEXT: Readonly<
  Record<Locale, { readonly none: string; readonly shown: string; readonly chosen: string }>
> = {
  fi: { none: 'Ei korostettua kuntaa', shown: 'Korostettu kunta', chosen: 'Valittu kunta' },
  sv: { none: 'Ingen kommun framhävd', shown: 'Framhävd kommun', chosen: 'Vald kommun' },
  en: {
    none: 'No municipality highlighted',
    shown: 'Highlighted municipality',
    chosen: 'Chosen municipality',
  },
};

const GOAL_TITLE: Readonly<Record<Locale, string>> = {
  fi: 'Tavoite 1 kunnittain',
  sv: 'Mål 1 per kommun',
  en: 'Goal 1 by municipality',
};

/** The municipalities that answered the 2024 survey, in the survey's order (kauniainen first). */
const ANSWERED = coverageOf(survey2024).answeredIds;

/**
 * Invented ratings (the survey publishes only means): a value on 1–5 for a municipality and an item,
 * deterministic so the story is the same on every run. Every chart drawing them is `illustrative`.
 */
function invented(municipality: number, item: number): number {
  return 2 + (((municipality * 7 + item * 3) % 9) * 2) / 10 + 0.1;
}

const name = (id: string, locale: Locale) => municipalityById(id)?.name[locale] ?? id;

/** Goal 1 rated by each answering municipality (invented): the bars' ids are municipality ids. */
function goalByMunicipality(locale: Locale): GoalBarData {
  const goal = survey2024.goals[0];
  return {
    groups: [
      {
        id: goal?.id ?? 'goal',
        label: goal?.text[locale] ?? '',
        items: ANSWERED.map((id, i) => ({ id, label: name(id, locale), value: invented(i, 0) })),
      },
    ],
  };
}

/** The rescue goals rated by three answering municipalities (invented): one series each. */
function rescueByMunicipality(locale: Locale): RescueRadarData {
  const axes = survey2024.rescueGoals.map((goal) => ({ id: goal.id, label: goal.text[locale] }));
  return {
    axes,
    series: ANSWERED.slice(0, 3).map((id, m) => ({
      id,
      label: name(id, locale),
      values: Object.fromEntries(axes.map((axis, a) => [axis.id, invented(m, a + 1)])),
    })),
  };
}

const isMunicipality = (id: string) => (MUNICIPALITY_IDS as readonly string[]).includes(id);

/**
 * Four charts linked by municipality with `onActiveChange`, `onSelect` and `highlight`: the municipality
 * under the pointer or keyboard in one chart is highlighted in all four (the others' marks dimmed); a
 * click, Enter or Space pins it until another is chosen. The radar's bar twin (`twin="bars"`) takes
 * the same handlers and highlight: its bars are reported as the radar's points.
 */
function Dashboard({ locale, theme }: ChartGlobals) {
  const [hovered, setHovered] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const current = hovered ?? chosen;
  const highlight = useMemo(() => (current ? [current] : []), [current]);
  const goals = useMemo(() => goalByMunicipality(locale), [locale]);
  const rescue = useMemo(() => rescueByMunicipality(locale), [locale]);
  const hover = useCallback((id: string | null) => setHovered(id), []);

  const onCoverage = useCallback(
    (item: ResponseCoverageItemInfo | null) => hover(item?.id ?? null),
    [hover],
  );
  const onGoal = useCallback((item: GoalBarItemInfo | null) => hover(item?.id ?? null), [hover]);
  const onRadar = useCallback(
    (item: RescueRadarItemInfo | null) => hover(item?.series.id ?? null),
    [hover],
  );
  const cellMunicipality = (item: ThemeHeatmapItemInfo) =>
    [item.row.id, item.column.id].find(isMunicipality) ?? null;
  const onCell = useCallback(
    (item: ThemeHeatmapItemInfo | null) => hover(item ? cellMunicipality(item) : null),
    [hover],
  );

  const text = TEXT[locale];
  const common = { locale, theme, highlight };
  return (
    <div>
      <p role="status">
        {current
          ? `${chosen && !hovered ? text.chosen : text.shown}: ${name(current, locale)}`
          : text.none}
      </p>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fit, minmax(420px, 1fr))',
          gap: 16,
        }}
      >
        <ResponseCoverage
          {...common}
          onActiveChange={onCoverage}
          onSelect={(item) => setChosen(item.id)}
        />
        <GoalBarChart
          {...common}
          data={goals}
          title={GOAL_TITLE[locale]}
          illustrative
          onActiveChange={onGoal}
          onSelect={(item) => setChosen(item.id)}
        />
        <ThemeHeatmap
          {...common}
          onActiveChange={onCell}
          onSelect={(item) => setChosen(cellMunicipality(item))}
        />
        <RescueRadar
          {...common}
          data={rescue}
          legend
          illustrative
          twin="bars"
          onActiveChange={onRadar}
          onSelect={(item) => setChosen(item.series.id)}
        />
      </div>
    </div>
  );
}

const meta = {
  title: 'Dashboard',
  component: Dashboard,
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'All four charts on one page, linked by municipality through the common API: each chart ' +
          'reports the municipality under the pointer or keyboard (`onActiveChange`) and a chosen one ' +
          '(`onSelect`: click, Enter or Space); the page passes it back to every chart as `highlight`, ' +
          "which keeps that municipality in full colour and dims the rest. The radar's bar twin " +
          '(`twin="bars"`) is linked the same way. Coverage and themes are the ' +
          'published data; the goal and rescue ratings per municipality are invented (the survey ' +
          'publishes only means) and marked illustrative.',
      },
    },
  },
  render: (_args, context) => <Dashboard {...chartGlobals(context)} />,
} satisfies Meta<typeof Dashboard>;

export default meta;
type Story = StoryObj<typeof meta>;

export const LinkedByMunicipality: Story = {
  args: { locale: 'fi', theme: chartGlobals({ globals: {} }).theme },
  // The play checks Finnish names.
  globals: { locale: 'fi', theme: 'default' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const figures = await canvas.findAllByRole('figure');
    await expect(figures).toHaveLength(5);
    const [coverage, goals, heatmap, radar, bars] = figures as [
      HTMLElement,
      HTMLElement,
      HTMLElement,
      HTMLElement,
      HTMLElement,
    ];
    await expect(canvasElement.querySelector('[data-state="dimmed"]')).toBeNull();
    // The keyboard on the goal chart's first bar: Kauniainen, in every chart.
    within(goals).getByRole('graphics-symbol').focus();
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Kauniainen'));
    const dimmed = (figure: HTMLElement) =>
      Number(figure.querySelector('[data-dimmed]')?.getAttribute('data-dimmed') ?? 0);
    await waitFor(() => expect(dimmed(coverage)).toBe(9));
    await expect(dimmed(goals)).toBe(ANSWERED.length - 1);
    await expect(dimmed(heatmap)).toBeGreaterThan(0);
    await expect(radar.querySelectorAll('path[data-state="dimmed"]')).toHaveLength(3);
    // The twin: the bars of the two other municipalities' series, every rescue goal.
    await expect(dimmed(bars)).toBe(2 * survey2024.rescueGoals.length);
    // Enter pins it; moving on in another chart highlights that one, leaving it returns to the pinned one.
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Kirkkonummi'));
    (document.activeElement as HTMLElement | null)?.blur();
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent('Valittu kunta: Kauniainen'),
    );
    await expect(dimmed(coverage)).toBe(9);
    // The keyboard in the twin: its first bar is Kauniainen's first rescue goal, in every chart.
    within(bars).getByRole('graphics-symbol').focus();
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent('Korostettu kunta: Kauniainen'),
    );
    await userEvent.keyboard('{ArrowDown}'.repeat(survey2024.rescueGoals.length));
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent('Korostettu kunta: Kirkkonummi'),
    );
    await waitFor(() => expect(dimmed(goals)).toBe(ANSWERED.length - 1));
  },
};
