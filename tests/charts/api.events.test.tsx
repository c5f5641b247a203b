// The API conventions of issue 14: onActiveChange / onSelect (pointer and keyboard), renderTooltip,
// highlight and valueFormat, through the public entry.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  GoalBarChart,
  RescueRadar,
  ResponseCoverage,
  ThemeHeatmap,
  computeGoalBarLayout,
  defaultTheme,
} from '@yhdyspinta/charts';
import type {
  GoalBarData,
  GoalBarItemInfo,
  GoalBarOptions,
  RescueRadarData,
  RescueRadarItemInfo,
  ResponseCoverageItemInfo,
  ThemeHeatmapItemInfo,
} from '@yhdyspinta/charts';
import { OPTIONS } from '../support/goalBarLayout';

const BARS: GoalBarData = {
  groups: [
    {
      id: 'g',
      label: 'Osio',
      items: [
        { id: 'a', label: 'Tavoite A', value: 2.2 },
        { id: 'b', label: 'Tavoite B', value: 3.4 },
        { id: 'c', label: 'Tavoite C', value: null },
      ],
    },
  ],
};

const RADAR: RescueRadarData = {
  axes: [
    { id: 'x', label: 'Akseli X' },
    { id: 'y', label: 'Akseli Y' },
    { id: 'z', label: 'Akseli Z' },
  ],
  series: [
    { id: 'lohja', label: 'Lohja', values: { x: 2, y: 3, z: 4 } },
    { id: 'vihti', label: 'Vihti', values: { x: 3, y: 4, z: 2 } },
  ],
};

/** The chart's one focusable element, named after the active mark. */
const focusable = () => screen.getByRole('graphics-symbol');

describe('onActiveChange and onSelect', () => {
  it('GoalBarChart: reports the active goal on focus, arrows and blur, and selects with Enter and Space', async () => {
    const user = userEvent.setup();
    const active = vi.fn<(item: GoalBarItemInfo | null) => void>();
    const select = vi.fn<(item: GoalBarItemInfo) => void>();
    render(
      <>
        <GoalBarChart width={640} data={BARS} onActiveChange={active} onSelect={select} />
        <button type="button">after</button>
      </>,
    );
    expect(active).not.toHaveBeenCalled();
    await user.tab();
    expect(active).toHaveBeenLastCalledWith({
      id: 'a',
      label: 'Tavoite A',
      value: 2.2,
      section: 'Osio',
    });
    await user.keyboard('{ArrowDown}');
    expect(active.mock.lastCall?.[0]?.id).toBe('b');
    await user.keyboard('{Enter}');
    expect(select).toHaveBeenCalledTimes(1);
    expect(select.mock.lastCall?.[0]).toMatchObject({ id: 'b', value: 3.4 });
    // Enter selects; it does not move the active goal.
    expect(focusable().getAttribute('aria-label')).toMatch(/^Tavoite B/);
    await user.keyboard('{ArrowDown}');
    await user.keyboard(' ');
    expect(select.mock.lastCall?.[0]).toMatchObject({ id: 'c', value: null });
    await user.tab();
    expect(active).toHaveBeenLastCalledWith(null);
  });

  it('GoalBarChart: reports the goal under the pointer, and a click on it selects it', () => {
    const active = vi.fn<(item: GoalBarItemInfo | null) => void>();
    const select = vi.fn<(item: GoalBarItemInfo) => void>();
    render(<GoalBarChart width={640} data={BARS} onActiveChange={active} onSelect={select} />);
    const options: GoalBarOptions = { ...OPTIONS, title: 'x', hideTitle: true };
    const layout = computeGoalBarLayout({
      data: BARS,
      width: 640,
      locale: 'fi',
      theme: defaultTheme,
      options,
    });
    const row = layout.rows[1]!;
    const group = screen.getByRole('group', { name: /^Tavoitteiden keskiarvot/ });
    const at = { clientX: row.anchor.x + 1, clientY: row.anchor.y + 1 };
    fireEvent.pointerMove(group, at);
    expect(active.mock.lastCall?.[0]?.id).toBe('b');
    fireEvent.pointerUp(group, at);
    expect(select).toHaveBeenCalledTimes(1);
    expect(select.mock.lastCall?.[0]?.label).toBe('Tavoite B');
    fireEvent.pointerLeave(group);
    // The pointer left, but the click focused the chart on that goal: it stays the active one.
    expect(active.mock.lastCall?.[0]?.id).toBe('b');
  });

  it('ResponseCoverage, ThemeHeatmap and RescueRadar give their own items', async () => {
    const user = userEvent.setup();
    const coverage = vi.fn<(item: ResponseCoverageItemInfo) => void>();
    const { unmount } = render(
      <ResponseCoverage
        width={640}
        data={[
          { id: 'hanko', label: 'Hanko', answered: true, population: 8000 },
          { id: 'inkoo', label: 'Inkoo', answered: false },
        ]}
        onSelect={coverage}
      />,
    );
    await user.tab();
    await user.keyboard('{ArrowRight}{Enter}');
    expect(coverage).toHaveBeenLastCalledWith({ id: 'inkoo', label: 'Inkoo', answered: false });
    unmount();

    const cell = vi.fn<(item: ThemeHeatmapItemInfo) => void>();
    const { unmount: unmount2 } = render(
      <ThemeHeatmap
        width={640}
        collapseMissing={false}
        data={{
          kind: 'count',
          rows: [
            { id: 'r1', label: 'Rivi 1' },
            { id: 'r2', label: 'Rivi 2' },
          ],
          columns: [
            { id: 'hanko', label: 'Hanko' },
            { id: 'inkoo', label: 'Inkoo' },
          ],
          values: [
            [1, 2],
            [3, null],
          ],
        }}
        onSelect={cell}
      />,
    );
    await user.tab();
    await user.keyboard('{ArrowDown}{ArrowRight} ');
    expect(cell).toHaveBeenCalledTimes(1);
    const chosen = cell.mock.lastCall?.[0];
    // Whichever way the grid is oriented, the cell names its row, column and value.
    expect(chosen?.value).toBeNull();
    expect([chosen?.row.id, chosen?.column.id].sort()).toEqual(['inkoo', 'r2']);
    unmount2();

    const point = vi.fn<(item: RescueRadarItemInfo | null) => void>();
    render(<RescueRadar width={640} data={RADAR} onActiveChange={point} />);
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(point).toHaveBeenLastCalledWith({
      id: 'x',
      label: 'Akseli X',
      series: { id: 'vihti', label: 'Vihti' },
      value: 3,
    });
  });
});

