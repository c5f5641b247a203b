// Response statuses as printed in 003_ae88570eab8abfd8.txt (title page, response table): Kauniainen,
// Kirkkonummi, Karkkila, Lohja, Hanko, Raasepori "Kyllä"; Espoo, Siuntio, Vihti, Inkoo "Ei vastausta
// määräajassa". With populations, the caller's data and the states: ResponseCoverage.data.test.tsx.
import { beforeAll, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ResponseCoverage } from '@yhdyspinta/charts';
import { axeViolations } from './support/axe';
import { loadHyphenation } from '@yhdyspinta/charts';
import { activeTile, descriptionOf, TITLE } from './support/coverageDom';

// The Swedish patterns load on demand and remake the drawing when they arrive (defineChart), which would
// reset the active tile in the middle of a keyboard test: load them first, as a page would have by then.
beforeAll(() => loadHyphenation('sv'));

/** The active tile's box (the focus element is drawn on it), in chart coordinates. */
function activeBox() {
  const el = activeTile();
  const n = (name: string) => Number(el.getAttribute(name));
  return { x: n('x'), y: n('y'), width: n('width'), height: n('height') };
}

/** The names of every tile in reading order, walking a 5 × 2 grid with the arrow keys. */
async function walkNames(user: ReturnType<typeof userEvent.setup>): Promise<string[]> {
  await user.tab();
  const names = [activeTile().getAttribute('aria-label') ?? ''];
  for (const key of ['R', 'R', 'R', 'R', 'D', 'H', 'R', 'R', 'R', 'R']) {
    await user.keyboard(key === 'R' ? '{ArrowRight}' : key === 'D' ? '{ArrowDown}' : '{Home}');
    if (key !== 'D') names.push(activeTile().getAttribute('aria-label') ?? '');
  }
  return names;
}

