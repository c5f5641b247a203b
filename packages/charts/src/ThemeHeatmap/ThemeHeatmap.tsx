import { defineChart } from '../chart/defineChart';
import type { CommonChartProps } from '../common/ChartProps';
import { ELEMENT_BUNDLE } from '../dev/elementBundle';
import { warnDev } from '../dev/warnDev';
import { chartKindName } from '../locale/common';
import { titleOptions } from '../common/chartTitle';
import { themeHeatmapMessages } from '../locale/themeHeatmap';
import type { ChartTheme } from '../theme/ChartTheme';
import type { ThemeHeatmapItemInfo } from './item';
import { ThemeHeatmapSvg } from './ThemeHeatmapSvg';
import type { ThemeHeatmapOptions } from './ThemeHeatmapSvg';
import { validateThresholds } from './colorBands';
import { layoutHeatmapFrame } from './compute';
import type { HeatmapCollapse, HeatmapOrientation } from './layoutTypes';
import type { HeatmapData } from './types';
import { validateThemeHeatmapData } from './validate';

export interface ThemeHeatmapProps extends CommonChartProps<ThemeHeatmapItemInfo> {
  /**
   * Rows × columns of values (see HeatmapData): `themeHeatmapFromThemeCounts()` for the coded 2025 §14
   * negotiation memos, `themeHeatmapFromResponses(responses)` for a goal × municipality matrix of ratings,
   * or by hand. (The main entry's ThemeHeatmap draws the memo themes when this is omitted; this one, from
   * `@yhdyspinta/charts/core`, carries no data.)
   */
  readonly data: HeatmapData;
  /**
   * Count data only: your own colour bands instead of the default nice quantile breaks. Each number is
   * the lowest value of a band: `[3, 10]` gives the bands 0, 1–2, 3–9 and 10 and up (0 always has its own
   * band, the ramp's near-white first step). Whole numbers greater than 1, strictly increasing, at most
   * the theme's sequential ramp steps less two. Invalid thresholds make the chart invalid (its error
   * state, reported as invalid data is: console.error and `onError`); ratings always have one band per
   * scale level (thresholds given with ratings are ignored, with a development warning).
   */
  readonly thresholds?: readonly number[];
  /**
   * Leave rows (and columns) with no value at all out of the grid and name them in one note under it,
   * e.g. "Ei muistiota 7 kunnalta: Kirkkonummi, Siuntio … ja Raasepori." (the data's `emptyRowsNote`).
   * Default true: an all-missing row carries no value to compare, only hatching, and users read a grid
   * that is mostly hatch as mostly data; the note keeps every name visible. Set false to keep such rows
   * as hatched grid rows (e.g. when the grid's shape itself matters); 'rows' or 'columns' to collapse
   * only that axis (a part of a split chart keeps the whole's lines of the axis it is not split on).
   */
  readonly collapseMissing?: HeatmapCollapse;
  /**
   * Which of the data's axes goes on the rows. 'auto' (default): the one with the longer labels, so long
   * names wrap on the rows instead of crowding the columns (unless the other fits a fixed height where
   * this does not, or needs fewer column panels); the description then says the grid is transposed.
   * 'as-given' keeps the data's rows; 'transposed' always swaps.
   */
  readonly orientation?: HeatmapOrientation;
  /**
   * Columns of the key when the columns are numbered (their labels listed above the grid). Default: 1, or
   * at a fixed height where one column of the key leaves no room, as many as make the fewest parts.
   */
  readonly keyColumns?: number;
}

/** What is wrong with the `thresholds` prop of count data (none when absent or valid). */
function thresholdProblems(props: ThemeHeatmapProps, theme: ChartTheme): readonly string[] {
  const { thresholds } = props;
  if (thresholds === undefined || props.data?.kind === 'rating') return [];
  const max = Math.max(0, theme.sequential.length - 2);
  const problems = Array.isArray(thresholds)
    ? validateThresholds(thresholds, max)
    : ['thresholds must be an array'];
  return problems.map((p) => `thresholds: ${p}`);
}

/**
 * A heatmap of rows × columns: counts in bands of the theme's sequential ramp (0 near white, robust
 * quantile breaks or your `thresholds`), ratings on the diverging ramp centred on the neutral 3, with a
 * legend of the bands' ranges; values printed in cells where they fit (else a note says they are in the
 * table and tooltip); missing cells quietly hatched and labelled "ei tietoa" (never drawn as 0), rows with
 * no value at all collapsed into a note. Every row and column is labelled: the longer labels go on the
 * rows, each row as tall as its own label; column labels wrap or turn 45° (never 90°), or, when cut 45°
 * labels would read the same (or need more panels), the columns are numbered with a key of their labels
 * above; many columns split into panels; the chart grows, or at a fixed height reports that it does not
 * fit (with pages of rows).
 * One Tab stop: the arrow keys move between cells, and the focused cell's name, the tooltip and the
 * hidden data table give every value in words.
 */
export const ThemeHeatmap = defineChart<HeatmapData, ThemeHeatmapProps, ThemeHeatmapOptions>({
  name: 'ThemeHeatmap',
  validate: validateThemeHeatmapData,
  defaultTitle(props, { valid }) {
    // The data's own title, even when the data is invalid (its error state is named after it); the
    // shipped data and data from the survey's responses carry theirs.
    const given = (props.data ?? null) as Partial<HeatmapData> | null;
    return (
      valid?.title ?? (typeof given?.title === 'string' && given.title ? given.title : undefined)
    );
  },
  untitledName(props, { locale }) {
    // What kind of heatmap it is, as its accessible name (not drawn: no invented title).
    const given = (props.data ?? null) as Partial<HeatmapData> | null;
    const messages = themeHeatmapMessages(locale);
    const kind = given?.kind === 'rating' ? messages.ratingTitle : messages.countTitle;
    return `${chartKindName('heatmap', locale)}: ${kind}`;
  },
  validateProps: thresholdProblems,
  check(props) {
    if (!ELEMENT_BUNDLE && props.thresholds !== undefined && props.data?.kind === 'rating')
      warnDev(
        'ThemeHeatmap: thresholds apply to count data only; ratings have one band per level.',
      );
  },
  options: (props, { title }) => ({
    ...titleOptions(props, title),
    // Checked by validateProps: the chart draws only with valid thresholds (ratings ignore them).
    thresholds: props.data?.kind === 'rating' ? undefined : props.thresholds,
    collapseMissing: props.collapseMissing,
    orientation: props.orientation,
    keyColumns: props.keyColumns,
    // A picture has no tooltip: whole labels in a key rather than labels cut at 45°.
    noTooltip: props.interactive === false,
  }),
  naturalHeight: (data, width, { locale, theme }, options) =>
    layoutHeatmapFrame(data, { ...options, locale, theme, width }).naturalHeight,
  Svg: ThemeHeatmapSvg,
});
