// ThemeHeatmap in jsdom. The shipped matrix is the data package's coding of the 2025 §14 memos
// (000_d696d4283556c540.txt Kauniainen, 001_f4669efc46533f46.txt Espoo, 002_5c80737f701266ac.txt Lohja);
// 3 of the 10 municipalities of 003_ae88570eab8abfd8.txt have a memo. Other grids are illustrative.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { themeCounts } from '@yhdyspinta/data';
import type { RawResponse } from '@yhdyspinta/data';
import {
  ThemeHeatmap,
  computeThemeHeatmapLayout,
  heatmapCellBox,
  themeHeatmapFromThemeCounts,
  themeHeatmapFromResponses,
  defaultTheme,
} from '@yhdyspinta/charts';
import type { HeatmapData } from '@yhdyspinta/charts';
import { captureDataProblems } from './support/devWarnings';
import { axeViolations } from './support/axe';

const TITLE = 'Yhteistyön teemat kunnittain';
const counts = themeCounts();
const cell = (row: number, column: number) => counts.cells[row]?.[column];

function focusable() {
  return screen.getByRole('graphics-symbol');
}

function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function illustrativeGrid(rows: number, columns: number): HeatmapData {
  const rnd = seeded(11);
  return {
    kind: 'rating',
    rows: Array.from({ length: rows }, (_, i) => ({ id: `r${i}`, label: `Rivi ${i + 1}` })),
    columns: Array.from({ length: columns }, (_, i) => ({ id: `c${i}`, label: `Sarake ${i + 1}` })),
    values: Array.from({ length: rows }, () =>
      Array.from({ length: columns }, () =>
        rnd() < 0.05 ? null : Math.round((1 + rnd() * 4) * 10) / 10,
      ),
    ),
  };
}

