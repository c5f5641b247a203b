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
import type { TitleOptions } from '../common/chartTitle';

export interface RescueRadarOptions extends TitleOptions {
  /**
   * Lines of an axis label before it is cut with "…" (the full text is in the tooltip and name); as
   * resolveLineLimit: NaN or below 1 → DEFAULT_RADAR_LABEL_LINES, at most MAX_LABEL_LINES.
   */
  readonly maxLabelLines: number;
  /** Print the values at the points where they fit. */
  readonly showValues: boolean;
  /** Draw the series legend (default: with two or more series). */
  readonly legend: boolean;
  /**
   * 'auto' (default): one radar with every series overlaid while that stays legible, else small
   * multiples (see chooseRadarArrangement); 'overlay' or 'multiples' force one.
   */
  readonly arrangement: RadarArrangementOption;
  /** Style index of the first series (a split part's offset in the whole); default 0. */
  readonly firstSeriesStyle?: number;
}

export type RadarArrangementOption = 'auto' | 'overlay' | 'multiples';

/** How the radar is drawn: one plot with every series, or one small plot per series (same scale). */
export type RadarArrangement = 'overlay' | 'multiples';

/** Why the chart is drawn as small multiples (said on the chart and in the description). */
export type MultiplesReason = 'series' | 'narrow';

/** compute's input: the data, the width, a fixed height (else the natural one), locale, theme, options. */
export type RescueRadarLayoutInput = LayoutInput<RescueRadarData, RescueRadarOptions>;

export interface RadarAxisLayout extends PlacedAxisLabel {
  readonly index: number;
  /** Panel (plot) the axis belongs to. */
  readonly panel: number;
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
  /** Panel (plot) the point is drawn in. */
  readonly panel: number;
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
  /** Panel (plot) the series is drawn in. */
  readonly panel: number;
  /** True when the series has no value at all (its legend entry or heading says so). */
  readonly empty: boolean;
  readonly series: RadarSeries;
  readonly style: SeriesStyle;
  readonly path: string;
  /** Closed and fillable (no missing value). */
  readonly closed: boolean;
  /** The previous round's outline (thin, dashed; open across a missing value), or '' without one. */
  readonly previousPath: string;
  /** Every present point's marker (the series' shape) in one path `d`. */
  readonly markerPath: string;
  readonly points: readonly RadarPointLayout[];
}

/** One plot: its spokes, rings and axis labels (the whole chart in overlay; one series in multiples). */
export interface RadarPanelLayout {
  readonly index: number;
  /** The series drawn in it (their indices). */
  readonly series: readonly number[];
  readonly centre: { readonly x: number; readonly y: number };
  readonly radius: number;
  /** 1–5 → radius (the centre is 1); the same scale in every panel. */
  readonly scale: LinearScale;
  readonly rings: readonly RadarRing[];
  /** True when the rings carry the level names; otherwise a scale key is in the header notes. */
  readonly ringLevels: boolean;
  readonly axes: readonly RadarAxisLayout[];
  /** Every axis' spoke in one path `d`. */
  readonly spokesPath: string;
  /** Multiples: the note under the plot naming the axes without a value ("Ei tietoa: 3, 7"), or null. */
  readonly note: RadarTextBlock | null;
  /** Where the panel's labels and plot stay. */
  readonly bounds: Bounds;
}

/** A block of wrapped text: `x` per its anchor (start), `y` the top of the first line. */
export interface RadarTextBlock {
  readonly lines: readonly string[];
  readonly x: number;
  readonly y: number;
}

/** Multiples: the key of the axis numbers, each number and its full text (hanging indent). */
export interface RadarAxisKeyEntry {
  readonly index: number;
  /** "1" (drawn right-aligned at numberX). */
  readonly number: string;
  readonly numberX: number;
  readonly text: RadarTextBlock;
}

export interface RescueRadarLayout extends ChartFrame {
  readonly arrangement: RadarArrangement;
  /** Multiples only: why (the header has the note saying so). */
  readonly multiplesReason: MultiplesReason | null;
  /** The series legend (overlay), or the panels' headings (multiples: a series' sample and name each). */
  readonly legend: SeriesLegendLayout | null;
  readonly panels: readonly RadarPanelLayout[];
  readonly series: readonly RadarSeriesLayout[];
  /** Every point in focus order. */
  readonly points: readonly RadarPointLayout[];
  /** Multiples: the axis numbers' key, in the label font; empty in overlay. */
  readonly axisKey: readonly RadarAxisKeyEntry[];
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
  /** Where labels and plots stay (all panels). */
  readonly bounds: Bounds;
}