describe('ResponseCoverage with the shipped survey (Finnish by default)', () => {
  it('is a named figure with the key finding, ten tiles named by status, and a data table', async () => {
    const user = userEvent.setup();
    const { container } = render(<ResponseCoverage width={800} />);
    const figure = screen.getByRole('figure', { name: TITLE });
    expect(descriptionOf(figure)).toBe(
      '6/10 kuntaa vastasi; Espoo, Siuntio, Vihti ja Inkoo eivät vastanneet määräajassa. ' +
        'Siirry arvosta toiseen nuolinäppäimillä.',
    );
    within(figure).getByText('6/10 kuntaa vastasi');
    // One focusable element, named after the active tile (the first before any move).
    expect(activeTile().getAttribute('aria-label')).toBe('Espoo: Ei vastausta määräajassa');
    const names = await walkNames(user);
    expect(names).toHaveLength(10);
    expect(names.filter((n) => n.endsWith(': Vastasi'))).toHaveLength(6);
    expect(names.filter((n) => n.endsWith(': Ei vastausta määräajassa'))).toHaveLength(4);
    expect(names[9]).toBe('Raasepori: Vastasi');
    screen.getByRole('group', {
      name: 'Kunnat ja niiden vastaustilanne. Siirry arvosta toiseen nuolinäppäimillä.',
    });

    const table = screen.getByRole('table', { name: `${TITLE}: tiedot taulukkona` });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Kunta', 'Vastaustilanne']);
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual([
      'EspooEi vastausta määräajassa',
      'KauniainenVastasi',
      'KirkkonummiVastasi',
      'SiuntioEi vastausta määräajassa',
      'VihtiEi vastausta määräajassa',
      'KarkkilaVastasi',
      'LohjaVastasi',
      'InkooEi vastausta määräajassa',
      'HankoVastasi',
      'RaaseporiVastasi',
    ]);
    expect(container.querySelector('[style]')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('has one Tab stop; arrows move through the 5 × 2 grid; the tooltip follows; Escape hides it', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <>
        <ResponseCoverage width={800} />
        <button type="button">Seuraava</button>
      </>,
    );
    expect(screen.getAllByRole('graphics-symbol')).toHaveLength(1);
    expect(activeTile().getAttribute('tabindex')).toBe('0');

    await user.tab();
    expect(document.activeElement).toBe(activeTile());
    let tooltip = screen.getByRole('tooltip');
    expect(tooltip.textContent).toContain('Espoo');
    expect(tooltip.textContent).toContain('Vastaustilanne: Ei vastausta määräajassa');
    expect(activeTile().getAttribute('aria-describedby')).toBe(tooltip.id);

    const name = () => (document.activeElement as Element).getAttribute('aria-label');
    await user.keyboard('{ArrowRight}');
    expect(name()).toBe('Kauniainen: Vastasi');
    expect(screen.getByRole('tooltip').textContent).toContain('Kauniainen');
    await user.keyboard('{ArrowDown}');
    expect(name()).toBe('Lohja: Vastasi'); // below Kauniainen
    tooltip = screen.getByRole('tooltip');
    expect(tooltip.textContent).toContain('Lohja');
    expect(tooltip.textContent).toContain('Vastaustilanne: Vastasi');
    await user.keyboard('{ArrowDown}');
    expect(name()).toBe('Lohja: Vastasi'); // bottom row: stays
    await user.keyboard('{End}');
    expect(name()).toBe('Raasepori: Vastasi');
    await user.keyboard('{Control>}{Home}{/Control}');
    expect(name()).toBe('Espoo: Ei vastausta määräajassa');
    expect(await axeViolations(container)).toEqual([]);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(document.activeElement).toBe(activeTile());

    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Seuraava' }));
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('shows the tooltip on hover and hides it when the pointer leaves', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ResponseCoverage width={400} locale="sv" />
        <button type="button">Nästa</button>
      </>,
    );
    // Find Kyrkslätt's tile with the keyboard, then leave the chart so only the pointer shows a tooltip.
    await user.tab();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(activeTile().getAttribute('aria-label')).toBe('Kyrkslätt: Svarade');
    const box = activeBox();
    await user.tab();
    expect(screen.queryByRole('tooltip')).toBeNull();
    // jsdom has no layout: the pointer's client position is the chart position.
    const group = screen.getByRole('group', {
      name: 'Kommunerna och deras svarsläge. Flytta mellan värdena med piltangenterna.',
    });
    fireEvent.pointerMove(group, { clientX: box.x + box.width / 2, clientY: box.y + 2 });
    expect(screen.getByRole('tooltip').textContent).toContain('Kyrkslätt');
    expect(screen.getByRole('tooltip').textContent).toContain('Svarsläge: Svarade');
    fireEvent.pointerLeave(group);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('moves by the responsive column count (3 columns in a 400 px card)', async () => {
    const user = userEvent.setup();
    render(<ResponseCoverage width={400} />);
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(activeTile().getAttribute('aria-label')).toBe('Siuntio: Ei vastausta määräajassa'); // tile 4
  });

  it('draws a compact list on a phone: legend words, two columns for the arrow keys, tooltip and table', async () => {
    const user = userEvent.setup();
    const { container } = render(<ResponseCoverage width={320} />);
    const figure = screen.getByRole('figure', { name: TITLE });
    // The legend says what the icons mean; the chips carry only the names.
    const drawn = (text: string) =>
      within(figure)
        .getAllByText(text)
        .filter((el) => el.tagName.toLowerCase() === 'text');
    expect(drawn('Vastasi')).toHaveLength(1);
    expect(drawn('Ei vastausta määräajassa')).toHaveLength(1);
    expect(drawn('Kirkkonummi')).toHaveLength(1);
    await user.tab();
    expect(activeTile().getAttribute('aria-label')).toBe('Espoo: Ei vastausta määräajassa');
    await user.keyboard('{ArrowDown}');
    expect(activeTile().getAttribute('aria-label')).toBe('Kirkkonummi: Vastasi'); // two columns
    expect(screen.getByRole('tooltip').textContent).toContain('Vastaustilanne: Vastasi');
    expect(Number(container.querySelector('svg')?.getAttribute('height'))).toBeLessThan(400);
    expect(
      within(screen.getByRole('table', { name: `${TITLE}: tiedot taulukkona` })).getAllByRole(
        'row',
      ),
    ).toHaveLength(11);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('speaks Swedish and English', () => {
    const { unmount } = render(<ResponseCoverage width={800} locale="sv" />);
    const figure = screen.getByRole('figure', { name: 'Kommuner som besvarade kommunenkäten' });
    expect(descriptionOf(figure)).toContain(
      '6/10 kommuner svarade; Esbo, Sjundeå, Vichtis och Ingå svarade inte inom utsatt tid.',
    );
    expect(activeTile().getAttribute('aria-label')).toBe('Esbo: Inget svar inom utsatt tid');
    unmount();
    render(<ResponseCoverage width={800} locale="en" />);
    expect(activeTile().getAttribute('aria-label')).toBe('Espoo: No answer by the deadline');
  });
});
