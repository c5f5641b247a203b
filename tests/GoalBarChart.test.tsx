// Means as printed in 003_ae88570eab8abfd8.txt (the 2024 municipal survey, summary page).
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  GoalBarChart,
  computeGoalBarLayout,
  goalBarFromSurvey,
  defaultTheme,
} from '@yhdyspinta/charts';
import type { GoalBarData, GoalBarOptions } from '@yhdyspinta/charts';
import { captureDataProblems } from './support/devWarnings';
import { survey2024 } from '@yhdyspinta/data';
import { axeViolations } from './support/axe';
import { OPTIONS as DEFAULT_OPTIONS } from './support/goalBarLayout';

const OPTIONS: GoalBarOptions = {
  ...DEFAULT_OPTIONS,
  title: 'Strategisten yhteistyötavoitteiden toteutuminen kuntien arvioimana',
};

/** The 11 goals' means as printed, in source order. */
const PRINTED_MEANS = ['2,2', '2,7', '2,7', '2,2', '2,3', '2,8', '2,3', '2,7', '2,1', '2,1', '3,4'];

const FIRST_GOAL =
  'Rakennetaan kuntien kanssa vaikuttavat palvelujen yhteistyömallit erityisesti lasten ja nuorten ' +
  'palveluissa, työllisyyden edistämisessä sekä maahanmuuttajapalveluissa.';
const SECOND_GOAL_START = 'Teemme saumatonta yhteistyötä kolmannen sektorin toimijoiden';

/** The chart's one focusable element: a graphics-symbol named after the active row. */
function focusable() {
  return screen.getByRole('graphics-symbol');
}

/** The group of rows, which maps the pointer to a row. */
function rowsGroup() {
  return screen.getByRole('group', { name: /^Tavoitteiden keskiarvot/ });
}

/** The row names reached by pressing ArrowDown from the first row to the last. */
async function rowNames(user: ReturnType<typeof userEvent.setup>): Promise<string[]> {
  await user.tab();
  const names = [focusable().getAttribute('aria-label') ?? ''];
  for (;;) {
    await user.keyboard('{ArrowDown}');
    const name = focusable().getAttribute('aria-label') ?? '';
    if (name === names.at(-1)) return names;
    names.push(name);
  }
}

