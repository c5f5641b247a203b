/**
 * The small multiples, pure: one small radar per series, all on the same scale (one fitted plot,
 * translated to each panel), in as many columns as keep each plot at least MIN_PANEL_DIAMETER across.
 * The spokes carry the goals' numbers and the goals' full texts are in a key under the header (never
 * cut); each panel is headed by its series' sample line, marker and name ("Lohja – ei tietoa" for a
 * series without any value), and a note under a panel names its axes without a value ("Ei tietoa: 3").
 *
 * At a fixed height the panels shrink down to their minimum size; if the rows still do not fit, the
 * layout keeps its natural height and says so in `fit`: pages of whole rows of series (unit 'series'),
 * each with the header and the key, that fit the height.
 */
import { seriesMarkerRadius, seriesStyle } from '../common/seriesStyle';
import { styleOffset } from './arrangement';
import { fitsWhole, splitPages } from '../layout/fitReport';
import type { FitReport } from '../layout/fitReport';
import type { SeriesLegendEntry, SeriesLegendLayout } from '../layout/seriesLegend';
import { rescueRadarMessages } from '../locale/rescueRadar';
import { measureText } from '../text/measureText';
import { wrapText } from '../text/wrapText';
import { layoutAxisKey } from './axisKey';
import { minPlotDiameter } from './arrangement';
import { radarValue } from './describe';
import { finishLayout } from './finish';
import { radarHeaderAndLegend, radarPlotHeight, seriesNames } from './frame';
import { createLabelWrapper } from './labelWrap';
import type { MultiplesReason, RescueRadarLayout, RescueRadarLayoutInput } from './layoutTypes';
import { layoutPanelData } from './panel';
import { fitPanel, labelGap, translatePanel } from './plot';
import type { PreparedValues } from './plot';

/** The smallest plot of a small multiple at the default type, in px (scaled with the theme's type). */
export const MIN_PANEL_DIAMETER = 180;

/** Lines of a panel's heading (the series' name) before "…" (the full name is in every point's name). */
const HEADING_LINES = 4;

/** The narrowest key beside the panels, in em of the label font. */
const KEY_BESIDE_EM = 14;

/** Whether a layout's fit leaves a plan (fits, or pages that each fit). */
const planned = (layout: RescueRadarLayout) =>
  !layout.fit || layout.fit.fits || layout.fit.pages.length > 0;

/**
 * The small multiples with the axis key under the header; at a fixed height where not even one row of
 * panels fits under that key, with the key in one column beside the panels (fewer panels a row) when that
 * leaves a plan: six long-named series on a 4:3 slide in Swedish are pages of two, never shrunk.
 */
export function layoutMultiples(
  input: RescueRadarLayoutInput,
  prep: PreparedValues,
  reason: MultiplesReason,
): RescueRadarLayout {
  const above = layoutMultiplesWith(input, prep, reason, false);
  if (input.height === undefined || planned(above)) return above;
  const beside = layoutMultiplesWith(input, prep, reason, true);
  return planned(beside) ? beside : above;
}

