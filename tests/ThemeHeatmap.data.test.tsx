// ThemeHeatmap in jsdom with other data than the shipped memo matrix (illustrative grids, responses,
// invalid props); the shipped matrix is in ThemeHeatmap.test.tsx.
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RawResponse } from '@yhdyspinta/data';
import { ThemeHeatmap, themeHeatmapFromResponses } from '@yhdyspinta/charts';
import type { HeatmapData } from '@yhdyspinta/charts';
import { captureDataProblems } from './support/devWarnings';
import { axeViolations } from './support/axe';
import { focusable, illustrativeGrid } from './support/heatmapJsdom';

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
    // The grid as drawn: a municipality per row (the data's goal is the column).
    expect(description).toContain('2 riviä × 1 saraketta. Suurin arvo 4,0 (Hyvin): Lohja, g1');
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
