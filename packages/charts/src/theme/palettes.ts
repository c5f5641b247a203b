/**
 * Palettes. Values are tested in tests/charts/theme.test.ts (WCAG contrast) and, for colour-vision
 * deficiencies, in tests/charts/colourVision.test.ts (culori's Machado et al. filters at full severity,
 * CIEDE2000).
 *
 * Series colours: every pair ΔE₀₀ ≥ 10 under normal vision and simulated protanopia, deuteranopia and
 * tritanopia, each ≥ 3:1 on white (WCAG 2.1 SC 1.4.11; ≥ 4.5:1 in the high-contrast set). The first three
 * are Okabe & Ito's colour-blind-safe blue, vermillion and bluish green ("Color Universal Design", 2008),
 * the ones most charts show; the rest were chosen by a max–min search over sRGB for the largest smallest
 * ΔE₀₀ to those three and each other under the four visions (measured minimum 12.8; the high-contrast
 * set 14.0). Okabe–Ito's orange and reddish purple are not used: darkened to 3:1 they fall within ΔE₀₀ 2
 * of vermillion (protanopia) and 7 of the green (deuteranopia).
 *
 * The contrast rule for ramps (sequential, diverging): a mark that carries meaning needs 3:1 against its
 * neighbours (the background) OR an outline that has it. Ramp steps near white — the first sequential step,
 * so that 0 reads as none, and the diverging middle — are therefore drawn with such an outline, and every
 * step can carry its value printed at 4.5:1 (`readableTextColor`). Neighbouring ramp steps are told apart
 * by ΔE₀₀ ≥ 10 under normal vision and simulated protanopia, deuteranopia and tritanopia.
 */

/** The theme's palettes: categorical, sequential and diverging (below). */
export interface ChartPalettes {
  /**
   * Categorical series colours, each ≥ 3:1 on the background, every pair ΔE₀₀ ≥ 10 under normal vision
   * and simulated protanopia, deuteranopia and tritanopia (tests/charts/colourVision.test.ts).
   */
  readonly series: readonly string[];
  /**
   * Sequential palette from low to high (e.g. heatmap cells), ordered by lightness, the first step near
   * the background so that 0 reads as none. Steps lighter than 3:1 on the background are drawn with an
   * outline or a printed value (see above); neighbouring steps ΔE₀₀ ≥ 10 under every vision.
   */
  readonly sequential: readonly string[];
  /**
   * Diverging palette from low to high with an odd number of steps: low (bad) in one hue, the middle step
   * a neutral near white (e.g. the neutral 3 of a 1–5 rating), high (good) in another hue. Neighbouring
   * steps are ΔE₀₀ ≥ 10 apart under simulated protanopia, deuteranopia and tritanopia. Steps lighter than
   * 3:1 on the background must be drawn with an outline or a printed value (see above).
   */
  readonly diverging: readonly string[];
}

/** Categorical palette for white backgrounds: 8 colours, each ≥ 3:1, pairwise ΔE₀₀ ≥ 12.8 (see above). */
export const SERIES_PALETTE: readonly string[] = [
  '#0072B2', // blue (Okabe–Ito)
  '#D55E00', // vermillion (Okabe–Ito)
  '#009E73', // bluish green (Okabe–Ito)
  '#881133', // wine
  '#4400CC', // indigo
  '#CC7788', // rose
  '#AA77FF', // lavender
  '#554411', // dark olive brown
];

/**
 * The high-contrast theme's series: the same hue families where they survive darkening, each ≥ 4.5:1 on
 * white, pairwise ΔE₀₀ ≥ 14 under the four visions.
 */
export const SERIES_PALETTE_HIGH_CONTRAST: readonly string[] = [
  '#004C78', // dark blue
  '#AA6600', // ochre
  '#008855', // green
  '#880022', // wine
  '#8800FF', // violet
  '#996688', // mauve
  '#444411', // dark olive
];

/**
 * Single-hue blue sequence, low → high: d3-scale-chromatic `interpolateBlues` sampled at 0, 0.285, 0.48,
 * 0.65, 0.78 and 1 — spaced for the largest smallest ΔE₀₀ between neighbours under every vision (11.1),
 * with no step in the mid-lightness band where neither the text colour nor white reaches 4.5:1. It starts
 * near white so that 0 reads as none; the lighter steps are below 3:1 on white and are drawn outlined
 * (rule above). Values printed on a step use `readableTextColor` (dark text on the light steps, white on
 * the dark ones).
 */
export const SEQUENTIAL_PALETTE: readonly string[] = [
  '#F7FBFF',
  '#BAD6EB',
  '#74B2D7',
  '#3C8BC3',
  '#1C69AE',
  '#08306B',
];

/**
 * Darker sequence for the high-contrast theme, still starting near white: `interpolateBlues` at 0, 0.45,
 * 0.715, 0.85 and 1; from the third step on ≥ 4.5:1 on white (neighbours ΔE₀₀ ≥ 11).
 */
export const SEQUENTIAL_PALETTE_HIGH_CONTRAST: readonly string[] = [
  '#F7FBFF',
  '#80B9DA',
  '#2B7AB9',
  '#0F579F',
  '#08306B',
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
