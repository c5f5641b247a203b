// Means as printed in 003_ae88570eab8abfd8.txt (2024 municipal survey, detail page "Pelastustoimen
// palvelutasopäätös"). The two-series data below is illustrative (made up).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  RescueRadar,
  RescueBars,
  computeRescueRadarLayout,
  rescueRadarFromSurvey,
  defaultTheme,
} from '@yhdyspinta/charts';
import type { RescueRadarData } from '@yhdyspinta/charts';
import { resetDevWarnings } from './support/devWarnings';
import { survey2024 } from '@yhdyspinta/data';
import { axeViolations } from './support/axe';

const TITLE = 'Pelastustoimen yhteistyötavoitteiden toteutuminen';
const GOAL_1 =
  'Länsi-Uudenmaan pelastuslaitoksen palvelut ovat pysyneet samalla tasolla kuin ennen hyvinvointialueuudistusta.';
const GOAL_2_START = 'Länsi-Uudenmaan pelastuslaitos on toiminut arvojensa';
const GOAL_9 =
  'Länsi-Uudenmaan pelastuslaitoksen tuki kunnan omalle varautumiselle ja valmiussuunnittelulle on riittävää.';
const PRINTED = ['3,3', '3,8', '3,8', '3,7', '3,2', '3,0', '3,2', '3,3', '3,3'];

const twoSeries: RescueRadarData = {
  axes: [
    { id: 'a', label: 'Ensimmäinen tavoite' },
    { id: 'b', label: 'Toinen tavoite' },
    { id: 'c', label: 'Kolmas tavoite' },
    { id: 'd', label: 'Neljäs tavoite' },
  ],
  series: [
    { id: 'x', label: 'Kunta X', values: { a: 3.1, b: null, c: 4.2, d: 2 } },
    { id: 'y', label: 'Kunta Y', values: { a: 2.5, b: 3.5, c: 3.9, d: 4.4 } },
  ],
};

function points() {
  return screen.getAllByRole('graphics-symbol');
}

/** The radar's single focusable element: it stands for the active point (roving focus). */
function focusable() {
  const [only, ...more] = points();
  expect(more).toHaveLength(0);
  return only as HTMLElement;
}

