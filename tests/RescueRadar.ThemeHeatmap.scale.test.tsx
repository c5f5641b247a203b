// ThemeHeatmap ratings and RescueRadar with a survey's own scale words in the DOM: the focused cell's or
// point's name, the tooltip's nearest level and the description use the data's words, no 2024 word is
// drawn, and the charts pass axe. The values and the agree–disagree words are ILLUSTRATIVE (invented).
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RescueRadar, ThemeHeatmap } from '@yhdyspinta/charts';
import type { HeatmapData, RescueRadarData } from '@yhdyspinta/charts';
import { axeViolations } from './support/axe';

const WORDS = [
  'Täysin eri mieltä',
  'Jokseenkin eri mieltä',
  'Ei samaa eikä eri mieltä',
  'Jokseenkin samaa mieltä',
  'Täysin samaa mieltä',
];
const scale = { levels: WORDS.map((label, i) => ({ value: i + 1, label })) };
const WORDS_2024 = ['Ei lainkaan', 'Heikosti', 'Kohtalaisesti', 'Erinomaisesti'];

const heatmap: HeatmapData = {
  kind: 'rating',
  title: 'Tavoitteiden arviot kunnittain',
  rows: [
    { id: 'g1', label: 'Tieto kulkee' },
    { id: 'g2', label: 'Tavoitteet ovat yhteiset' },
  ],
  columns: [
    { id: 'a', label: 'Kallioniemi' },
    { id: 'b', label: 'Ruohola' },
  ],
  values: [
    [2.4, 4.6],
    [3.1, null],
  ],
  scale,
};

const radar: RescueRadarData = {
  axes: [
    { id: 'x', label: 'Valmius' },
    { id: 'y', label: 'Tiedonkulku' },
    { id: 'z', label: 'Harjoitukset' },
  ],
  series: [{ id: 's', label: 'Alue', values: { x: 3.8, y: 2.2, z: 4.6 } }],
  scale,
};

describe('own scale words in the DOM', () => {
  it('ThemeHeatmap: the cell name, the tooltip, the description and the legend', async () => {
    const user = userEvent.setup();
    const { container } = render(<ThemeHeatmap data={heatmap} width={600} illustrative />);
    const figure = screen.getByRole('figure', { name: 'Tavoitteiden arviot kunnittain' });
    const description =
      document.getElementById(figure.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
    expect(description).toContain('4,6 (Täysin samaa mieltä)');
    await user.tab();
    const focused = screen.getByRole('graphics-symbol').getAttribute('aria-label') ?? '';
    expect(focused).toMatch(/: 2,4 \(Jokseenkin eri mieltä\)$/);
    expect(screen.getByRole('tooltip').textContent).toContain(
      'Lähin asteikon kohta: Jokseenkin eri mieltä',
    );
    const drawn = container.textContent ?? '';
    expect(drawn).toContain('3 Ei samaa eikä eri mieltä (keskikohta)');
    for (const word of WORDS_2024) expect(drawn).not.toContain(word);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('RescueRadar: the tooltip, the rings or key, and the bar twin', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <RescueRadar data={radar} width={900} height={700} twin="bars" illustrative />,
    );
    await user.tab();
    expect(screen.getAllByRole('tooltip')[0]?.textContent).toContain(
      'Lähin asteikon kohta: Jokseenkin samaa mieltä',
    );
    const drawn = container.textContent ?? '';
    expect(drawn).toContain('Ei samaa eikä eri mieltä');
    // The twin's legend: its neutral line in the data's word.
    expect(drawn).toContain('Ei samaa eikä eri mieltä (3), asteikon keskikohta');
    for (const word of WORDS_2024) expect(drawn).not.toContain(word);
    expect(await axeViolations(container)).toEqual([]);
  });
});