describe('GoalBarChart with the shipped survey (Finnish by default)', () => {
  it('is a named figure with a key-finding description, 11 bars and a data table', async () => {
    const user = userEvent.setup();
    const { container } = render(<GoalBarChart width={800} />);
    const figure = screen.getByRole('figure', {
      name: 'Strategisten yhteistyötavoitteiden toteutuminen kuntien arvioimana',
    });
    expect(figure.getAttribute('aria-describedby')).toBeTruthy();
    const description = screen
      .getByRole('figure')
      .ownerDocument.getElementById(figure.getAttribute('aria-describedby') ?? '')?.textContent;
    expect(description).toContain('Korkein keskiarvo 3,4: Pelastustoimen palvelutasopäätös');
    expect(description).toContain('n = 6/10 kuntaa');
    expect(container.querySelectorAll('path[fill="#0072B2"]')).toHaveLength(1);
    expect(focusable().getAttribute('aria-label')).toBe(
      `${FIRST_GOAL} (Hyvinvointialuestrategia): 2,2 (Heikosti)`,
    );
    within(figure).getByText('n = 6/10 kuntaa');

    const table = screen.getByRole('table', { name: /tiedot taulukkona/ });
    const cells = within(table)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells.filter((c) => /^\d,\d$/.test(c ?? ''))).toEqual(PRINTED_MEANS);
    expect(container.querySelector('[style]')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
    // Every goal is reached with the arrow keys, its value last in its name.
    const names = await rowNames(user);
    expect(names).toHaveLength(11);
    expect(names.map((n) => /: (\d,\d) \(/.exec(n)?.[1])).toEqual(PRINTED_MEANS);
  });

  it('has one Tab stop; arrows move between bars; the tooltip follows focus; Escape hides it', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <>
        <GoalBarChart width={800} />
        <button type="button">after</button>
      </>,
    );
    expect(container.querySelectorAll('[tabindex]')).toHaveLength(1);
    expect(focusable().getAttribute('tabindex')).toBe('0');

    // The focus ring (in the theme's focus colour) is drawn around the active row while focused.
    const ring = () => container.querySelectorAll('rect[fill="none"][stroke="#1B1B1B"]');
    expect(ring()).toHaveLength(0);
    await user.tab();
    expect(document.activeElement).toBe(focusable());
    expect(screen.getByRole('tooltip').textContent).toContain(FIRST_GOAL);
    expect(ring()).toHaveLength(1);
    expect(ring()[0]?.getAttribute('y')).toBe(
      String(Number(focusable().getAttribute('y')) - defaultTheme.focusRing.offset),
    );

    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(focusable());
    expect(focusable().getAttribute('aria-label')).toMatch(new RegExp(`^${SECOND_GOAL_START}`));
    expect(focusable().getAttribute('aria-label')).toMatch(/: 2,7 \(Kohtalaisesti\)$/);
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip.textContent).toContain(SECOND_GOAL_START);
    expect(tooltip.textContent).toContain('Keskiarvo: 2,7');
    expect(tooltip.textContent).toContain('n = 6/10 kuntaa');
    expect(focusable().getAttribute('aria-describedby')).toBe(tooltip.id);
    expect(await axeViolations(container)).toEqual([]);

    await user.keyboard('{End}');
    expect(focusable().getAttribute('aria-label')).toMatch(/^Pelastustoimen palvelutasopäätös/);
    expect(screen.getByRole('tooltip').textContent).toContain('Pelastustoimen palvelutasopäätös');
    await user.keyboard('{PageUp}');
    expect(focusable().getAttribute('aria-label')).toBe(
      `${FIRST_GOAL} (Hyvinvointialuestrategia): 2,2 (Heikosti)`,
    );
    await user.keyboard('{PageDown}');
    expect(focusable().getAttribute('aria-label')).toMatch(/^Pelastustoimen palvelutasopäätös/);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(document.activeElement).toBe(focusable());
    await user.keyboard('{Home}');
    expect(screen.getByRole('tooltip').textContent).toContain(FIRST_GOAL);

    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'after' }));
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('shows the tooltip of the row under the pointer (no per-row listeners), with the full text of a cut label', () => {
    render(<GoalBarChart width={800} maxLabelLines={1} />);
    const layout = computeGoalBarLayout({
      data: goalBarFromSurvey(survey2024, 'fi'),
      width: 800,
      locale: 'fi',
      theme: defaultTheme,
      options: { ...OPTIONS, maxLabelLines: 1 },
    });
    const [first, second] = layout.rows;
    // Over the first row's label (cut to one line): the tooltip has the full text.
    fireEvent.pointerMove(rowsGroup(), {
      clientX: first!.labelX + 5,
      clientY: first!.rowBox.y + first!.rowBox.height / 2,
    });
    expect(screen.getByRole('tooltip').textContent).toContain(FIRST_GOAL);
    fireEvent.pointerLeave(rowsGroup());
    expect(screen.queryByRole('tooltip')).toBeNull();

    // Releasing the pointer on a row makes it the active row and focuses the chart there.
    fireEvent.pointerUp(rowsGroup(), {
      clientX: second!.anchor.x + 1,
      clientY: second!.anchor.y + 1,
    });
    expect(document.activeElement).toBe(focusable());
    expect(focusable().getAttribute('aria-label')).toMatch(new RegExp(`^${SECOND_GOAL_START}`));
  });

  it('speaks Swedish with a decimal comma, and English with a point', () => {
    const { unmount } = render(<GoalBarChart width={800} locale="sv" />);
    screen.getByRole('figure', {
      name: 'Hur de strategiska samarbetsmålen har uppnåtts enligt kommunerna',
    });
    expect(focusable().getAttribute('aria-label')).toMatch(/: 2,2 \(Svagt\)$/);
    screen.getByText('n = 6/10 kommuner');
    screen.getByText('Måttligt');
    unmount();
    render(<GoalBarChart width={800} locale="en" />);
    expect(focusable().getAttribute('aria-label')).toMatch(/: 2\.2 \(Poorly\)$/);
  });

  it('draws sub-goals, the comparison marker and the illustrative notice on request', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <GoalBarChart width={800} showSubGoals comparison="mean" illustrative />,
    );
    expect(container.querySelectorAll('path[fill="#4A90C8"]')).toHaveLength(1);
    screen.getByText('Kaikkien tavoitteiden keskiarvo 2,5');
    screen.getByText('Havainnollistava esimerkkiaineisto – ei todellisia tuloksia');
    const names = await rowNames(user);
    expect(names).toHaveLength(35);
    expect(names.filter((n) => n.startsWith('Alatavoite: '))).toHaveLength(24);
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(36);
  });

  it('applies a theme override and fills the container width when no width is given', () => {
    const { container } = render(<GoalBarChart theme={{ colors: { mark: '#123456' } }} />);
    const svg = screen.getByRole('figure');
    expect(svg.parentElement?.tagName).toBe('DIV');
    expect(svg.getAttribute('width')).toBe('800');
    const bars = container.querySelectorAll('path[fill="#123456"]');
    expect(bars).toHaveLength(1);
    expect(bars[0]?.getAttribute('d')?.match(/z/g)).toHaveLength(11);
  });

  it('keeps a hidden title as the accessible name, and takes a custom title and description', () => {
    const { unmount } = render(<GoalBarChart width={800} hideTitle />);
    const figure = screen.getByRole('figure', {
      name: 'Strategisten yhteistyötavoitteiden toteutuminen kuntien arvioimana',
    });
    expect(
      within(figure).queryByText(
        'Strategisten yhteistyötavoitteiden toteutuminen kuntien arvioimana',
      ),
    ).toBeNull();
    unmount();
    render(<GoalBarChart width={800} title="Oma otsikko" description="Oma kuvaus." />);
    screen.getByRole('figure', {
      name: 'Oma otsikko',
      description: 'Oma kuvaus. Siirry arvosta toiseen nuolinäppäimillä.',
    });
    screen.getByText('Oma otsikko');
  });

  it('renders at a fixed size', () => {
    render(<GoalBarChart width={1000} height={900} />);
    const svg = screen.getByRole('figure');
    expect([svg.getAttribute('width'), svg.getAttribute('height')]).toEqual(['1000', '900']);
  });
});

