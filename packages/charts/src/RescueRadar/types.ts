/**
 * Data of RescueRadar: the axes (e.g. the rescue service's nine goals) and one or more series of values on
 * the 1–5 rating scale. Texts are already in the display language.
 */
import type { ChartScale } from '../common/chartScale';

/** One spoke of the radar. */
export interface RadarAxis {
  /** Stable id, unique among the axes; the key of the series' `values`. */
  readonly id: string;
  /** The full text: wrapped outside the plot, untruncated in the tooltip, accessible name and table. */
  readonly label: string;
}

/** One polygon: a value per axis. */
export interface RadarSeries {
  /** Stable id, unique among the series. */
  readonly id: string;
  /** The series' name for the legend, tooltips and table (e.g. "Kuntien vastausten keskiarvo", "Lohja"). */
  readonly label: string;
  /**
   * The value on the 1–5 scale per axis id (as published, one decimal; computed means may have more and are
   * shown to one decimal). null, or an axis left out, is "no data": the polygon breaks there, no point is
   * drawn and the tooltip and table say "ei tietoa". Never 0 or 1 in place of a missing value.
   */
  readonly values: Readonly<Record<string, number | null>>;
  /**
   * The previous survey round's value per axis id, on 1–5 (null or left out: that round has no value for
   * the axis). Drawn as a thin dashed outline in the series' colour under its polygon, with the signed
   * change ("+0,3", "−0,2") in the tooltip, the hidden table and the description.
   */
  readonly previous?: Readonly<Record<string, number | null>>;
}

export interface RescueRadarData {
  /** In drawing order: the first axis points up, the others follow clockwise. At least three. */
  readonly axes: readonly RadarAxis[];
  /** Drawn in order (the first on the bottom); each gets a colour, marker shape and dash pattern. */
  readonly series: readonly RadarSeries[];
  /** The response base, shown as "n = 6/10 kuntaa"; omit when unknown. */
  readonly base?: { readonly answered: number; readonly total: number };
  /**
   * The name of the round the series' `previous` values come from (e.g. "Kuntakysely 2021"): the legend,
   * tooltip and table name it; default "edellinen kierros" in the chart's language.
   */
  readonly previousLabel?: string;
  /**
   * The survey's own words for the levels 1–5, in the data's language (e.g. from its definition): the
   * rings' names or the scale key, the tooltip's nearest level and the bar twin. Default the 2024
   * municipal survey's ("Ei lainkaan" … "Erinomaisesti") in the chart's locale.
   */
  readonly scale?: ChartScale;
}

/**
 * The accessible twin drawn under the radar for readers who cannot use a radar: 'bars' draws the same
 * numbers as horizontal bars on the 1–5 scale (RescueBars); 'none' (default) draws the radar only. The
 * visually hidden data table is always there.
 */
export type RescueRadarTwin = 'none' | 'bars';
