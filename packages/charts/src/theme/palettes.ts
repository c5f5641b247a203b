/**
 * Palettes. The categorical one is based on Okabe & Ito's colour-blind-safe set ("Color Universal
 * Design", 2008): the hues are theirs, the light ones darkened just enough to reach 3:1 on white (WCAG 2.1
 * SC 1.4.11); yellow is left out because no yellow reaches 3:1 on white. Values are tested in
 * tests/charts/theme.test.ts and, for colour-vision deficiencies, tests/charts/colourVision.test.ts.
 *
 * The contrast rule for ramps (sequential, diverging): a mark that carries meaning needs 3:1 against its
 * neighbours (the background) OR an outline that has it. Ramp steps near white — the first sequential step,
 * so that 0 reads as none, and the diverging middle — are therefore drawn with such an outline, and every
 * step can carry its value printed at 4.5:1 (`readableTextColor`). Neighbouring ramp steps are told apart
 * by ΔE₀₀ ≥ 10 under normal vision and simulated protanopia, deuteranopia and tritanopia.
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

/**
 * Diverging palette, low → neutral → high, for values on both sides of a middle (e.g. 1–5 ratings centred
 * on the neutral 3): low = bad in red, the middle near white, high = good in blue. ColorBrewer "RdBu" with
 * five classes (d3-scale-chromatic `schemeRdBu[5]`, already red → blue): red and blue stay apart under
 * every colour-vision deficiency (tested in tests/charts/colourVision.test.ts). The three middle steps are
 * lighter than 3:1 on white, so cells drawn in them need an outline (see the rule at the top).
 */
export const DIVERGING_PALETTE: readonly string[] = [
  '#CA0020',
  '#F4A582',
  '#F7F7F7',
  '#92C5DE',
  '#0571B0',
];

/**
 * Stronger diverging palette for the high-contrast theme: d3-scale-chromatic `interpolateRdBu` sampled at
 * 0, 0.2, 0.5, 0.8 and 1 (darker ends ≥ 4.5:1 on white, the middle still near white).
 */
export const DIVERGING_PALETTE_HIGH_CONTRAST: readonly string[] = [
  '#67001F',
  '#D56050',
  '#F2EFEE',
  '#4B94C4',
  '#053061',
];
