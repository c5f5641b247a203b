// ThemeHeatmap jsdom-test helpers shared by tests/ThemeHeatmap.test.tsx and .data.test.tsx: the title,
// the shipped memo counts and a cell of them, the focusable cell, and an ILLUSTRATIVE seeded grid.
import { screen } from '@testing-library/react';
import { themeCounts } from '@yhdyspinta/data';
import type { HeatmapData } from '@yhdyspinta/charts';

export const TITLE = 'Yhteistyön teemat kunnittain';
export const counts = themeCounts();
export const cell = (row: number, column: number) => counts.cells[row]?.[column];

export function focusable() {
  return screen.getByRole('graphics-symbol');
}

export function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

export function illustrativeGrid(rows: number, columns: number): HeatmapData {
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
