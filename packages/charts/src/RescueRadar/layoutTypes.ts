/**
 * The types of RescueRadar's layout: what computeRescueRadarLayout takes (input, options) and gives (the
 * layout, its axes, points and series). Types only, shared by compute.ts, plot.ts and assemble.ts.
 */
import type { SeriesStyle } from '../common/seriesStyle';
import type { Box } from '../geometry/box';
import type { LinearScale } from '../layout/linearScale';
import type { SeriesLegendLayout } from '../layout/seriesLegend';
import type { Bounds, PlacedAxisLabel } from './axisLabels';
import type { RadarRing } from './rings';
import type { RadarAxis, RadarSeries, RescueRadarData } from './types';
import type { ChartFrame, LayoutInput } from '../layout/layoutInput';

export interface RescueRadarOptions {
  readonly title: string;
  readonly hideTitle: boolean;
  readonly illustrative: boolean;
  /**
   * Lines of an axis label before it is cut with "…" (the full text is in the tooltip and name); as
   * resolveLineLimit: NaN or below 1 → DEFAULT_RADAR_LABEL_LINES, at most MAX_LABEL_LINES.
   */
  readonly maxLabelLines: number;
  /** Print the values at the points where they fit. */
  readonly showValues: boolean;
  /** Draw the series legend (default: with two or more series). */
  readonly legend: boolean;
}

/** compute's input: the data, the width, a fixed height (else the natural one), locale, theme, options. */
export type RescueRadarLayoutInput = LayoutInput<RescueRadarData, RescueRadarOptions>;

export interface RadarAxisLayout extends PlacedAxisLabel {
  readonly index: number;
  readonly axis: RadarAxis;
  /** The spoke from the centre to the outer ring. */
  readonly spoke: {
    readonly x1: number;
    readonly y1: number;
    readonly x2: number;
    readonly y2: number;
  };
}

export interface RadarPointLayout {
  /** Focus order: series by series, axis by axis (seriesIndex × axes + axisIndex). */
  readonly index: number;
  readonly seriesIndex: number;
  readonly axisIndex: number;
  /** null: no data (no point is drawn; the hit box is the axis label). */
  readonly value: number | null;
  readonly x: number;
  readonly y: number;
  /** Hit area, focus ring and tooltip anchor. */
  readonly hitBox: Box;
  /** The printed value "3,3" and its box (text drawn from box.x, box.y as the top), or null. */
  readonly valueText: string | null;
  readonly valueBox: Box | null;
}

export interface RadarSeriesLayout {
  readonly index: number;
  readonly series: RadarSeries;
  readonly style: SeriesStyle;
  readonly path: string;
  /** Closed and fillable (no missing value). */
  readonly closed: boolean;
  /** Every present point's marker (the series' shape) in one path `d`. */
  readonly markerPath: string;
  readonly points: readonly RadarPointLayout[];
}

export interface RescueRadarLayout extends ChartFrame {
  readonly legend: SeriesLegendLayout | null;
  readonly centre: { readonly x: number; readonly y: number };
  readonly radius: number;
  /** 1–5 → radius (the centre is 1). */
  readonly scale: LinearScale;
  readonly rings: readonly RadarRing[];
  /** True when the rings carry the level names; otherwise a scale key is in the header notes. */
  readonly ringLevels: boolean;
  readonly axes: readonly RadarAxisLayout[];
  /** Every axis' spoke in one path `d`. */
  readonly spokesPath: string;
  readonly series: readonly RadarSeriesLayout[];
  /** Every point in focus order. */
  readonly points: readonly RadarPointLayout[];
  readonly font: {
    readonly label: number;
    readonly labelLineHeight: number;
    readonly value: number;
    readonly valueLineHeight: number;
    readonly tick: number;
    readonly tickLineHeight: number;
  };
  readonly markerRadius: number;
  readonly strokeWidth: number;
  /** Axis labels cut with "…". */
  readonly truncatedCount: number;
  /** False if even the smallest labels could not avoid each other (the chart is far too small). */
  readonly labelsFit: boolean;
  /** Where labels and plot stay. */
  readonly bounds: Bounds;
}