// jsdom's role queries and axe are slow on a 150-cell table: generous timeouts (the charts themselves are fast).
describe(
  'ThemeHeatmap with the shipped memo themes (Finnish by default)',
  { timeout: 30_000 },
  () => {
    it('is a named figure with a description, one focusable cell, a data table and no axe violations', async () => {
      const { container } = render(<ThemeHeatmap width={800} />);
      const figure = screen.getByRole('figure', { name: TITLE });
      const description = document.getElementById(
        figure.getAttribute('aria-describedby') ?? '',
      )?.textContent;
      expect(description).toContain('Muistio on lähteissä 3/10 kunnasta');
      expect(description).toContain(`Suurin arvo 7: Espoo, Yhteistyön rakenteet ja toimintatavat.`);
      expect(description).toContain('Ei tietoa 105/150 solussa.');
      // The picture changed: long theme names on the rows, municipalities without a memo in a note.
      expect(description).toContain('rivit: Teema; sarakkeet: Kunta.');
      expect(description).toContain(
        'Ei muistiota 7 kunnalta: Kirkkonummi, Siuntio, Vihti, Karkkila, Inkoo, Hanko ja Raasepori.',
      );
      expect(container.querySelectorAll('[tabindex]')).toHaveLength(1);
      expect(focusable().getAttribute('tabindex')).toBe('0');
      screen.getByRole('group', { name: /Solut: 15 riviä × 3 saraketta/ });

      // The table follows the picture (a row per theme) and has every municipality, with or without a memo.
      const table = screen.getByRole('table', { name: `${TITLE}: tiedot taulukkona` });
      const rows = within(table).getAllByRole('row');
      expect(rows).toHaveLength(16);
      expect(
        within(table)
          .getAllByRole('columnheader')
          .map((c) => c.textContent),
      ).toEqual(['Teema', ...themeHeatmapFromThemeCounts().rows.map((r) => r.label)]);
      const first = within(table)
        .getByRole('rowheader', { name: 'Työllisyyden hoito' })
        .closest('tr');
      const none = 'ei tietoa';
      expect(
        within(first as HTMLElement)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ).toEqual([
        String(cell(0, 0)),
        String(cell(1, 0)),
        none,
        none,
        none,
        none,
        String(cell(6, 0)),
        none,
        none,
        none,
      ]);
      expect(container.querySelector('[style]')).toBeNull();
      expect(await axeViolations(container)).toEqual([]);
    });

    it('has one Tab stop; arrows move in 2-D; the name and tooltip follow; Escape hides the tooltip', async () => {
      const user = userEvent.setup();
      const { container } = render(
        <>
          <button type="button">before</button>
          <ThemeHeatmap width={800} />
          <button type="button">after</button>
        </>,
      );
      await user.tab();
      await user.tab();
      expect(document.activeElement).toBe(focusable());
      expect(focusable().getAttribute('aria-label')).toBe(
        `Työllisyyden hoito, Espoo: ${cell(0, 0)} kirjausta`,
      );
      let tooltip = screen.getByRole('tooltip');
      expect(focusable().getAttribute('aria-describedby')).toBe(tooltip.id);
      expect(tooltip.textContent).toContain('Kunta: Espoo');
      expect(tooltip.textContent).toContain(`Kirjauksia: ${cell(0, 0)} kirjausta`);
      expect(tooltip.textContent).toContain('Muistion kirjaukset:');
      expect(tooltip.textContent).toContain('•');

      await user.keyboard('{ArrowRight}');
      expect(document.activeElement).toBe(focusable());
      expect(focusable().getAttribute('aria-label')).toBe(
        `Työllisyyden hoito, Kauniainen: ${cell(1, 0)} kirjausta`,
      );
      await user.keyboard('{ArrowDown}');
      // Kauniainen's memo has no point on integration: 0, a value, with no memo texts.
      expect(cell(1, 1)).toBe(0);
      expect(focusable().getAttribute('aria-label')).toBe(
        'Maahanmuutto ja kotoutumisen edistäminen, Kauniainen: 0 kirjausta',
      );
      tooltip = screen.getByRole('tooltip');
      expect(tooltip.textContent).toContain('Kirjauksia: 0 kirjausta');
      expect(tooltip.textContent).not.toContain('Muistion kirjaukset');
      expect(await axeViolations(container)).toEqual([]);

      await user.keyboard('{End}');
      expect(focusable().getAttribute('aria-label')).toBe(
        `Maahanmuutto ja kotoutumisen edistäminen, Lohja: ${cell(6, 1)} kirjausta`,
      );
      await user.keyboard('{Control>}{End}{/Control}');
      expect(focusable().getAttribute('aria-label')).toBe(
        `Muut aiheet, Lohja: ${cell(6, 14)} kirjausta`,
      );
      await user.keyboard('{Control>}{Home}{/Control}');
      expect(focusable().getAttribute('aria-label')).toContain('Työllisyyden hoito, Espoo');

      await user.keyboard('{Escape}');
      expect(screen.queryByRole('tooltip')).toBeNull();
      expect(document.activeElement).toBe(focusable());
      await user.keyboard('{ArrowRight}');
      // The tooltip is back, as the description of the newly focused cell.
      expect(focusable().getAttribute('aria-describedby')).toBe(screen.getByRole('tooltip').id);

      await user.tab();
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'after' }));
      expect(screen.queryByRole('tooltip')).toBeNull();
    });

    it('shows the tooltip of the cell under the pointer (band scales inverted, no per-cell listeners)', () => {
      render(<ThemeHeatmap width={800} />);
      const svg = screen.getByRole('figure');
      const height = Number(svg.getAttribute('height'));
      const layout = computeThemeHeatmapLayout(themeHeatmapFromThemeCounts(), {
        width: 800,
        height,
        locale: 'fi',
        theme: defaultTheme,
        title: TITLE,
      });
      const box = heatmapCellBox(layout, 2); // Työllisyyden hoito, Lohja
      const group = screen.getByRole('group', { name: /Solut/ });
      fireEvent.pointerMove(group, {
        clientX: box.x + box.width / 2,
        clientY: box.y + box.height / 2,
      });
      const tooltip = screen.getByRole('tooltip');
      expect(tooltip.textContent).toContain('Lohja');
      expect(tooltip.textContent).toContain(`Kirjauksia: ${cell(6, 0)} kirjausta`);
      expect(tooltip.textContent).toMatch(/\+\d+ muuta/);
      fireEvent.pointerLeave(group);
      expect(screen.queryByRole('tooltip')).toBeNull();

      // Releasing the pointer on a cell makes it the active cell and focuses the chart there.
      const other = heatmapCellBox(layout, 6 * 3 + 1); // Terveysasemapalvelut ja hoitoon pääsy, Kauniainen
      fireEvent.pointerUp(group, { clientX: other.x + 1, clientY: other.y + 1 });
      expect(document.activeElement).toBe(focusable());
      expect(focusable().getAttribute('aria-label')).toBe(
        `Terveysasemapalvelut ja hoitoon pääsy, Kauniainen: ${cell(1, 6)} kirjausta`,
      );
    });

    it('speaks Swedish and English, with the Finnish memo texts flagged as such', async () => {
      const user = userEvent.setup();
      const { unmount } = render(<ThemeHeatmap width={800} locale="sv" />);
      screen.getByRole('figure', { name: 'Samarbetets teman per kommun' });
      await user.tab();
      expect(focusable().getAttribute('aria-label')).toBe(
        `Sysselsättning, Esbo: ${cell(0, 0)} punkter`,
      );
      expect(screen.getByRole('tooltip').textContent).toContain(
        'Promemorians punkter (på finska):',
      );
      unmount();
      render(<ThemeHeatmap width={800} locale="en" />);
      await user.tab();
      expect(focusable().getAttribute('aria-label')).toBe(
        `Employment, Espoo: ${cell(0, 0)} points`,
      );
    });
  },
);

