// Issue 14's API conventions on RescueRadar's bar twin (RescueBars, and twin="bars"): its events,
// custom tooltip and highlight speak of the radar's points, like the radar's own; valueFormat in labels.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RescueBars, RescueRadar, computeGoalBarLayout, defaultTheme } from '@yhdyspinta/charts';
import type { GoalBarData, RescueRadarData, RescueRadarItemInfo } from '@yhdyspinta/charts';
import { OPTIONS } from '../support/goalBarLayout';

const RADAR: RescueRadarData = {
  axes: [
    { id: 'x', label: 'Akseli X' },
    { id: 'y', label: 'Akseli Y' },
    { id: 'z', label: 'Akseli Z' },
  ],
  series: [
    { id: 'lohja', label: 'Lohja', values: { x: 2, y: 3, z: 4 } },
    { id: 'vihti', label: 'Vihti', values: { x: 3.5, y: null, z: 2 } },
  ],
};

const point = (axis: 'x' | 'y' | 'z', series: 'lohja' | 'vihti'): RescueRadarItemInfo => {
  const s = RADAR.series.find((one) => one.id === series)!;
  const a = RADAR.axes.find((one) => one.id === axis)!;
  return {
    id: a.id,
    label: a.label,
    series: { id: s.id, label: s.label },
    value: s.values[a.id] ?? null,
  };
};

/** The twin's figure (the second of twin="bars"). */
function twinFigure(): HTMLElement {
  const figures = screen.getAllByRole('figure');
  expect(figures).toHaveLength(2);
  return figures[1]!;
}

describe('RescueBars: onActiveChange and onSelect', () => {
  it('reports radar points on focus, arrows and blur, and selects with Enter and Space', async () => {
    const user = userEvent.setup();
    const active = vi.fn<(item: RescueRadarItemInfo | null) => void>();
    const select = vi.fn<(item: RescueRadarItemInfo) => void>();
    render(
      <>
        <RescueBars width={640} data={RADAR} onActiveChange={active} onSelect={select} />
        <button type="button">after</button>
      </>,
    );
    expect(active).not.toHaveBeenCalled();
    await user.tab();
    expect(active).toHaveBeenLastCalledWith(point('x', 'lohja'));
    // Down past Lohja's three bars: Vihti's first.
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(active).toHaveBeenLastCalledWith(point('x', 'vihti'));
    await user.keyboard('{Enter}');
    expect(select).toHaveBeenCalledTimes(1);
    expect(select).toHaveBeenLastCalledWith(point('x', 'vihti'));
    await user.keyboard('{ArrowDown} ');
    expect(select).toHaveBeenLastCalledWith(point('y', 'vihti'));
    expect(select.mock.lastCall?.[0]?.value).toBeNull();
    await user.tab();
    expect(active).toHaveBeenLastCalledWith(null);
  });

  it('reports the bar under the pointer and selects it on a click, in the twin of twin="bars"', () => {
    const active = vi.fn<(item: RescueRadarItemInfo | null) => void>();
    const select = vi.fn<(item: RescueRadarItemInfo) => void>();
    render(
      <RescueRadar
        width={640}
        data={RADAR}
        twin="bars"
        onActiveChange={active}
        onSelect={select}
      />,
    );
    // The twin draws GoalBarChart's layout of the same numbers: a group per series, a bar per axis.
    const bars: GoalBarData = {
      groups: RADAR.series.map((s) => ({
        id: s.id,
        label: s.label,
        items: RADAR.axes.map((a) => ({
          id: `${s.id}-${a.id}`,
          label: a.label,
          value: s.values[a.id] ?? null,
        })),
      })),
    };
    const layout = computeGoalBarLayout({
      data: bars,
      width: 640,
      locale: 'fi',
      theme: defaultTheme,
      options: { ...OPTIONS, title: 'x', hideTitle: true },
    });
    const row = layout.rows[5]!;
    const group = within(twinFigure()).getByRole('group', { name: /^Tavoitteiden keskiarvot/ });
    const at = { clientX: row.anchor.x + 1, clientY: row.anchor.y + 1 };
    fireEvent.pointerMove(group, at);
    expect(active).toHaveBeenLastCalledWith(point('z', 'vihti'));
    fireEvent.pointerUp(group, at);
    expect(select).toHaveBeenCalledTimes(1);
    expect(select).toHaveBeenLastCalledWith(point('z', 'vihti'));
  });
});

describe('RescueBars: renderTooltip, highlight and valueFormat', () => {
  it("renders the caller's tooltip for the focused point", async () => {
    const user = userEvent.setup();
    render(
      <RescueBars
        width={640}
        data={RADAR}
        renderTooltip={(item) => (
          <p>
            {item.series.label}: {item.label} = {item.value ?? '–'}
          </p>
        )}
      />,
    );
    await user.tab();
    expect(screen.getByRole('tooltip').textContent).toBe('Lohja: Akseli X = 2');
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('tooltip').textContent).toBe('Lohja: Akseli Y = 3');
  });

  it('highlights a series (municipality) or an axis, dimming the other bars', () => {
    const { container, rerender } = render(<RescueBars width={640} data={RADAR} />);
    const veil = () => container.querySelector('[data-state="dimmed"]');
    expect(veil()).toBeNull();
    rerender(<RescueBars width={640} data={RADAR} highlight={['vihti']} />);
    // Lohja's three bars are under the veil.
    expect(veil()?.getAttribute('data-dimmed')).toBe('3');
    rerender(<RescueBars width={640} data={RADAR} highlight={['y']} />);
    // Every bar but the two of axis Y.
    expect(veil()?.getAttribute('data-dimmed')).toBe('4');
    // An id the chart does not show (another chart's municipality) dims nothing.
    rerender(<RescueBars width={640} data={RADAR} highlight={['espoo']} />);
    expect(veil()).toBeNull();
  });

  it('passes highlight to the twin of twin="bars" as well as to the radar', () => {
    render(<RescueRadar width={640} data={RADAR} twin="bars" legend highlight={['lohja']} />);
    const twin = twinFigure();
    expect(twin.querySelector('[data-state="dimmed"]')?.getAttribute('data-dimmed')).toBe('3');
    const radar = screen.getAllByRole('figure')[0]!;
    expect(radar.querySelector('[data-dimmed]')?.getAttribute('data-dimmed')).toBe('3');
  });

  it("formats the twin's printed values, names and table with valueFormat", async () => {
    const user = userEvent.setup();
    const format = (value: number, locale: string) => `${value.toFixed(2)} p (${locale})`;
    render(<RescueBars width={640} data={RADAR} locale="sv" valueFormat={format} />);
    const figure = screen.getByRole('figure');
    expect(figure.textContent).toContain('3.50 p (sv)');
    expect(figure.textContent).not.toMatch(/\b3,5\b/);
    expect(screen.getByRole('table').textContent).toContain('3.50 p (sv)');
    await user.tab();
    expect(screen.getByRole('graphics-symbol').getAttribute('aria-label')).toContain('2.00 p (sv)');
  });

  it('draws its own axis title when given one', () => {
    render(<RescueBars width={640} data={RADAR} axisTitle="Oma asteikko" />);
    expect(screen.getByRole('figure').textContent).toContain('Oma asteikko');
  });
});
