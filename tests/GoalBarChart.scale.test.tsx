// GoalBarChart with a survey's own scale words (data.scale) in the DOM: the focused goal's accessible name
// and the tooltip's nearest level are in the data's words, the description and the drawn axis have no
// 2024 words, and the chart passes axe. The agree–disagree words and the means are ILLUSTRATIVE (invented).
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GoalBarChart } from '@yhdyspinta/charts';
import type { GoalBarData } from '@yhdyspinta/charts';
import { axeViolations } from './support/axe';
import { captureDataProblems } from './support/devWarnings';

const data: GoalBarData = {
  groups: [
    {
      id: 's',
      label: 'Yhteinen strategia',
      items: [
        { id: 'a', label: 'Tieto kulkee ajallaan', value: 2.2 },
        { id: 'b', label: 'Tavoitteet ovat yhteiset', value: 4.6 },
      ],
    },
  ],
  scale: {
    levels: [
      { value: 1, label: 'Täysin eri mieltä' },
      { value: 2, label: 'Jokseenkin eri mieltä' },
      { value: 3, label: 'Ei samaa eikä eri mieltä' },
      { value: 4, label: 'Jokseenkin samaa mieltä' },
      { value: 5, label: 'Täysin samaa mieltä' },
    ],
  },
};

const WORDS_2024 = ['Ei lainkaan', 'Heikosti', 'Kohtalaisesti', 'Hyvin', 'Erinomaisesti'];

describe('GoalBarChart with its own scale words (jsdom)', () => {
  it('names the focused goal and the tooltip level in the data’s words', async () => {
    const user = userEvent.setup();
    const { container } = render(<GoalBarChart data={data} width={800} illustrative />);
    await user.tab();
    expect(screen.getByRole('graphics-symbol').getAttribute('aria-label')).toBe(
      'Tieto kulkee ajallaan (Yhteinen strategia): 2,2 (Jokseenkin eri mieltä)',
    );
    expect(screen.getByRole('tooltip').textContent).toContain(
      'Lähin asteikon kohta: Jokseenkin eri mieltä',
    );
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('graphics-symbol').getAttribute('aria-label')).toMatch(
      /: 4,6 \(Täysin samaa mieltä\)$/,
    );
    expect(screen.getByRole('tooltip').textContent).toContain(
      'Lähin asteikon kohta: Täysin samaa mieltä',
    );
    const drawn = container.textContent ?? '';
    expect(drawn).toContain('Ei samaa eikä eri mieltä (3), asteikon keskikohta');
    for (const word of WORDS_2024) expect(drawn).not.toContain(word);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows the error state, and the problem to onError, for a scale that names a level twice', () => {
    const problems = captureDataProblems();
    const onError = vi.fn();
    const levels = [...(data.scale?.levels ?? []), { value: 3, label: 'Ehkä' }];
    render(<GoalBarChart data={{ ...data, scale: { levels } }} width={800} onError={onError} />);
    expect(screen.getByRole('status').textContent).toBe(
      'Kaavion tiedot ovat virheellisiä, joten kaaviota ei voida näyttää.',
    );
    expect(screen.queryAllByRole('graphics-symbol')).toHaveLength(0);
    expect(onError.mock.calls).toEqual([[['data.scale.levels[5] repeats the level 3']]]);
    problems.mockRestore();
  });
});
