/**
 * The overlaid arrangement, pure: one radar with every series (up to three), the series legend under
 * the header, the goal texts wrapped around the plot (into the free side margins before any "…"), and
 * under a goal's text "ei tietoa" where a series has no value on it (naming the series when there are
 * several; a series with no value at all says so in the legend instead).
 */
import { seriesMarkerRadius, seriesStyle } from '../common/seriesStyle';
import { rescueRadarMessages } from '../locale/rescueRadar';
import { radarValue } from './describe';
import { radarHeaderAndLegend, radarPlotHeight } from './frame';
import { createLabelWrapper } from './labelWrap';
import type { RescueRadarLayout, RescueRadarLayoutInput } from './layoutTypes';
import { layoutPanelData, layoutPanelDataWithAllRingLabels } from './panel';
import type { PanelData } from './panel';
import { fitPanel } from './plot';
import type { PanelGeometry, PreparedValues } from './plot';
import { ringLabelsClear } from './rings';
import { finishLayout } from './finish';
import { styleOffset } from './arrangement';

/** The note under each axis label: the series without a value there (null: none). */
function axisNotes(input: RescueRadarLayoutInput): (string | null)[] {
  const { data, locale } = input;
  const words = rescueRadarMessages(locale);
  const rated = data.series.filter((s) => data.axes.some((a) => radarValue(s, a) !== null));
  return data.axes.map((axis) => {
    const missing = rated.filter((s) => radarValue(s, axis) === null);
    if (missing.length === 0) return null;
    return words.axisNoData(data.series.length > 1 ? missing.map((s) => s.label) : []);
  });
}

interface Variant {
  readonly geometry: PanelGeometry;
  readonly data: PanelData | null;
  readonly height: number;
  readonly header: RescueRadarLayout['header'];
  readonly legend: RescueRadarLayout['legend'];
}

function variant(
  input: RescueRadarLayoutInput,
  prep: PreparedValues,
  withLevels: boolean,
  wrap: ReturnType<typeof createLabelWrapper>,
): Variant {
  const { data, width, theme, options } = input;
  const { spacing, fontSize } = theme;
  const { header, legend, top } = radarHeaderAndLegend(input, !withLevels);
  const height = input.height ?? Math.ceil(top + radarPlotHeight(width) + spacing.md);
  const bounds = { left: spacing.md, right: width - spacing.md, top, bottom: height - spacing.md };
  const markerRadius = seriesMarkerRadius(theme);
  const geometry = fitPanel(
    {
      chart: input,
      labels: data.axes.map((a) => a.label),
      wrap,
      bounds,
      maxLabelLines: options.maxLabelLines,
      labelWidth: Math.min(
        16 * fontSize.label,
        Math.max(6 * fontSize.label, (bounds.right - bounds.left) * 0.28),
      ),
    },
    markerRadius,
  );
  const panelInput = {
    chart: input,
    geometry,
    panel: 0,
    seriesIndices: data.series.map((_, i) => i),
    styles: data.series.map((_, i) => seriesStyle(i + styleOffset(options), theme)),
    prep,
    withLevels,
    markerRadius,
    note: null,
  };
  // The level names need a line of room between two rings.
  const roomForNames = geometry.radius / 4 >= fontSize.tick * theme.lineHeight;
  const panelData = withLevels
    ? roomForNames
      ? layoutPanelDataWithAllRingLabels(panelInput)
      : null
    : layoutPanelData(panelInput);
  return { geometry, data: panelData, height, header, legend };
}

/**
 * The overlaid layout. The rings carry the level names ("3 Kohtalaisesti") when they fit between the
 * rings, clear of the axis labels and the points, and cost no printed value; otherwise they show their
 * numbers and a scale key goes into the header notes.
 */
export function layoutOverlay(input: RescueRadarLayoutInput, prep: PreparedValues) {
  const { theme, data } = input;
  const wrap = createLabelWrapper(
    data.axes.map((a) => a.label),
    theme.fontSize.label,
    theme.fontSize.label * theme.lineHeight,
    axisNotes(input),
    input.locale,
  );
  const named = variant(input, prep, true, wrap);
  const present = prep.values.filter((v) => v !== null).length;
  const namedData = named.data;
  const namedOk =
    namedData !== null &&
    ringLabelsClear(
      namedData.panel.rings,
      named.geometry.axes.map((a) => a.box),
      named.geometry.bounds,
    );
  let chosen = named;
  let chosenData = namedData;
  if (!namedOk || !chosenData || (input.options.showValues && chosenData.printed < present)) {
    const numbered = variant(input, prep, false, wrap);
    if (!namedOk || !chosenData || (numbered.data?.printed ?? 0) > chosenData.printed) {
      chosen = numbered;
      chosenData = numbered.data;
    }
  }
  // The numbered rings always give a layout (only the named trial gives up).
  const panel = chosenData ?? (variant(input, prep, false, wrap).data as PanelData);
  return finishLayout(input, {
    arrangement: 'overlay',
    multiplesReason: null,
    height: chosen.height,
    header: chosen.header,
    legend: chosen.legend,
    panels: [panel],
    axisKey: [],
    labelsFit: chosen.geometry.fits,
    bounds: chosen.geometry.bounds,
    fit: undefined,
  });
}