describe('ThemeHeatmap with other data', { timeout: 30_000 }, () => {
  it('draws a goal × municipality rating matrix with level, n and the base', async () => {
    const responses: RawResponse[] = [
      { municipalityId: 'espoo', itemId: 'g1.1', rating: 2 },
      { municipalityId: 'espoo', itemId: 'g1.2', rating: 3 },
      { municipalityId: 'lohja', itemId: 'g1.1', rating: 4 },
    ];
    const data = themeHeatmapFromResponses(responses, {
      goals: [{ id: 'g1', subGoalIds: ['g1.1', 'g1.2'] }],
    });
    const user = userEvent.setup();
    const { container } = render(<ThemeHeatmap width={600} data={data} illustrative />);
    const figure = screen.getByRole('figure', { name: 'Tavoitteiden arviot kunnittain' });
    const description = document.getElementById(
      figure.getAttribute('aria-describedby') ?? '',
    )?.textContent;
    expect(description).toMatch(/^Havainnollistava esimerkkiaineisto/);
    expect(description).toContain('n = 2/10 kuntaa');
    expect(description).toContain('Suurin arvo 4,0 (Hyvin): g1, Lohja');
    await user.tab();
    // The goal's label (its id here) is shorter than the municipalities': these go on the rows; the
    // eight municipalities without a rating are named in a note.
    expect(description).toContain('Ei tietoa (8): Kauniainen,');
    expect(focusable().getAttribute('aria-label')).toBe('Espoo, g1: 2,5 (Kohtalaisesti)');
    const tooltip = screen.getByRole('tooltip').textContent;
    expect(tooltip).toContain('Tavoite: g1');
    expect(tooltip).toContain('Keskiarvo: 2,5');
    expect(tooltip).toContain('Lähin asteikon kohta: Kohtalaisesti');
    expect(tooltip).toContain('Arvioita: 2');
    expect(await axeViolations(container)).toEqual([]);
  });

  // Speed is the benchmark's to measure (bench/: server render and pointer → tooltip); here, what a
  // 15 000-cell grid draws and keeps accessible.
  it('renders 300 × 50 cells as band paths, with a row-summary table and keyboard access', async () => {
    const data = illustrativeGrid(300, 50);
    const { container } = render(
      <ThemeHeatmap width={800} data={data} illustrative orientation="as-given" />,
    );
    // No per-cell elements: a few band paths per panel of columns and block of rows, not 15 000 rects.
    const panels = container.querySelectorAll('g[aria-hidden="true"] > g[fill="none"]').length;
    expect(panels).toBeGreaterThan(1);
    expect(container.querySelectorAll('path').length).toBeLessThan(600);
    expect(container.querySelectorAll('rect').length).toBeLessThan(50);
    const table = screen.getByRole('table', { name: /rivikohtainen yhteenveto/ });
    expect(within(table).getAllByRole('row')).toHaveLength(301);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Rivi', 'Soluja, joissa arvo', 'Pienin', 'Suurin', 'Keskiarvo']);
    const user = userEvent.setup();
    await user.tab();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowRight}');
    expect(focusable().getAttribute('aria-label')).toMatch(/^Rivi 3, Sarake 2: /);
  });

  it('shows the error state for invalid count thresholds and reports them like invalid data', () => {
    const warn = captureDataProblems();
    const onError = vi.fn();
    const counts3: HeatmapData = {
      kind: 'count',
      rows: [{ id: 'a', label: 'A' }],
      columns: [
        { id: 'x', label: 'X' },
        { id: 'y', label: 'Y' },
      ],
      values: [[1, 9]],
    };
    const { unmount } = render(
      <ThemeHeatmap width={400} data={counts3} thresholds={[5, 3]} onError={onError} />,
    );
    expect(screen.getByRole('status').textContent).toContain('Kaavion tiedot ovat virheellisiä');
    expect(screen.queryByRole('graphics-symbol')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('thresholds'));
    expect(onError).toHaveBeenCalledWith([expect.stringMatching(/^thresholds: /)]);
    unmount();
    // Valid thresholds draw the chart.
    render(<ThemeHeatmap width={400} data={counts3} thresholds={[3, 5]} />);
    expect(screen.getByRole('graphics-symbol').getAttribute('aria-label')).toMatch(/^A, X/);
    warn.mockRestore();
  });

  it('shows the empty state for no rows and the error state for invalid values, reporting why', () => {
    const warn = captureDataProblems();
    const { unmount } = render(
      <ThemeHeatmap width={400} data={{ kind: 'count', rows: [], columns: [], values: [] }} />,
    );
    expect(screen.getByRole('status').textContent).toBe('Kaaviossa ei ole näytettäviä tietoja.');
    unmount();
    const bad: HeatmapData = {
      kind: 'rating',
      rows: [{ id: 'a', label: 'A' }],
      columns: [{ id: 'x', label: 'X' }],
      values: [[6]],
    };
    render(<ThemeHeatmap width={400} data={bad} />);
    expect(screen.getByRole('status').textContent).toContain('Kaavion tiedot ovat virheellisiä');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('values[0][0] is 6'));
    warn.mockRestore();
  });
});
