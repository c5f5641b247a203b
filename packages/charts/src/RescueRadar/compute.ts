/**
 * RescueRadar's geometry, pure: (valid data, size, options, theme, locale) → every position, wrapped
 * label, path and scale. No React, no DOM; tested in tests/RescueRadar.compute.test.ts.
 *
 * Likert semantics: the radius scale is the rating scale [1, 5] and the centre is 1, the scale minimum
 * ("Ei lainkaan"), as GoalBarChart's bars start at 1. A centre at 0 would give every mean a length no
 * answer can have (a 3,0 would reach 60 % of the radius instead of 50 %) and shrink the differences
 * between the goals; the polygons' areas would exaggerate even more. The five scale values are labelled
 * rings, the neutral 3 ("Kohtalaisesti") is the emphasised reference ring, values are printed with one
 * decimal and the base ("n = 6/10 kuntaa") is shown under the title.
 *
 * Arrangement (arrangement.ts): up to three series overlaid in one radar while its plot stays at least
 * about 240 px across; otherwise small multiples (multiples.ts), one radar per series on the same scale.
 */
import { hyphenationFor } from '../text/hyphenation';
import { fitsWhole } from '../layout/fitReport';
import { multiplesBeforeLayout, overlayTooSmall } from './arrangement';
import type { RescueRadarLayout, RescueRadarLayoutInput } from './layoutTypes';
import { layoutMultiples } from './multiples';
import { layoutOverlay } from './overlay';
import { prepareRadarValues } from './plot';

export { DEFAULT_RADAR_LABEL_LINES, SCALE_DOMAIN } from './plot';
export { radarPlotHeight } from './frame';
export type {
  RadarAxisLayout,
  RadarPanelLayout,
  RadarPointLayout,
  RadarSeriesLayout,
  RescueRadarLayout,
  RescueRadarLayoutInput,
  RescueRadarOptions,
} from './layoutTypes';

function layoutAtHeight(input: RescueRadarLayoutInput): RescueRadarLayout {
  const prep = prepareRadarValues(input);
  const early = multiplesBeforeLayout(input);
  if (early) return layoutMultiples(input, prep, early);
  const overlay = layoutOverlay(input, prep);
  const panel = overlay.panels[0];
  if (overlayTooSmall(input, panel?.radius ?? 0, overlay.labelsFit)) {
    return layoutMultiples(input, prep, 'narrow');
  }
  if (input.height === undefined) return overlay;
  return { ...overlay, fit: fitsWhole(overlay.height, 'series', input.data.series.length) };
}

/** The last natural-height layout: ResponsiveChart asks for the height, then the drawing for the layout. */
let lastNatural: {
  input: RescueRadarLayoutInput;
  layout: RescueRadarLayout;
  /** Whether the locale's hyphenation patterns were registered (Swedish loads on demand). */
  hyphenated: boolean;
} | null = null;

const hyphenated = (input: RescueRadarLayoutInput) => hyphenationFor(input.locale) !== undefined;

function sameInput(a: RescueRadarLayoutInput, b: RescueRadarLayoutInput): boolean {
  return (
    lastNatural?.hyphenated === hyphenated(b) &&
    a.data === b.data &&
    a.width === b.width &&
    a.locale === b.locale &&
    a.theme === b.theme &&
    a.options === b.options
  );
}

/**
 * The layout at `width` × `height` (natural height when omitted). With a fixed height the layout's `fit`
 * says whether it fits (text is never made smaller than the theme's); small multiples that do not fit
 * keep their natural height and carry a split plan by series.
 */
export function computeRescueRadarLayout(input: RescueRadarLayoutInput): RescueRadarLayout {
  const cached = lastNatural;
  if (input.height === undefined) {
    if (cached && sameInput(cached.input, input)) return cached.layout;
    const layout = layoutAtHeight(input);
    lastNatural = { input, layout, hyphenated: hyphenated(input) };
    return layout;
  }
  // At its own natural height the layout is the natural one (computed once for the height already).
  if (cached && sameInput(cached.input, input) && cached.layout.height === input.height) {
    const { layout } = cached;
    return { ...layout, fit: fitsWhole(layout.height, 'series', input.data.series.length) };
  }
  return layoutAtHeight(input);
}

/** The natural height at a width (header, legend or key, and the plots), for ResponsiveChart. */
export function rescueRadarNaturalHeight(input: Omit<RescueRadarLayoutInput, 'height'>): number {
  return computeRescueRadarLayout(input).height;
}