describe('GoalBarChart states', () => {
  it('shows the empty state for data without goals, without throwing', () => {
    render(<GoalBarChart width={400} data={{ groups: [] }} />);
    expect(screen.getByRole('status').textContent).toBe('Kaaviossa ei ole näytettäviä tietoja.');
  });

  it('shows the error state for invalid data, reports why (onError, console.error)', async () => {
    const warn = captureDataProblems();
    const onError = vi.fn();
    const invalid: GoalBarData = {
      groups: [{ id: 'g', label: 'G', items: [{ id: 'a', label: 'A', value: Number.NaN }] }],
    };
    const { container } = render(
      <GoalBarChart width={400} data={invalid} locale="sv" onError={onError} />,
    );
    expect(screen.getByRole('status').textContent).toBe(
      'Diagrammets uppgifter är felaktiga, så diagrammet kan inte visas.',
    );
    expect(screen.queryAllByRole('graphics-symbol')).toHaveLength(0);
    expect(warn.mock.calls).toEqual([
      [
        '[@yhdyspinta/charts] GoalBarChart: invalid data: groups[0].items[0] (a) has value NaN, not a mean on 1–5 or null',
      ],
    ]);
    expect(onError.mock.calls).toEqual([
      [['groups[0].items[0] (a) has value NaN, not a mean on 1–5 or null']],
    ]);
    expect(await axeViolations(container)).toEqual([]);
    warn.mockRestore();
  });

  it('does not throw on garbage props', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const garbage = { groups: [null, { items: 'x' }] } as unknown as GoalBarData;
    render(<GoalBarChart data={garbage} width={Number.NaN} locale={'de' as 'fi'} />);
    // The error state, in the default language (Finnish) for an unknown locale.
    expect(screen.getByRole('status').textContent).toBe(
      'Kaavion tiedot ovat virheellisiä, joten kaaviota ei voida näyttää.',
    );
    warn.mockRestore();
  });

  it('shows the loading state', () => {
    render(<GoalBarChart width={400} loading locale="en" />);
    expect(screen.getByRole('status').textContent).toBe('Loading chart…');
  });
});
