/**
 * The three shipped themes. All share the chart font, Noto Sans (its metrics are in text/), with system
 * fallbacks. Colour choices are checked for WCAG 2.1 contrast in tests/charts/theme.test.ts.
 */
import type { ChartTheme } from './ChartTheme';
import {
  DIVERGING_PALETTE,
  DIVERGING_PALETTE_HIGH_CONTRAST,
  SEQUENTIAL_PALETTE,
  SEQUENTIAL_PALETTE_HIGH_CONTRAST,
  SERIES_PALETTE,
  SERIES_PALETTE_HIGH_CONTRAST,
} from './palettes';

/** The font family every theme renders with; text/ measures with Noto Sans metrics. */
export const CHART_FONT_FAMILY = "'Noto Sans', Arial, Helvetica, sans-serif";

/** For dashboards and intranet pages (about 13 px labels). */
export const defaultTheme: ChartTheme = {
  fontFamily: CHART_FONT_FAMILY,
  fontSize: {
    title: 18,
    subtitle: 13,
    label: 13,
    groupLabel: 13,
    tick: 12,
    value: 13,
    small: 12,
    tooltip: 13,
    message: 15,
  },
  minFontSize: 12,
  minLabelFontSize: 12,
  fontWeight: { normal: 400, bold: 700 },
  lineHeight: 1.35,
  spacing: { xs: 4, sm: 8, md: 12, lg: 16, xl: 24 },
  colors: {
    background: '#FFFFFF',
    text: '#1B1B1B',
    textMuted: '#595959',
    axis: '#595959',
    grid: '#DDDDDD',
    mark: '#0072B2',
    markSecondary: '#4A90C8',
    reference: '#595959',
    comparison: '#D55E00',
  },
  series: SERIES_PALETTE,
  sequential: SEQUENTIAL_PALETTE,
  diverging: DIVERGING_PALETTE,
  missing: { fill: '#F2F2F2', stroke: '#767676', spacing: 6 },
  focusRing: { color: '#1B1B1B', width: 2, offset: 3 },
  tooltip: {
    background: '#1B1B1B',
    text: '#FFFFFF',
    textMuted: '#D4D4D4',
    border: '#1B1B1B',
    maxWidth: 320,
    padding: 10,
    radius: 4,
  },
  referenceStrokeWidth: 1.5,
};

type ThemeChanges = { readonly [K in keyof ChartTheme]?: Partial<ChartTheme[K]> };

/**
 * `base` with `changes` on top, one level deep (a changed group such as `tooltip` keeps the base's other
 * fields). Called with plain literals and marked pure, so a bundle that never uses a derived theme drops
 * it: a top-level object spread would be kept, as bundlers cannot prove it has no effect.
 */
function derive(base: ChartTheme, changes: ThemeChanges): ChartTheme {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(changes)) {
    const current = merged[key];
    merged[key] =
      value && typeof value === 'object' && !Array.isArray(value) && current
        ? { ...current, ...value }
        : value;
  }
  return merged as unknown as ChartTheme;
}

/**
 * For 1920×1080 slides seen from the back of a room: about twice the default type and spacing. Render
 * at width 1920 and height 1080 (or a multiple of 16:9).
 */
export const slideTheme: ChartTheme = /* @__PURE__ */ derive(defaultTheme, {
  fontSize: {
    title: 40,
    subtitle: 26,
    label: 26,
    groupLabel: 22,
    tick: 22,
    value: 26,
    small: 22,
    tooltip: 24,
    message: 32,
  },
  minFontSize: 20,
  minLabelFontSize: 22,
  lineHeight: 1.25,
  spacing: { xs: 6, sm: 12, md: 20, lg: 28, xl: 40 },
  missing: { spacing: 10 },
  focusRing: { color: '#1B1B1B', width: 4, offset: 5 },
  tooltip: { maxWidth: 640, padding: 20, radius: 8 },
  referenceStrokeWidth: 3,
});

/** Black on white, every mark ≥ 4.5:1 and text ≥ 7:1, thicker lines and focus ring. */
export const highContrastTheme: ChartTheme = /* @__PURE__ */ derive(defaultTheme, {
  colors: {
    background: '#FFFFFF',
    text: '#000000',
    textMuted: '#1B1B1B',
    axis: '#000000',
    grid: '#767676',
    mark: '#004C78',
    markSecondary: '#15599A',
    reference: '#000000',
    comparison: '#A33F00',
  },
  series: SERIES_PALETTE_HIGH_CONTRAST,
  sequential: SEQUENTIAL_PALETTE_HIGH_CONTRAST,
  diverging: DIVERGING_PALETTE_HIGH_CONTRAST,
  missing: { fill: '#FFFFFF', stroke: '#000000', spacing: 5 },
  focusRing: { color: '#000000', width: 3, offset: 3 },
  tooltip: {
    background: '#000000',
    textMuted: '#FFFFFF',
    border: '#000000',
  },
  referenceStrokeWidth: 2,
});
