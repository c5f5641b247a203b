/**
 * RescueRadar's layout put together from its panels (either arrangement), pure: every series and point in
 * focus order (series by series, axis by axis), the fonts, the marker size and the counts tests read.
 */
import { seriesMarkerRadius, seriesStrokeWidth } from '../common/seriesStyle';
import type { FitReport } from '../layout/fitReport';
import { fontRoles } from '../layout/fontRoles';
import type { Bounds } from './axisLabels';
import type {
  MultiplesReason,
  RadarArrangement,
  RadarAxisKeyEntry,
  RescueRadarLayout,
  RescueRadarLayoutInput,
} from './layoutTypes';
import type { PanelData } from './panel';

export interface LayoutParts {
  readonly arrangement: RadarArrangement;
  readonly multiplesReason: MultiplesReason | null;
  readonly height: number;
  readonly header: RescueRadarLayout['header'];
  readonly legend: RescueRadarLayout['legend'];
  readonly panels: readonly PanelData[];
  readonly axisKey: readonly RadarAxisKeyEntry[];
  readonly labelsFit: boolean;
  readonly bounds: Bounds;
  readonly fit: FitReport | undefined;
}

export function finishLayout(input: RescueRadarLayoutInput, parts: LayoutParts): RescueRadarLayout {
  const { theme, width } = input;
  const { fontSize } = theme;
  const panels = parts.panels.map((p) => p.panel);
  return {
    width,
    height: parts.height,
    header: parts.header,
    ...(parts.fit ? { fit: parts.fit } : {}),
    arrangement: parts.arrangement,
    multiplesReason: parts.multiplesReason,
    legend: parts.legend,
    panels,
    series: parts.panels.flatMap((p) => p.series),
    points: parts.panels.flatMap((p) => p.points),
    axisKey: parts.axisKey,
    font: fontRoles(
      { label: fontSize.label, value: fontSize.value, tick: fontSize.tick },
      theme.lineHeight,
    ),
    markerRadius: seriesMarkerRadius(theme),
    strokeWidth: seriesStrokeWidth(theme),
    truncatedCount: panels.reduce((n, p) => n + p.axes.filter((a) => a.truncated).length, 0),
    labelsFit: parts.labelsFit,
    bounds: parts.bounds,
  };
}
