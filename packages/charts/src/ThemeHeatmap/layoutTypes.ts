/** ThemeHeatmap's layout types (apart from compute so its parts do not import each other in a circle). */
import type { Locale } from '@yhdyspinta/data';
import type { SwatchLegendLayout } from '../common/swatchLegendLayout';
import type { ChartFrame } from '../layout/layoutInput';
import type { TextSize } from '../text/textSize';
import type { ChartTheme } from '../theme/ChartTheme';
import type { AxisLabel, ColumnLabels } from './axisLabels';
import type { CellMarks, GridGeometry } from './cells';
import type { ColorBands } from './colorBands';
import type { HeatmapAxisItem, HeatmapData } from './types';

/**
 * Which axis of the data goes on the rows. 'auto' (default): the one whose labels are longer, unless
 * the other fits a fixed height where this does not, or needs fewer column panels. 'as-given': the data's
 * rows. 'transposed': the data's columns.
 */
export type HeatmapOrientation = 'auto' | 'as-given' | 'transposed';

/** Which all-missing lines leave the grid: both axes (true), none (false), or one axis of the data. */
export type HeatmapCollapse = boolean | 'rows' | 'columns';

export interface HeatmapOptions {
  readonly width: number;
  /** Fixed height; omit for the natural height. */
  readonly height?: number;
  readonly locale: Locale;
  readonly theme: ChartTheme;
  readonly title: string;
  readonly hideTitle?: boolean;
  /** A line under the title (before the base and notices), when given. */
  readonly subtitle?: string;
  readonly illustrative?: boolean;
  /** Fill of missing cells in the legend, e.g. `url(#hatch)` (default: the theme's missing fill). */
  readonly missingFill?: string;
  /** Lower bounds of the count bands after 0 and the band from 1 (validated by the component). */
  readonly thresholds?: readonly number[];
  /**
   * Rows and columns with no value at all leave the grid for a note under it (default true); 'rows' or
   * 'columns': only that axis of the data as given.
   */
  readonly collapseMissing?: HeatmapCollapse;
  readonly orientation?: HeatmapOrientation;
  /**
   * Number the columns under a key of their labels in this many columns. Default: labels, numbered with
   * a one-column key when cut labels would read the same; at a fixed height that does not fit, the key
   * in as many columns as make the fewest parts.
   */
  readonly keyColumns?: number;
  /**
   * Drawn as a picture, with no tooltip to show a cut label's whole text: a key of whole texts is
   * preferred to 45° labels cut with "…" (as it always is at a fixed height).
   */
  readonly noTooltip?: boolean;
}

/**
 * One block of columns with its own column labels; the rows repeat in each. A grid whose columns are too
 * many for the width to label them all (even at 45°) is drawn as several panels one under another.
 */
export interface HeatmapPanel {
  /** Index of the panel's first column in the drawn data. */
  readonly firstColumn: number;
  readonly grid: GridGeometry & { readonly width: number; readonly height: number };
  readonly columnLabels: ColumnLabels;
  readonly rowLabels: readonly AxisLabel[];
}

/** A block of text under the grid (the collapsed rows, where the values are), wrapped to the width. */
export interface HeatmapNote extends TextSize {
  readonly key: 'empty-rows' | 'empty-columns' | 'values';
  /** The whole text (for the description); `lines` is it wrapped. */
  readonly text: string;
  readonly lines: readonly string[];
  readonly x: number;
  readonly y: number;
}

export interface HeatmapFrame extends ChartFrame {
  /** The data as drawn: rows and columns with no value left out (see `collapsed`), maybe transposed. */
  readonly data: HeatmapData;
  /** The drawn rows are the given data's columns. */
  readonly transposed: boolean;
  /** Rows and columns of the given data left out of the grid for having no value (named in a note). */
  readonly collapsed: {
    readonly rows: readonly HeatmapAxisItem[];
    readonly columns: readonly HeatmapAxisItem[];
  };
  /** The height the chart would take without a fixed height. */
  readonly naturalHeight: number;
  readonly panels: readonly HeatmapPanel[];
  readonly bands: ColorBands;
  readonly legend: SwatchLegendLayout;
  readonly notes: readonly HeatmapNote[];
  /** Font size of the printed values, or null when they do not fit the cells (a note says so). */
  readonly valueFontSize: number | null;
  readonly labelFontSize: number;
  readonly labelLineHeight: number;
  readonly rowLabelWidth: number;
  /** Columns of the key of numbered columns; undefined when the columns are labelled (no key). */
  readonly keyColumns: number | undefined;
}

export interface HeatmapLayout extends HeatmapFrame {
  /** The cell marks of each panel, in the order of `panels`. */
  readonly marks: readonly CellMarks[];
}
