// The small multiples' key of axis numbers without React (RescueRadar/axisKey.ts): columns of at least
// 20 em, numbers right-aligned before a hanging indent, rows as tall as their tallest entry, texts
// wrapped whole. Goal texts from the 2024 survey (tests/support/rescueRadarData); the others made up.
import { describe, expect, it } from 'vitest';
import { defaultTheme, slideTheme } from '@yhdyspinta/charts';
import { layoutAxisKey } from '../../packages/charts/src/RescueRadar/axisKey';
import { measureText } from '../../packages/charts/src/text/measureText';
import { GOAL_2, GOAL_3, GOAL_6 } from '../support/rescueRadarData';

const { spacing, fontSize, lineHeight } = defaultTheme;
const line = fontSize.label * lineHeight;
/** The narrowest column: 20 em of the label font. */
const column = 20 * fontSize.label;

describe('RescueRadar axis key', () => {
  it('has no entries and no height without labels', () => {
    expect(layoutAxisKey([], [], 40, 8, 600, defaultTheme)).toEqual({ entries: [], bottom: 40 });
  });

  it('puts as many columns of 20 em as the width holds, row by row, numbers right-aligned', () => {
    const labels = ['Yksi', 'Kaksi', 'Kolme', 'Neljä', 'Viisi'];
    const numbers = ['1', '2', '3', '4', '10'];
    // Exactly three columns and their two gaps; a pixel less holds two.
    const width = 3 * column + 2 * spacing.lg;
    const key = layoutAxisKey(labels, numbers, 100, 20, width, defaultTheme, 'fi');
    const numberWidth = measureText('10', fontSize.label);
    expect(key.entries.map((e) => e.index)).toEqual([0, 1, 2, 3, 4]);
    expect(key.entries.map((e) => e.number)).toEqual(numbers);
    // 0 1 2 on the first row, 3 4 on the second, one line each.
    const xs = [0, 1, 2].map((c) => 20 + c * (column + spacing.lg) + numberWidth);
    expect(key.entries.map((e) => e.numberX)).toEqual([xs[0], xs[1], xs[2], xs[0], xs[1]]);
    expect(key.entries.map((e) => e.text.x)).toEqual(
      key.entries.map((e) => e.numberX + spacing.sm),
    );
    const second = 100 + line + spacing.xs;
    expect(key.entries.map((e) => e.text.y)).toEqual([100, 100, 100, second, second]);
    expect(key.entries.map((e) => e.text.lines)).toEqual(labels.map((l) => [l]));
    expect(key.bottom).toBeCloseTo(second + line + spacing.md, 9);
    const two = layoutAxisKey(labels, numbers, 100, 20, width - 1, defaultTheme, 'fi');
    expect(two.entries.map((e) => e.text.y)).toEqual([
      100,
      100,
      second,
      second,
      second + line + spacing.xs,
    ]);
  });

  it('keeps one column when even one is wider than the width, and never more than labels', () => {
    const narrow = layoutAxisKey(['A', 'B'], ['1', '2'], 0, 0, column / 2, defaultTheme);
    expect(narrow.entries.map((e) => e.numberX)).toEqual([
      measureText('2', fontSize.label),
      measureText('2', fontSize.label),
    ]);
    expect(narrow.entries[1]!.text.y).toBeCloseTo(line + spacing.xs, 9);
    // Room for ten columns, two labels: two columns, each half the width.
    const wide = layoutAxisKey(
      ['A', 'B'],
      ['1', '2'],
      0,
      0,
      10 * (column + spacing.lg),
      slideTheme,
    );
    const slideColumn = (10 * (column + spacing.lg) - slideTheme.spacing.lg) / 2;
    expect(wide.entries.map((e) => e.text.y)).toEqual([0, 0]);
    expect(wide.entries[1]!.numberX - wide.entries[0]!.numberX).toBeCloseTo(
      slideColumn + slideTheme.spacing.lg,
      9,
    );
  });

  it('wraps a long goal whole and makes its row as tall as its lines, the next row below', () => {
    const width = 2 * column + spacing.lg;
    const key = layoutAxisKey([GOAL_2, GOAL_3, GOAL_6], ['1', '2', '3'], 0, 0, width, defaultTheme);
    const [first, second, third] = key.entries;
    const numberWidth = Math.max(...['1', '2', '3'].map((n) => measureText(n, fontSize.label)));
    const textWidth = column - numberWidth - spacing.sm;
    expect(first!.text.lines.length).toBeGreaterThan(1);
    for (const text of first!.text.lines) {
      expect(measureText(text.trim(), fontSize.label)).toBeLessThanOrEqual(textWidth + 0.01);
    }
    // Nothing cut: every word of the goal is in its lines.
    expect(first!.text.lines.join(' ')).not.toContain('…');
    expect(second!.text.y).toBe(0);
    const rowLines = Math.max(first!.text.lines.length, second!.text.lines.length);
    expect(third!.text.y).toBeCloseTo(rowLines * line + spacing.xs, 9);
    expect(key.bottom).toBeCloseTo(third!.text.y + third!.text.lines.length * line + spacing.md, 9);
  });

  it('leaves a number missing from the list empty', () => {
    const key = layoutAxisKey(['A', 'B'], ['1'], 0, 0, 200, defaultTheme);
    expect(key.entries.map((e) => e.number)).toEqual(['1', '']);
  });
});
