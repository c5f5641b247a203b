// ResponseCoverage with populations (ILLUSTRATIVE values: made up, the sources have none), with the
// caller's own data, and its states. The shipped survey's chart is in ResponseCoverage.test.tsx.
import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadHyphenation, ResponseCoverage } from '@yhdyspinta/charts';
import type { ResponseCoverageItem } from '@yhdyspinta/charts';
import { captureDataProblems, captureDevWarnings } from './support/devWarnings';
import { axeViolations } from './support/axe';
import { activeTile, descriptionOf, NBSP, TITLE } from './support/coverageDom';

// The Swedish patterns load on demand and remake the drawing when they arrive (defineChart), which would
// reset the active tile in the middle of a keyboard test: load them first, as a page would have by then.
beforeAll(() => loadHyphenation('sv'));

describe('ResponseCoverage with populations', () => {
  // ILLUSTRATIVE values, not real populations.
  const populations = { espoo: 300000, kauniainen: 10000, lohja: 46000, hanko: 8000 };

  it('states the share of residents covered, names missing populations and shows the notice', async () => {
    const { container } = render(
      <ResponseCoverage width={800} populations={populations} illustrative />,
    );
    const figure = screen.getByRole('figure', { name: TITLE });
    const share = `Vastanneissa kunnissa asuu 18${NBSP}% alueen asukkaista.`; // 64000 / 364000
    within(figure).getByText(share, { normalizer: (text) => text.trim() });
    expect(descriptionOf(figure)).toContain(share);
    expect(descriptionOf(figure).startsWith('Havainnollistava esimerkkiaineisto')).toBe(true);
    within(figure).getByText('Havainnollistava esimerkkiaineisto – ei todellisia tuloksia');
    expect(descriptionOf(figure)).toContain(
      'Asukasluku puuttuu: Kirkkonummi, Siuntio, Vihti, Karkkila, Inkoo ja Raasepori',
    );
    expect(activeTile().getAttribute('aria-label')).toBe(
      `Espoo: Ei vastausta määräajassa, 300${NBSP}000 asukasta`,
    );
    const table = screen.getByRole('table');
    within(table).getByRole('columnheader', { name: 'Asukasluku' });
    expect(within(table).getAllByRole('cell', { name: 'Asukasluku puuttuu' })).toHaveLength(6);

    const user = userEvent.setup();
    await user.tab();
    await user.keyboard('{ArrowRight}{ArrowDown}'); // Lohja
    expect(screen.getByRole('tooltip').textContent).toContain(`Asukasluku: 46${NBSP}000`);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says which population is invalid instead of computing a share, and warns', () => {
    const warn = captureDevWarnings();
    render(
      <ResponseCoverage width={800} populations={{ ...populations, lohja: -1 }} illustrative />,
    );
    const figure = screen.getByRole('figure');
    expect(descriptionOf(figure)).toContain(
      'Asukasosuutta ei laskettu, koska asukasluku on virheellinen: Lohja.',
    );
    expect(descriptionOf(figure)).not.toContain('Vastanneissa kunnissa asuu');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('invalid population for lohja'));
    warn.mockRestore();
  });
});

describe('ResponseCoverage with generic data and states', () => {
  it('draws the caller’s data with the plain wording and answered first', async () => {
    const user = userEvent.setup();
    const data: ResponseCoverageItem[] = [
      { id: 'a', label: 'Alfa', answered: false },
      { id: 'b', label: 'Beta', answered: true },
    ];
    render(
      <ResponseCoverage
        width={400}
        data={data}
        notAnsweredWording="plain"
        order="answered-first"
      />,
    );
    expect(activeTile().getAttribute('aria-label')).toBe('Beta: Vastasi');
    await user.tab();
    await user.keyboard('{ArrowRight}');
    expect(activeTile().getAttribute('aria-label')).toBe('Alfa: Ei vastausta');
    expect(descriptionOf(screen.getByRole('figure'))).toContain(
      '1/2 kuntaa vastasi; Alfa ei vastannut.',
    );
  });

  it('applies a theme override and fills the container width when no width is given', () => {
    const { container } = render(<ResponseCoverage theme={{ colors: { mark: '#123456' } }} />);
    const svg = screen.getByRole('figure');
    expect(svg.parentElement?.tagName).toBe('DIV');
    expect(svg.getAttribute('width')).toBe('800');
    expect(container.querySelectorAll('rect[fill="#123456"]')).toHaveLength(6);
  });

  it('renders at a fixed size and keeps a hidden title as the name', () => {
    render(<ResponseCoverage width={1000} height={700} hideTitle showBase />);
    const svg = screen.getByRole('figure', { name: TITLE });
    expect([svg.getAttribute('width'), svg.getAttribute('height')]).toEqual(['1000', '700']);
    expect(within(svg).queryByText(TITLE)).toBeNull();
    within(svg).getByText('n = 6/10 kuntaa');
  });

  it('shows the empty, error and loading states without throwing', async () => {
    const warn = captureDataProblems();
    const { unmount, container } = render(<ResponseCoverage width={400} data={[]} />);
    expect(screen.getByRole('status').textContent).toBe('Kaaviossa ei ole näytettäviä tietoja.');
    unmount();
    const garbage = [{ id: 'x', label: '', answered: null }] as unknown as ResponseCoverageItem[];
    render(<ResponseCoverage width={400} data={garbage} locale="sv" />);
    expect(screen.getByRole('status').textContent).toBe(
      'Diagrammets uppgifter är felaktiga, så diagrammet kan inte visas.',
    );
    expect(screen.queryAllByRole('graphics-symbol')).toHaveLength(0);
    expect(String(warn.mock.calls[0]?.[0])).toContain('ResponseCoverage: invalid data');
    expect(await axeViolations(container)).toEqual([]);
    render(<ResponseCoverage data={'x' as unknown as ResponseCoverageItem[]} width={Number.NaN} />);
    render(<ResponseCoverage width={400} loading locale="en" />);
    screen.getByText('Loading chart…');
    warn.mockRestore();
  });
});
