/**
 * The types of GoalBarChart's layout: what computeGoalBarLayout takes (input, options) and gives (the
 * layout, its rows and section headers), and the line limit and density a layout is built at. Types
 * only, so compute.ts, build.ts, stack.ts and marks.ts share them without importing each other.
 */
import type { ScaleWords } from '../common/chartScale';
import type { TitleOptions } from '../common/chartTitle';
import type { Box } from '../geometry/box';
import type { LinearScale } from '../layout/linearScale';
import type { AxisLayout } from './axis';
import type { LegendLayout } from './legend';
import type { PreviousMark } from './previousMarker';
import type { GoalBarComparison, GoalBarData, GoalBarLeaf, GoalBarSort } from './types';
import type { GrowingFrame, LayoutInput } from '../layout/layoutInput';

export interface GoalBarDensity {
  /** Scales the gaps between rows, between sections and under headers: 1 = the theme's spacing. */
  readonly gapScale: number;
  /** Bars no thicker than a label line, so a one-line row is only as tall as its text. */
  readonly packedBars: boolean;
  /** Px added to every gap between rows (a fixed height's spare room). */
  readonly extra: number;
}

/**
 * How many lines a label may take: `max`, one more for the rows (by index) in `promoted`, and up to
 * MAX_LABEL_LINES for the rows in `full` (labels whose cut text would read the same as another's).
 */
export interface LabelLineLimit {
  readonly max: number;
  readonly promoted: ReadonlySet<number>;
  readonly full?: ReadonlySet<number>;
}

export interface GoalBarOptions extends TitleOptions {
  /** The 1–5 axis' title; default the survey's ("Kuntien vastausten keskiarvo asteikolla 1–5"). */
  readonly axisTitle?: string;
  readonly sort: GoalBarSort;
  readonly grouped: boolean;
  readonly showSubGoals: boolean;
  /** A marker, 'mean' for the mean of all goals, or null for none. */
  readonly comparison: GoalBarComparison | 'mean' | null;
  /**
   * Label lines before a label is cut with "…" (lowered further when a fixed height needs it); as
   * resolveLineLimit: NaN or below 1 → DEFAULT_GOAL_LABEL_LINES, at most MAX_LABEL_LINES.
   */
  readonly maxLabelLines: number;
}

/** compute's input: the data, the width, a fixed height (else the natural one), locale, theme, options. */
export type GoalBarLayoutInput = LayoutInput<GoalBarData, GoalBarOptions>;

/** A section's name: a header row over its goals, or a prefix line at the top of its only goal's row. */
export interface GoalBarGroupRow {
  readonly id: string;
  /** 'header': bold, the group label size; 'prefix': bold, the small size (font.prefix). */
  readonly kind: 'header' | 'prefix';
  readonly lines: readonly string[];
  readonly x: number;
  readonly y: number;
}

export interface GoalBarRow {
  /** Position in focus and display order. */
  readonly index: number;
  readonly item: GoalBarLeaf;
  readonly level: 0 | 1;
  readonly groupLabel: string;
  readonly parent?: GoalBarLeaf;
  readonly labelLines: readonly string[];
  readonly labelTruncated: boolean;
  readonly labelX: number;
  readonly labelY: number;
  /** The bar from the scale minimum to the value; null for a missing value. */
  readonly bar: Box | null;
  /** The hatched square drawn for a missing value; null otherwise. */
  readonly missing: Box | null;
  /** "2,7", or "ei tietoa" for a missing value. */
  readonly valueText: string;
  /** The change since the previous round printed after the value, " (+0,3)"; '' when none. */
  readonly changeText: string;
  /** The previous round's marker (previousMarker.ts); null when the item has no previous mean. */
  readonly previous: PreviousMark | null;
  readonly valueX: number;
  /**
   * A line runs through the printed value (a grid line at a tick; the reference and comparison lines and
   * the previous round's marker are kept clear by placement): it is drawn over a halo that knocks the
   * line out. Most values are clear and drawn as plain text.
   */
  readonly valueHalo: boolean;
  readonly valueY: number;
  /** The whole row: hit area and focus ring. */
  readonly rowBox: Box;
  /** Where the tooltip attaches: the bar and its value, over the row's height. */
  readonly anchor: Box;
}

/** `overflow`: a fixed height was too small even with one-line labels. */
export interface GoalBarLayout extends GrowingFrame {
  readonly mode: 'side' | 'stacked';
  readonly legend: LegendLayout;
  readonly scale: LinearScale;
  /** The scale's level words (the data's own, else the 2024 survey's in the locale): axis, legend, names. */
  readonly levelWords: ScaleWords;
  readonly plot: {
    readonly x0: number;
    readonly x1: number;
    readonly top: number;
    readonly bottom: number;
  };
  /**
   * Vertical extents where grid, reference and comparison lines are drawn: the whole plot beside the
   * labels, or only each bar's band when labels are stacked above the bars (so no line crosses text).
   */
  readonly bands: readonly { readonly top: number; readonly bottom: number }[];
  readonly reference: { readonly value: number; readonly x: number };
  readonly comparison: {
    readonly value: number;
    readonly x: number;
    readonly label: string;
  } | null;
  readonly groups: readonly GoalBarGroupRow[];
  readonly rows: readonly GoalBarRow[];
  readonly axis: AxisLayout;
  /** The scale repeated over the rows of a tall chart (build.ts, TALL_PLOT_EM); null otherwise. */
  readonly topAxis: AxisLayout | null;
  readonly font: {
    readonly label: number;
    readonly labelLineHeight: number;
    readonly group: number;
    readonly groupLineHeight: number;
    readonly prefix: number;
    readonly prefixLineHeight: number;
    readonly value: number;
    readonly valueLineHeight: number;
  };
  /** Labels cut with "…" (their full text is in the tooltip, the accessible name and the table). */
  readonly truncatedCount: number;
  /** Rows (by index) whose cut label reads the same as another's (compute shows those whole instead). */
  readonly sameReading: ReadonlySet<number>;
  /** The label line limit used: maxLabelLines, or fewer to fit a fixed height. */
  readonly maxLabelLines: number;
  /** Rows (by index) given one line more than maxLabelLines because room remained (fixed height). */
  readonly promotedRows: ReadonlySet<number>;
  /** The spacing used: the theme's (gapScale 1), or narrowed gaps and packed bars to fit a fixed height. */
  readonly density: GoalBarDensity;
}