function layoutMultiplesWith(
  input: RescueRadarLayoutInput,
  prep: PreparedValues,
  reason: MultiplesReason,
  keyBeside: boolean,
): RescueRadarLayout {
  const { data, width, theme, locale, options } = input;
  const { spacing, fontSize, lineHeight } = theme;
  const words = rescueRadarMessages(locale);
  const count = data.series.length;
  const n = data.axes.length;
  const { header, top } = radarHeaderAndLegend(
    input,
    true,
    words.multiplesNote(reason, count),
    false,
  );
  const left = spacing.md;
  const colGap = spacing.lg;
  const whole = Math.max(1, width - 2 * spacing.md);
  const numbers = data.axes.map((_, i) => String(i + 1));
  const labelFont = fontSize.label;
  const labelLH = labelFont * lineHeight;
  const numberWidth = Math.max(...numbers.map((t) => measureText(t, labelFont)));
  const markerRadius = seriesMarkerRadius(theme);
  const toLabel = labelGap(theme, markerRadius) + spacing.xs;
  const minDiameter = minPlotDiameter(MIN_PANEL_DIAMETER, theme);
  const minPanelWidth = minDiameter + 2 * (toLabel + numberWidth);
  // Beside the panels, the key takes what two panels a row (one for one series) leave, at least
  // KEY_BESIDE_EM; else what one panel leaves.
  const besideWidth = (panels: number) =>
    whole - colGap - panels * (minPanelWidth + colGap) + colGap;
  const least = KEY_BESIDE_EM * labelFont;
  const keyWidth = !keyBeside
    ? whole
    : count > 1 && besideWidth(2) >= least
      ? besideWidth(2)
      : Math.max(least, besideWidth(1));
  // The panels' width: all of it, or what the key beside them leaves.
  const inner = keyBeside ? Math.max(1, whole - keyWidth - colGap) : whole;
  const key = layoutAxisKey(
    data.axes.map((a) => a.label),
    numbers,
    top,
    keyBeside ? left + inner + colGap : left,
    keyWidth,
    theme,
    locale,
  );
  const tilesTop = keyBeside ? top : key.bottom;

  // Columns: as many as keep each panel's plot at least the minimum across.
  let most = 1;
  for (let c = count; c > 1; c -= 1) {
    if ((inner - (c - 1) * colGap) / c >= minPanelWidth) {
      most = c;
      break;
    }
  }
  // Balanced rows: 6 series in 3 + 3 rather than 5 + 1.
  const columns = Math.ceil(count / Math.ceil(count / most));
  const panelWidth = (inner - (columns - 1) * colGap) / columns;
  const rows = Math.ceil(count / columns);

  // Headings (sample and name, up to HEADING_LINES lines) and the notes of missing axes: the same height for all.
  const small = fontSize.small;
  const smallLH = small * lineHeight;
  const swatch = Math.round(small * 2.2);
  const names = seriesNames(input);
  const headings = names.map(
    (name) =>
      wrapText(name, {
        maxWidth: Math.max(1, panelWidth - swatch - spacing.xs),
        fontSize: small,
        maxLines: HEADING_LINES,
        locale,
      }).lines,
  );
  const headingHeight = Math.max(...headings.map((l) => l.length)) * smallLH + spacing.xs;
  const noteTexts = data.series.map((s) => {
    const missing = data.axes.flatMap((a, i) => (radarValue(s, a) === null ? [numbers[i]] : []));
    return missing.length > 0 && missing.length < n ? words.panelNoData(missing.join(', ')) : null;
  });
  const noteLines = noteTexts.map((t) =>
    t ? wrapText(t, { maxWidth: panelWidth, fontSize: small, locale }).lines : [],
  );
  const noteHeight = Math.max(0, ...noteLines.map((l) => l.length)) * smallLH;

  // The plot's height: square up to the single radar's natural height; at a fixed height, what fits.
  const naturalPlot = Math.min(panelWidth, radarPlotHeight(width));
  const minPlot = minDiameter + 2 * (toLabel + labelLH);
  const rowGap = spacing.lg;
  const rowHeight = (plot: number) => headingHeight + plot + noteHeight;
  const heightWith = (plot: number) =>
    Math.ceil(
      Math.max(
        keyBeside ? key.bottom : 0,
        tilesTop + rows * rowHeight(plot) + (rows - 1) * rowGap + spacing.md,
      ),
    );
  let plot = naturalPlot;
  let fit: FitReport | undefined;
  if (input.height !== undefined) {
    // A key beside the panels taller than the height leaves no room at all.
    const keyFits = !keyBeside || key.bottom <= input.height;
    const available = keyFits ? input.height - tilesTop - spacing.md : 0;
    const fitted = (available - (rows - 1) * rowGap) / rows - headingHeight - noteHeight;
    if (fitted >= minPlot) {
      plot = Math.min(naturalPlot, fitted);
      fit = fitsWhole(heightWith(plot), 'series', count);
    } else {
      const heights = data.series.map((_, i) =>
        i % columns === 0 ? rowHeight(minPlot) + rowGap : 0,
      );
      const starts = new Set(data.series.flatMap((_, i) => (i % columns === 0 ? [i] : [])));
      fit = {
        fits: false,
        neededHeight: heightWith(naturalPlot),
        unit: 'series',
        total: count,
        pages: splitPages(heights, available + rowGap, starts),
      };
    }
  }
  const height = fit?.fits && input.height !== undefined ? input.height : heightWith(plot);

  // One fitted plot for every panel: the same radius and scale.
  const template = fitPanel(
    {
      chart: input,
      labels: numbers,
      wrap: createLabelWrapper(numbers, labelFont, labelLH),
      bounds: {
        left,
        right: left + panelWidth,
        top: tilesTop + headingHeight,
        bottom: tilesTop + headingHeight + plot,
      },
      maxLabelLines: 1,
      labelWidth: Math.ceil(numberWidth + 1),
    },
    markerRadius,
  );
  const styles = data.series.map((_, i) => seriesStyle(i + styleOffset(options), theme));
  const entries: SeriesLegendEntry[] = [];
  const panels = data.series.map((_, s) => {
    const dx = (s % columns) * (panelWidth + colGap);
    const dy = Math.floor(s / columns) * (rowHeight(plot) + rowGap);
    const x = left + dx;
    const y = tilesTop + dy;
    const lines = headings[s] ?? [];
    const textX = x + swatch + spacing.xs;
    entries.push({
      index: s,
      lines,
      x,
      y,
      textX,
      right: textX + Math.max(0, ...lines.map((l) => measureText(l, small))),
    });
    const note = noteLines[s] ?? [];
    return layoutPanelData({
      chart: input,
      geometry: translatePanel(template, dx, dy, s),
      panel: s,
      seriesIndices: [s],
      styles,
      prep,
      withLevels: false,
      markerRadius,
      note: note.length > 0 ? { lines: note, x, y: y + headingHeight + plot } : null,
    });
  });
  const legend: SeriesLegendLayout = {
    entries,
    fontSize: small,
    lineHeight: smallLH,
    swatchWidth: swatch,
    top: tilesTop,
    bottom: tilesTop,
  };
  return finishLayout(input, {
    arrangement: 'multiples',
    multiplesReason: reason,
    height,
    header,
    legend,
    panels,
    axisKey: key.entries,
    labelsFit: template.fits,
    bounds: { left, right: width - spacing.md, top, bottom: height - spacing.md },
    fit,
  });
}