describe('renderTooltip', () => {
  it("replaces the default tooltip's content, following the focused mark", async () => {
    const user = userEvent.setup();
    render(
      <GoalBarChart
        width={640}
        data={BARS}
        renderTooltip={(item) => (
          <p>
            Oma vihje: {item.label} = {item.value ?? '–'}
          </p>
        )}
      />,
    );
    expect(screen.queryByRole('tooltip')).toBeNull();
    await user.tab();
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip.textContent).toBe('Oma vihje: Tavoite A = 2.2');
    // The focused goal is described by the custom tooltip.
    expect(focusable().getAttribute('aria-describedby')).toBe(tooltip.id);
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('tooltip').textContent).toBe('Oma vihje: Tavoite B = 3.4');
  });
});

describe('highlight', () => {
  it('dims every goal but the highlighted ones under one veil, and none without a highlight', () => {
    const { container, rerender } = render(<GoalBarChart width={640} data={BARS} />);
    expect(container.querySelector('[data-state="dimmed"]')).toBeNull();
    rerender(<GoalBarChart width={640} data={BARS} highlight={['b']} />);
    const veil = container.querySelector('[data-state="dimmed"]');
    expect(veil?.getAttribute('data-dimmed')).toBe('2');
    rerender(<GoalBarChart width={640} data={BARS} highlight={['a', 'b', 'c']} />);
    expect(container.querySelector('[data-state="dimmed"]')).toBeNull();
    // An id this chart does not show (another chart's municipality) dims nothing.
    rerender(<GoalBarChart width={640} data={BARS} highlight={['espoo']} />);
    expect(container.querySelector('[data-state="dimmed"]')).toBeNull();
  });

  it('dims the municipalities not highlighted: tiles, and the radar series', () => {
    const { container, unmount } = render(
      <ResponseCoverage
        width={640}
        data={[
          { id: 'hanko', label: 'Hanko', answered: true },
          { id: 'inkoo', label: 'Inkoo', answered: false },
          { id: 'lohja', label: 'Lohja', answered: true },
        ]}
        highlight={['lohja']}
      />,
    );
    expect(container.querySelector('[data-state="dimmed"]')?.getAttribute('data-dimmed')).toBe('2');
    unmount();
    const radar = render(<RescueRadar width={640} data={RADAR} legend highlight={['vihti']} />);
    const dimmed = radar.container.querySelectorAll('path[data-state="dimmed"]');
    // Lohja's polygon, and the veil over Lohja's three points.
    expect(dimmed).toHaveLength(2);
    expect(radar.container.querySelector('[data-dimmed]')?.getAttribute('data-dimmed')).toBe('3');
    radar.rerender(<RescueRadar width={640} data={RADAR} legend highlight={['espoo']} />);
    expect(radar.container.querySelector('[data-state="dimmed"]')).toBeNull();
  });
});

describe('valueFormat', () => {
  it('formats every printed value: labels, name, tooltip, table and description', async () => {
    const user = userEvent.setup();
    const format = (value: number, locale: string) => `${value.toFixed(2)} p (${locale})`;
    render(<GoalBarChart width={640} data={BARS} locale="sv" valueFormat={format} />);
    const figure = screen.getByRole('figure');
    const text = figure.textContent ?? '';
    expect(text).toContain('2.20 p (sv)');
    expect(text).toContain('3.40 p (sv)');
    expect(text).not.toMatch(/\b2,2\b/);
    expect(figure.querySelector('desc')?.textContent).toContain('3.40 p (sv)');
    expect(screen.getByRole('table').textContent).toContain('2.20 p (sv)');
    await user.tab();
    expect(focusable().getAttribute('aria-label')).toContain('2.20 p (sv)');
    expect(screen.getByRole('tooltip').textContent).toContain('2.20 p (sv)');
  });

  it("formats the radar's bar twin too", () => {
    render(<RescueRadar width={640} data={RADAR} twin="bars" valueFormat={(v) => `${v} p.`} />);
    const [radar, bars] = screen.getAllByRole('figure');
    expect(radar?.textContent).toContain('4 p.');
    expect(bars?.textContent).toContain('4 p.');
    expect(bars?.textContent).not.toContain('4,0');
  });

  it('keeps the default (decimal comma) without one, and formats heatmap counts too', () => {
    const { unmount } = render(<GoalBarChart width={640} data={BARS} />);
    expect(screen.getByRole('figure').textContent).toContain('2,2');
    unmount();
    render(
      <ThemeHeatmap
        width={640}
        data={{
          kind: 'count',
          rows: [{ id: 'r', label: 'Rivi' }],
          columns: [
            { id: 'c1', label: 'S1' },
            { id: 'c2', label: 'S2' },
          ],
          values: [[12, 7]],
        }}
        valueFormat={(v) => `${v} kpl`}
      />,
    );
    expect(screen.getByRole('table').textContent).toContain('12 kpl');
  });
});
