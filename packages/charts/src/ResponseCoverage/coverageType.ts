/**
 * ResponseCoverage's type sizes and spacing at a type scale, pure. Every size is clamped to the theme's
 * minimums (names are labels: `minLabelFontSize`; statuses, populations, the legend and notes:
 * `minFontSize`), so no layout ever draws smaller text, whatever the theme or scale.
 *
 * The hierarchy, largest first: the chart title (the header's, never scaled) › the headline
 * "6/10 kuntaa vastasi" (HEADLINE_RATIO of the title, bold: the key figure, read right after the title
 * but not competing with it) › the municipality names (bold) › statuses and populations. A type scale
 * (larger type when a fixed height leaves room) is only allowed while the names stay at most the
 * headline's size (`scaleAllowed`).
 */
import type { Locale } from '@yhdyspinta/data';
import type { ChartTheme } from '../theme/ChartTheme';

/** The headline's size as a share of the title's (18 → 15.3 px; slides 40 → 34 px). */
export const HEADLINE_RATIO = 0.85;

export interface CoverageType {
  readonly scale: number;
  /** The language of the texts (hyphenation of overlong words). */
  readonly locale: Locale;
  /** Municipality names (bold). */
  readonly name: number;
  /** Statuses, populations and the legend. */
  readonly small: number;
  /** "6/10 kuntaa vastasi" (bold). */
  readonly headline: number;
  /** The population notes under the headline. */
  readonly note: number;
  readonly bold: number;
  readonly normal: number;
  /** Line height as a multiple of the font size. */
  readonly lineHeight: number;
  /** Padding inside a tile. */
  readonly tilePad: number;
  /** The status icon's diameter. */
  readonly icon: number;
  /** The small gap between a tile's parts (and between an icon and its text). */
  readonly xs: number;
  /** The chart's side margin (the header's). */
  readonly margin: number;
}

/** The sizes at `scale` (1 = the theme's), never below the theme's minimums. */
export function coverageType(
  theme: ChartTheme,
  scale: number,
  locale: Locale = 'fi',
): CoverageType {
  const { fontSize, fontWeight, spacing, minFontSize, minLabelFontSize } = theme;
  const small = Math.max(fontSize.small * scale, minFontSize);
  return {
    scale,
    locale,
    name: Math.max(fontSize.label * scale, minLabelFontSize),
    small,
    headline: headlineSize(theme),
    note: Math.max(fontSize.subtitle, minFontSize),
    bold: fontWeight.bold,
    normal: fontWeight.normal,
    lineHeight: theme.lineHeight,
    tilePad: spacing.sm * scale,
    icon: small * 1.1,
    xs: spacing.xs,
    margin: spacing.md,
  };
}

/** The headline's size: HEADLINE_RATIO of the title, at least the theme's minimum. */
export function headlineSize(theme: ChartTheme): number {
  return Math.max(theme.fontSize.title * HEADLINE_RATIO, theme.minFontSize);
}

/** Whether names at `scale` stay at most the headline's size (the hierarchy holds). */
export function scaleAllowed(theme: ChartTheme, scale: number): boolean {
  return coverageType(theme, scale).name <= headlineSize(theme) + 1e-9;
}
