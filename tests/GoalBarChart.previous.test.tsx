// GoalBarChart with a previous survey round in the DOM: the tooltip that follows focus gives the previous
// round's mean and the change, the table has their columns, and the chart passes axe. The previous means
// are ILLUSTRATIVE (invented); the current ones are the 2024 survey's (003_ae88570eab8abfd8.txt).
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { survey2024 } from '@yhdyspinta/data';
import { GoalBarChart, goalBarFromSurvey } from '@yhdyspinta/charts';
import type { GoalBarItemInfo } from '@yhdyspinta/charts';
import { axeViolations } from './support/axe';

const data = goalBarFromSurvey(survey2024, 'fi', {
  previous: { 'ws-1': 2.5, 'ws-2': 2.4 },
  previousLabel: 'Kuntakysely 2021 (kuvitteellinen)',
});

describe('GoalBarChart with a previous round (jsdom)', () => {
  it('gives the previous mean and the change in the tooltip and the focused name', async () => {
    const user = userEvent.setup();
    const { container } = render(<GoalBarChart data={data} width={800} illustrative />);
    await user.tab();
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip.textContent).toContain('Kuntakysely 2021 (kuvitteellinen): 2,5');
    expect(tooltip.textContent).toContain('Muutos: \u22120,3');
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('graphics-symbol').getAttribute('aria-label')).toMatch(
      /: 2,7 \(Kohtalaisesti\); Kuntakysely 2021 \(kuvitteellinen\) 2,4, muutos \+0,3$/,
    );
    expect(screen.getByRole('tooltip').textContent).toContain('Muutos: +0,3');
    // A goal the round has no mean of: "ei tietoa", no change.
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('tooltip').textContent).toContain(
      'Kuntakysely 2021 (kuvitteellinen): ei tietoa',
    );
    expect(screen.getByRole('tooltip').textContent).not.toContain('Muutos');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('gives onActiveChange the previous mean and the change', async () => {
    const user = userEvent.setup();
    const active = vi.fn<(item: GoalBarItemInfo | null) => void>();
    render(<GoalBarChart data={data} width={800} onActiveChange={active} />);
    await user.tab();
    expect(active.mock.lastCall?.[0]).toMatchObject({ id: 'ws-1', previous: 2.5, change: -0.3 });
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(active.mock.lastCall?.[0]).toMatchObject({ id: 'ss-1', previous: null, change: null });
  });

  it('lists both rounds and the change in the hidden table', () => {
    render(<GoalBarChart data={data} width={800} />);
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Tavoite',
      'Osio',
      'Keskiarvo (1–5)',
      'Kuntakysely 2021 (kuvitteellinen)',
      'Muutos',
    ]);
    const second = within(table).getAllByRole('row')[2]!;
    expect(
      within(second)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Hyvinvointialuestrategia', '2,7', '2,4', '+0,3']);
  });
});
