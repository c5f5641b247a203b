// interaction/tooltipLayout.ts: every line fits inside the tooltip's padding, also in a chart narrower than
// the tooltip's max width, and rows without a title get no gap line (aimed at the mutation run's survivors).
import { describe, expect, it } from 'vitest';
import { defaultTheme, measureText } from '@yhdyspinta/charts';
import { layoutTooltip } from '../../packages/charts/src/interaction/tooltipLayout';

const TITLE =
  'Hyvinvointialue ja kunnat kehittävät yhdessä ja sovitusti liikunta- ja kulttuuripalvelujen saavutettavuutta kaikenikäisille';
const ROWS = [
  { label: 'Keskiarvo', value: '2,7' },
  {
    label: 'Vastanneet kunnat',
    value: 'Espoo, Hanko, Inkoo, Karkkila, Kauniainen, Kirkkonummi, Lohja',
  },
];
const anchor = { x: 20, y: 20, width: 10, height: 10 };
const { padding, maxWidth } = defaultTheme.tooltip;
const size = defaultTheme.fontSize.tooltip;
const bold = defaultTheme.fontWeight.bold;

describe('layoutTooltip: lines inside the box', () => {
  it.each([
    ['a wide chart', 800],
    ['a chart narrower than the tooltip', 200],
  ])('%s', (_, width) => {
    const tip = layoutTooltip(
      { title: TITLE, rows: ROWS },
      anchor,
      { width, height: 600 },
      defaultTheme,
    );
    expect(tip.width).toBe(Math.min(maxWidth, width));
    expect(tip.titleLines.length).toBeGreaterThan(1);
    expect(tip.rowLines.length).toBeGreaterThan(2);
    for (const line of tip.titleLines)
      expect(measureText(line, size, bold)).toBeLessThanOrEqual(tip.width - 2 * padding);
    for (const line of tip.rowLines)
      expect(measureText(line, size)).toBeLessThanOrEqual(tip.width - 2 * padding);
  });

  it('puts no gap line above rows without a title', () => {
    const tip = layoutTooltip(
      { title: '', rows: ROWS.slice(0, 1) },
      anchor,
      { width: 800, height: 600 },
      defaultTheme,
    );
    expect(tip.titleLines).toEqual([]);
    expect(tip.height).toBeCloseTo(2 * padding + tip.lineHeight, 10);
    expect(tip.rowsY).toBe(padding);
  });
});
