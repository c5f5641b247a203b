// Means as printed in 003_ae88570eab8abfd8.txt (the 2024 municipal survey, summary page).
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GoalBarChart } from '../packages/charts/src/shipped/GoalBarChart';
import type { GoalBarData } from '../packages/charts/src/GoalBarChart/types';
import { resetDevWarnings } from '../packages/charts/src/common/warnDev';
import { axeViolations } from './support/axe';

const FIRST_GOAL =
  'Rakennetaan kuntien kanssa vaikuttavat palvelujen yhteistyömallit erityisesti lasten ja nuorten ' +
  'palveluissa, työllisyyden edistämisessä sekä maahanmuuttajapalveluissa.';
const SECOND_GOAL_START = 'Teemme saumatonta yhteistyötä kolmannen sektorin toimijoiden';

function bars() {
  return screen.getAllByRole('graphics-symbol');
}

describe('GoalBarChart with the shipped survey (Finnish by default)', () => {
  it('is a named figure with a key-finding description, 11 bars and a data table', async () => {
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
    expect(bars()).toHaveLength(11);
    expect(screen.getByRole('graphics-symbol', { name: `${FIRST_GOAL}: 2,2` })).toBeTruthy();
    expect(within(figure).getByText('n = 6/10 kuntaa')).toBeTruthy();

    const table = screen.getByRole('table', { name: /tiedot taulukkona/ });
    const cells = within(table)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells.filter((c) => /^\d,\d$/.test(c ?? ''))).toEqual([
      '2,2',
      '2,7',
      '2,7',
      '2,2',
      '2,3',
      '2,8',
      '2,3',
      '2,7',
      '2,1',
      '2,1',
      '3,4',
    ]);
    expect(container.querySelector('[style]')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('has one Tab stop; arrows move between bars; the tooltip follows focus; Escape hides it', async () => {
    const user = userEvent.setup();
    const { container } = render(<GoalBarChart width={800} />);
    expect(bars().filter((b) => b.getAttribute('tabindex') === '0')).toHaveLength(1);

    await user.tab();
    expect(document.activeElement).toBe(bars()[0]);
    expect(screen.getByRole('tooltip').textContent).toContain(FIRST_GOAL);

    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(bars()[1]);
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip.textContent).toContain(SECOND_GOAL_START);
    expect(tooltip.textContent).toContain('Keskiarvo: 2,7');
    expect(tooltip.textContent).toContain('n = 6/10 kuntaa');
    expect(bars()[1]?.getAttribute('aria-describedby')).toBe(tooltip.id);
    expect(await axeViolations(container)).toEqual([]);

    await user.keyboard('{End}');
    expect(document.activeElement).toBe(bars()[10]);
    expect(screen.getByRole('tooltip').textContent).toContain('Pelastustoimen palvelutasopäätös');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(document.activeElement).toBe(bars()[10]);
  });

  it('shows the tooltip on hover, with the full text of a cut label', async () => {
    const user = userEvent.setup();
    render(<GoalBarChart width={800} maxLabelLines={1} />);
    await user.hover(bars()[0]!);
    expect(screen.getByRole('tooltip').textContent).toContain(FIRST_GOAL);
    expect(screen.getByRole('graphics-symbol', { name: `${FIRST_GOAL}: 2,2` })).toBe(bars()[0]);
    await user.unhover(bars()[0]!);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('speaks Swedish with a decimal comma, and English with a point', () => {
    const { unmount } = render(<GoalBarChart width={800} locale="sv" />);
    expect(
      screen.getByRole('figure', {
        name: 'Hur de strategiska samarbetsmålen har uppnåtts enligt kommunerna',
      }),
    ).toBeTruthy();
    expect(bars()[1]?.getAttribute('aria-label')).toMatch(/: 2,7$/);
    expect(screen.getByText('n = 6/10 kommuner')).toBeTruthy();
    expect(screen.getByText('Måttligt')).toBeTruthy();
    unmount();
    render(<GoalBarChart width={800} locale="en" />);
    expect(bars()[1]?.getAttribute('aria-label')).toMatch(/: 2\.7$/);
  });

  it('draws sub-goals, the comparison marker and the illustrative notice on request', () => {
    render(<GoalBarChart width={800} showSubGoals comparison="mean" illustrative />);
    expect(bars()).toHaveLength(35);
    expect(screen.getByText('Kaikkien tavoitteiden keskiarvo 2,5')).toBeTruthy();
    expect(
      screen.getByText('Havainnollistava esimerkkiaineisto – ei todellisia tuloksia'),
    ).toBeTruthy();
    expect(screen.getAllByRole('graphics-symbol', { name: /^Alatavoite: / })).toHaveLength(24);
  });

  it('applies a theme override and fills the container width when no width is given', () => {
    const { container } = render(<GoalBarChart theme={{ colors: { mark: '#123456' } }} />);
    const svg = screen.getByRole('figure');
    expect(svg.parentElement?.tagName).toBe('DIV');
    expect(svg.getAttribute('width')).toBe('800');
    expect(container.querySelectorAll('rect[fill="#123456"]')).toHaveLength(11);
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
    expect(
      screen.getByRole('figure', {
        name: 'Oma otsikko',
        description: 'Oma kuvaus. Siirry arvosta toiseen nuolinäppäimillä.',
      }),
    ).toBeTruthy();
    expect(screen.getByText('Oma otsikko')).toBeTruthy();
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

  it('shows the error state for invalid data and warns in development', async () => {
    resetDevWarnings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const invalid: GoalBarData = {
      groups: [{ id: 'g', label: 'G', items: [{ id: 'a', label: 'A', value: Number.NaN }] }],
    };
    const { container } = render(<GoalBarChart width={400} data={invalid} locale="sv" />);
    expect(screen.getByRole('status').textContent).toBe(
      'Diagrammets uppgifter är felaktiga, så diagrammet kan inte visas.',
    );
    expect(screen.queryAllByRole('graphics-symbol')).toHaveLength(0);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('GoalBarChart: invalid data');
    expect(await axeViolations(container)).toEqual([]);
    warn.mockRestore();
  });

  it('does not throw on garbage props', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const garbage = { groups: [null, { items: 'x' }] } as unknown as GoalBarData;
    render(<GoalBarChart data={garbage} width={Number.NaN} locale={'de' as 'fi'} />);
    expect(screen.getByRole('status')).toBeTruthy();
    warn.mockRestore();
  });

  it('shows the loading state', () => {
    render(<GoalBarChart width={400} loading locale="en" />);
    expect(screen.getByRole('status').textContent).toBe('Loading chart…');
  });
});
