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
 */
import type { Box } from '../geometry/box';
import { assembleRadarLayout, placeRadarValues } from './assemble';
import type { RescueRadarLayout, RescueRadarLayoutInput } from './layoutTypes';
import { layoutRadarPlot, prepareRadarValues } from './plot';
import { ringLabelsClear } from './rings';

export { radarPlotHeight, rescueRadarNaturalHeight } from './frame';
export { DEFAULT_RADAR_LABEL_LINES, SCALE_DOMAIN } from './plot';
export type {
  RadarAxisLayout,
  RadarPointLayout,
  RadarSeriesLayout,
  RescueRadarLayout,
  RescueRadarLayoutInput,
  RescueRadarOptions,
} from './layoutTypes';

/**
 * The layout at `width` × `height` (natural height when omitted). The rings carry the level names when
 * they fit between the rings and clear of the axis labels, the points and the printed values (the data
 * comes first); otherwise the rings show their numbers and a scale key ("Asteikko: 1 = Ei lainkaan, …")
 * goes into the header notes. The cheap tests come first: the values are placed for the named rings only
 * when the rings already clear the axis labels and the markers.
 */
export function computeRescueRadarLayout(input: RescueRadarLayoutInput): RescueRadarLayout {
  const prep = prepareRadarValues(input);
  const named = layoutRadarPlot(input, true, prep);
  const ringGap = named.scale(2) - named.scale(1);
  const mr = named.markerRadius;
  if (ringGap >= input.theme.fontSize.tick * input.theme.lineHeight) {
    const marks = prep.values.flatMap((value, i) =>
      value === null
        ? []
        : [
            {
              x: (named.xs[i] ?? 0) - mr,
              y: (named.ys[i] ?? 0) - mr,
              width: 2 * mr,
              height: 2 * mr,
            },
          ],
    );
    if (ringLabelsClear(named.rings, [...named.axes.map((a) => a.box), ...marks], named.bounds)) {
      const values = placeRadarValues(input, named, prep);
      const placed = values.filter((b): b is Box => b !== null);
      if (ringLabelsClear(named.rings, placed, named.bounds)) {
        return assembleRadarLayout(input, named, values, prep);
      }
    }
  }
  const numbered = layoutRadarPlot(input, false, prep);
  return assembleRadarLayout(input, numbered, placeRadarValues(input, numbered, prep), prep);
}
