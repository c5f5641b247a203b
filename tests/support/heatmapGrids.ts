/**
 * Illustrative ThemeHeatmap grids and layout options shared by its compute tests
 * (tests/ThemeHeatmap.compute.test.ts, public, and tests/internals/ThemeHeatmap.compute.test.ts).
 */
import { defaultTheme } from '@yhdyspinta/charts';
import type { ChartTheme, HeatmapData } from '@yhdyspinta/charts';

/** Deterministic pseudo-random numbers (LCG) for illustrative grids. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** An illustrative rows × columns grid of counts or ratings, about 6 % missing. */
export function grid(
  rows: number,
  columns: number,
  kind: 'count' | 'rating',
  seed = 7,
): HeatmapData {
  const rnd = seeded(seed);
  return {
    kind,
    rows: Array.from({ length: rows }, (_, i) => ({
      id: `r${i}`,
      label: `Kunta tai tavoite ${i + 1}`,
    })),
    columns: Array.from({ length: columns }, (_, i) => ({
      id: `c${i}`,
      label: i % 3 === 0 ? `Pitkä sarakkeen nimi numero ${i + 1} joka ei mahdu` : `Sarake ${i + 1}`,
    })),
    values: Array.from({ length: rows }, () =>
      Array.from({ length: columns }, () => {
        if (rnd() < 0.06) return null;
        return kind === 'count' ? Math.floor(rnd() * 12) : Math.round((1 + rnd() * 4) * 10) / 10;
      }),
    ),
  };
}

/** computeThemeHeatmapLayout's options: Finnish, a test title, the default theme unless given. */
export const options = (width: number, theme: ChartTheme = defaultTheme, height?: number) => ({
  width,
  height,
  locale: 'fi' as const,
  theme,
  title: 'Testikaavio',
});