/** The default chart's layout at a size, as RescueRadar computes it (for pointer positions). */
function surveyLayout(width: number, height: number) {
  return computeRescueRadarLayout({
    data: rescueRadarFromSurvey(survey2024, 'fi'),
    width,
    height,
    locale: 'fi',
    theme: defaultTheme,
    options: {
      title: TITLE,
      hideTitle: false,
      illustrative: false,
      maxLabelLines: 6,
      showValues: true,
      legend: false,
      arrangement: 'auto',
    },
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  resetDevWarnings();
});

describe('RescueRadar with the shipped survey (Finnish by default)', () => {
  it('is a named figure with a key finding, one focusable named point and a data table', async () => {
    const { container } = render(<RescueRadar width={800} height={600} />);
    const figure = screen.getByRole('figure', { name: TITLE });
    const description = figure.ownerDocument.getElementById(
      figure.getAttribute('aria-describedby') ?? '',
    )?.textContent;
    expect(description).toContain('9 tavoitetta asteikolla 1–5 (n = 6/10 kuntaa).');
    expect(description).toContain('Matalin keskiarvo 3,0: Paloriskikohteiden');
    // One focusable element for the nine points (roving focus): it names the active point, the first.
    expect(screen.getByRole('graphics-symbol', { name: `${GOAL_1}: 3,3` })).toBe(focusable());
    screen.getByRole('group', { name: /^Kuntien vastausten keskiarvo: / });
    within(figure).getByText('n = 6/10 kuntaa');
    // The rings carry the level names (they fit at 800 × 600), so no scale key is needed.
    // (HaloText draws each label twice: its halo underlay, then the text.)
    const ring3 = within(figure).getAllByText('3 Kohtalaisesti');
    expect(ring3.length).toBeGreaterThanOrEqual(1);
    expect(ring3.every((t) => t.tagName === 'text')).toBe(true);
    expect(within(figure).queryByText(/^Asteikko: 1 = Ei lainkaan/)).toBeNull();

    const table = screen.getByRole('table', { name: `${TITLE}: tiedot taulukkona` });
    expect(
      within(table)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(PRINTED);
    within(table).getByRole('rowheader', { name: GOAL_9 });
    // The printed values (colour is not the only channel).
    for (const value of new Set(PRINTED))
      expect(within(figure).getAllByText(value).length).toBeGreaterThan(0);
    expect(container.querySelector('[style]')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('has one Tab stop; Left/Right move around the goals; the tooltip follows focus; Escape hides it', async () => {
    const user = userEvent.setup();
    const { container } = render(<RescueRadar width={800} height={600} />);
    expect(points().filter((p) => p.getAttribute('tabindex') === '0')).toHaveLength(1);

    await user.tab();
    expect(document.activeElement).toBe(focusable());
    expect(focusable().getAttribute('aria-label')).toBe(`${GOAL_1}: 3,3`);
    let tooltip = screen.getByRole('tooltip');
    expect(tooltip.textContent).toContain(GOAL_1);
    expect(tooltip.textContent).toContain('Keskiarvo: 3,3');
    expect(tooltip.textContent).toContain('Lähin asteikon kohta: Kohtalaisesti');
    expect(tooltip.textContent).toContain('Vastaajat: n = 6/10 kuntaa');

    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(focusable());
    expect(focusable().getAttribute('aria-label')).toMatch(new RegExp(`^${GOAL_2_START}.*: 3,8$`));
    tooltip = screen.getByRole('tooltip');
    expect(tooltip.textContent).toContain(GOAL_2_START);
    expect(focusable().getAttribute('aria-describedby')).toBe(tooltip.id);
    expect(await axeViolations(container)).toEqual([]);

    await user.keyboard('{ArrowLeft}');
    expect(focusable().getAttribute('aria-label')).toBe(`${GOAL_1}: 3,3`);
    await user.keyboard('{End}');
    expect(focusable().getAttribute('aria-label')).toBe(`${GOAL_9}: 3,3`);
    expect(screen.getByRole('tooltip').textContent).toContain(GOAL_9);
    // The focus ring is drawn for the active point while the chart has focus.
    expect(container.querySelectorAll('rect[rx]').length).toBeGreaterThan(0);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(document.activeElement).toBe(focusable());
    await user.keyboard('{ArrowLeft}');
    // The tooltip is back, as the description of the newly focused point.
    expect(focusable().getAttribute('aria-describedby')).toBe(screen.getByRole('tooltip').id);
    await user.tab();
    expect(container.contains(document.activeElement)).toBe(false);
  });

  it('shows the tooltip of the point under the pointer (from the geometry, no listener per point)', () => {
    render(<RescueRadar width={400} height={400} />);
    const layout = surveyLayout(400, 400);
    const ninth = layout.points[8]!;
    const group = screen.getByRole('group', { name: /^Kuntien vastausten keskiarvo: / });
    // jsdom has no layout: client coordinates are chart coordinates.
    fireEvent.pointerMove(group, { clientX: ninth.x + 1, clientY: ninth.y - 1 });
    expect(screen.getByRole('tooltip').textContent).toContain(GOAL_9);
    fireEvent.pointerMove(group, { clientX: layout.panels[0]!.centre.x, clientY: 1 });
    expect(screen.queryByRole('tooltip')).toBeNull();
    fireEvent.pointerMove(group, { clientX: ninth.x, clientY: ninth.y });
    fireEvent.pointerLeave(group);
    expect(screen.queryByRole('tooltip')).toBeNull();

    // Releasing the pointer on a point makes it the active point and focuses the chart there.
    const sixth = layout.points[5]!;
    fireEvent.pointerUp(group, { clientX: sixth.x, clientY: sixth.y });
    expect(document.activeElement).toBe(focusable());
    expect(focusable().getAttribute('aria-label')).toMatch(/^Paloriskikohteiden .*: 3,0$/);
  });

  it('speaks Swedish with a decimal comma, and English with a point', () => {
    const { unmount } = render(<RescueRadar width={800} height={600} locale="sv" />);
    screen.getByRole('figure', { name: 'Hur räddningsväsendets samarbetsmål har uppnåtts' });
    expect(focusable().getAttribute('aria-label')).toMatch(/: 3,3$/);
    expect(screen.getByRole('table').textContent).toContain('3,0');
    screen.getByText('n = 6/10 kommuner');
    unmount();
    render(<RescueRadar width={800} height={600} locale="en" />);
    expect(focusable().getAttribute('aria-label')).toMatch(/: 3\.3$/);
    expect(screen.getByRole('table').textContent).toContain('3.0');
    expect(screen.getAllByText('3.8').length).toBeGreaterThan(0);
  });

  it('fills the container width when no size is given', () => {
    render(<RescueRadar />);
    const svg = screen.getByRole('figure');
    expect(svg.parentElement?.tagName).toBe('DIV');
    expect(svg.getAttribute('width')).toBe('800');
    expect(Number(svg.getAttribute('height'))).toBeGreaterThan(400);
  });
});

describe('RescueRadar with several series and missing values (illustrative data)', () => {
  it('moves Up/Down between series on the same goal; a missing value is reachable and says so', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <RescueRadar width={800} height={600} data={twoSeries} illustrative />,
    );
    expect(focusable().getAttribute('aria-label')).toBe('Kunta X, Ensimmäinen tavoite: 3,1');
    screen.getByText('Havainnollistava esimerkkiaineisto – ei todellisia tuloksia');
    // The legend names the series (and the table's column headers).
    expect(screen.getAllByText('Kunta X')).toHaveLength(2);

    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(
      screen.getByRole('graphics-symbol', { name: 'Kunta Y, Ensimmäinen tavoite: 2,5' }),
    );
    // The group of points is named by the active point's series.
    screen.getByRole('group', { name: /^Kunta Y: / });
    expect(screen.getByRole('tooltip').textContent).toContain('Sarja: Kunta Y');
    await user.keyboard('{ArrowUp}{ArrowRight}');
    const missing = screen.getByRole('graphics-symbol', {
      name: 'Kunta X, Toinen tavoite: ei tietoa',
    });
    expect(document.activeElement).toBe(missing);
    expect(screen.getByRole('tooltip').textContent).toContain('Keskiarvo: ei tietoa');
    expect(missing.querySelector('path')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);

    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Tavoite', 'Kunta X', 'Kunta Y']);
    expect(
      within(table)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3,1', '2,5', 'ei tietoa', '3,5', '4,2', '3,9', '2,0', '4,4']);
  });
});

describe('the accessible twin', () => {
  it('draws the same numbers as bars under the radar with twin="bars"', async () => {
    const { container } = render(<RescueRadar width={800} twin="bars" />);
    const [radar, bars] = screen.getAllByRole('figure');
    expect(radar?.getAttribute('aria-label')).toBe(TITLE);
    expect(bars?.getAttribute('aria-label')).toBe(`${TITLE} – samat luvut pylväinä`);
    // The bars' own data table has the radar's numbers, in the same order.
    const barTable = within(bars as HTMLElement).getByRole('table');
    const barNumbers = within(barTable)
      .getAllByRole('cell')
      .map((c) => c.textContent?.match(/\d,\d/)?.[0])
      .filter(Boolean);
    expect(barNumbers).toEqual(PRINTED);
    expect(within(bars as HTMLElement).getAllByRole('graphics-symbol').length).toBeGreaterThan(0);
    expect(container.firstElementChild?.tagName).toBe('DIV');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('RescueBars alone takes the radar data, with one group per series', () => {
    render(<RescueBars width={800} data={twoSeries} illustrative />);
    expect(screen.getAllByRole('graphics-symbol').length).toBeGreaterThan(0);
    expect(within(screen.getByRole('table')).getAllByText(/ei tietoa/).length).toBeGreaterThan(0);
    expect(screen.getAllByText('Kunta Y').length).toBeGreaterThan(0);
  });
});

describe('states', () => {
  it('shows the empty state in words', () => {
    render(<RescueRadar width={400} data={{ axes: [], series: [] }} />);
    expect(screen.getByRole('status').textContent).toBe('Kaaviossa ei ole näytettäviä tietoja.');
    expect(screen.queryAllByRole('graphics-symbol')).toHaveLength(0);
  });

  it('shows the error state for invalid data, reporting the problem on the console', () => {
    const warn = vi.spyOn(console, 'error').mockImplementation(() => {});
    const bad = { ...twoSeries, series: [{ id: 'x', label: 'X', values: { a: 7 } }] };
    render(<RescueRadar width={400} data={bad} locale="en" />);
    expect(screen.getByRole('status').textContent).toBe(
      'The chart data is invalid, so the chart cannot be shown.',
    );
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('series[0].values["a"] is 7'));
  });

  it('draws no bar twin for invalid data: one error state, not two', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const bad = { ...twoSeries, series: [{ id: 'x', label: 'X', values: { a: 0 } }] };
    render(<RescueRadar width={400} data={bad} twin="bars" />);
    expect(screen.getAllByRole('status')).toHaveLength(1);
    expect(screen.getAllByRole('figure')).toHaveLength(1);
  });

  it('shows the loading state', () => {
    render(<RescueRadar width={400} loading />);
    expect(screen.getByRole('status').textContent).toBe('Kaaviota ladataan…');
    expect(screen.getByRole('figure').getAttribute('aria-busy')).toBe('true');
  });

  it('warns about an unknown twin and draws the radar only', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<RescueRadar width={400} twin={'table' as 'none'} />);
    expect(screen.getAllByRole('figure')).toHaveLength(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('unknown twin "table"'));
  });
});
