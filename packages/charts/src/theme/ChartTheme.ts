/**
 * The visual tokens every chart reads: colours, type, spacing, focus ring, palettes. A chart never hard-codes
 * a colour or a font size; it takes them from a resolved `ChartTheme` (see resolveTheme).
 */
import type { ChartPalettes } from './palettes';

export type { ChartPalettes } from './palettes';

/** Colours of single marks and text. Everything but `grid` must reach 3:1 (marks) or 4.5:1 (text). */
export interface ChartColors {
  /** The chart's background, painted as the first SVG rect (so exported SVG/PNG is not transparent). */
  readonly background: string;
  /** Body text: titles, labels, values. */
  readonly text: string;
  /** Secondary text: subtitles, axis ticks, notes. Still ≥ 4.5:1. */
  readonly textMuted: string;
  /** Axis lines and tick marks. */
  readonly axis: string;
  /** Grid lines: decorative only (the values are printed), so exempt from the 3:1 rule. */
  readonly grid: string;
  /** The primary data mark (e.g. a bar). */
  readonly mark: string;
  /** A secondary data mark (e.g. a sub-goal's bar), lighter than `mark` but still ≥ 3:1. */
  readonly markSecondary: string;
  /** Reference lines such as the scale's neutral point. */
  readonly reference: string;
  /** A comparison marker (e.g. the mean of all goals). */
  readonly comparison: string;
}

export interface ChartFontSizes {
  readonly title: number;
  readonly subtitle: number;
  /** Category labels, e.g. goal texts. */
  readonly label: number;
  /** Group headers, e.g. survey sections (drawn bold). */
  readonly groupLabel: number;
  readonly tick: number;
  /** Printed data values. */
  readonly value: number;
  readonly small: number;
  readonly tooltip: number;
  /** The message of the loading, empty and error states. */
  readonly message: number;
}

export interface ChartSpacing {
  readonly xs: number;
  readonly sm: number;
  readonly md: number;
  readonly lg: number;
  readonly xl: number;
}

export interface ChartFocusRing {
  readonly color: string;
  /** Stroke width in px. */
  readonly width: number;
  /** Gap between the focused mark and the ring, in px. */
  readonly offset: number;
}

/** How missing values ("ei tietoa") look: a light fill hatched with a darker stroke, plus a printed label. */
export interface ChartMissing {
  readonly fill: string;
  /** Hatch stroke: ≥ 3:1 against the background. */
  readonly stroke: string;
  /** Distance between hatch lines, in px. */
  readonly spacing: number;
}

export interface ChartTooltipTheme {
  readonly background: string;
  readonly text: string;
  /** Field labels inside the tooltip; ≥ 4.5:1 against the tooltip background. */
  readonly textMuted: string;
  readonly border: string;
  /** Maximum width in px (the text wraps inside). */
  readonly maxWidth: number;
  readonly padding: number;
  readonly radius: number;
}

export interface ChartTheme extends ChartPalettes {
  /** CSS font family; the first family must be the one whose metrics text/ measures (Noto Sans). */
  readonly fontFamily: string;
  readonly fontSize: ChartFontSizes;
  /**
   * The smallest text the theme allows, in px: a layout never draws text smaller (it wraps, grows or
   * reports that the content does not fit, see layout/fitReport.ts). Slides: 20 px at 1920 × 1080.
   */
  readonly minFontSize: number;
  /** The smallest size of data labels and printed values (category labels, values), in px. */
  readonly minLabelFontSize: number;
  readonly fontWeight: { readonly normal: number; readonly bold: number };
  /** Line height as a multiple of the font size. */
  readonly lineHeight: number;
  readonly spacing: ChartSpacing;
  readonly colors: ChartColors;
  readonly missing: ChartMissing;
  readonly focusRing: ChartFocusRing;
  readonly tooltip: ChartTooltipTheme;
  /** Stroke width of reference and comparison lines, in px. */
  readonly referenceStrokeWidth: number;
}

/** A deep partial: any subset of a theme, for `resolveTheme` and the charts' `theme` prop. Arrays are replaced whole. */
export type DeepPartial<T> = {
  readonly [K in keyof T]?: T[K] extends readonly unknown[]
    ? T[K]
    : T[K] extends object
      ? DeepPartial<T[K]>
      : T[K];
};

/** What a chart's `theme` prop accepts: a partial override of the default theme. */
export type ThemeOverride = DeepPartial<ChartTheme>;
