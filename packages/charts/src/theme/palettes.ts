/**
 * Palettes. The categorical one is based on Okabe & Ito's colour-blind-safe set ("Color Universal
 * Design", 2008): the hues are theirs, the light ones darkened just enough to reach 3:1 on white (WCAG 2.1
 * SC 1.4.11); yellow is left out because no yellow reaches 3:1 on white. Values are tested in
 * tests/charts/theme.test.ts.
 */

/** Okabe–Ito based categorical palette for white backgrounds (≥ 3:1 each). */
export const SERIES_PALETTE: readonly string[] = [
  '#0072B2', // blue (Okabe–Ito)
  '#D55E00', // vermillion (Okabe–Ito)
  '#009E73', // bluish green (Okabe–Ito)
  '#B5658F', // reddish purple, darkened from #CC79A7
  '#9A6200', // orange, darkened from #E69F00
  '#4D4D4D', // dark grey in place of black, so it stays apart from text
];

/** The same hues darker still, ≥ 4.5:1 on white, for the high-contrast theme. */
export const SERIES_PALETTE_HIGH_CONTRAST: readonly string[] = [
  '#004C78',
  '#A33F00',
  '#006B4E',
  '#8A3D6E',
  '#7A5200',
  '#333333',
];

/**
 * Single-hue blue sequence, low → high (ColorBrewer "Blues" upper range), every step ≥ 3:1 on white. Values
 * printed on a step use `readableTextColor` (dark text on the lightest steps, white on the darker ones).
 */
export const SEQUENTIAL_PALETTE: readonly string[] = [
  '#4292C6',
  '#2B7BBA',
  '#1A65A8',
  '#0B4F91',
  '#08306B',
];

/** Darker sequence for the high-contrast theme, every step ≥ 4.5:1 on white (white text on every step). */
export const SEQUENTIAL_PALETTE_HIGH_CONTRAST: readonly string[] = [
  '#1F78B4',
  '#15599A',
  '#0E4A86',
  '#0A3B70',
  '#051E40',
];
