import type { ChartScale } from '../common/chartScale';

/**
 * Data of GoalBarChart: groups (e.g. survey sections) of items (goals) with optional sub-items
 * (sub-goals), each with a mean on the 1–5 rating scale. Texts are already in the display language.
 */

/** A rated item without sub-items (a sub-goal). */
export interface GoalBarLeaf {
  /** Stable id, unique within the data. */
  readonly id: string;
  /** The full text: wrapped in the label column, untruncated in the tooltip, name and table. */
  readonly label: string;
  /**
   * A shorter wording drawn in the label column instead of `label` (e.g. for slides); the tooltip, the
   * accessible name and the table keep the full `label`. Mark your own wording as such in your data.
   */
  readonly shortLabel?: string;
  /** The mean on the 1–5 scale as published (one decimal); null when there is no data. */
  readonly value: number | null;
  /**
   * The mean of the previous survey round on 1–5 (null: that round has no data for it). Given on any
   * item, the chart draws a marker at it, prints the signed change beside the value ("3,4 (+0,3)") and
   * adds the previous round and the change to the tooltip, the hidden table and the description.
   */
  readonly previous?: number | null;
}

/** A goal: a rated item that may have sub-goals. */
export interface GoalBarItem extends GoalBarLeaf {
  /** Sub-goals, drawn under the goal with `showSubGoals`. */
  readonly children?: readonly GoalBarLeaf[];
}

/** A group of goals under a header (e.g. a survey section). An empty label draws no header. */
export interface GoalBarGroup {
  readonly id: string;
  readonly label: string;
  readonly items: readonly GoalBarItem[];
}

export interface GoalBarData {
  readonly groups: readonly GoalBarGroup[];
  /** The response base, shown as "n = 6/10 kuntaa"; omit when unknown. */
  readonly base?: { readonly answered: number; readonly total: number };
  /**
   * The name of the previous round whose means are the items' `previous` (e.g. "Kuntakysely 2021"):
   * the marker's legend entry, the table column and the tooltip field. Default "Edellinen kierros".
   */
  readonly previousLabel?: string;
  /**
   * The survey's own words for the levels 1–5, in the data's language (e.g. from its definition): drawn
   * under the axis ticks, in the neutral line's legend entry ("Ei samaa eikä eri mieltä (3), asteikon
   * keskikohta") and as the nearest level in the tooltip and each goal's accessible name. Default the
   * 2024 municipal survey's ("Ei lainkaan" … "Erinomaisesti") in the chart's locale.
   */
  readonly scale?: ChartScale;
}

/**
 * Order of the bars. 'source': as in the data. 'score-desc' / 'score-asc': by mean, ties and missing
 * values (always last) keep the data order. With groups the sort is within each group (groups keep their
 * order); with `grouped={false}` it ranks all goals. Sub-goals are sorted within their goal.
 */
export type GoalBarSort = 'source' | 'score-desc' | 'score-asc';

/** A vertical marker for comparison, e.g. a target or another year's mean. */
export interface GoalBarComparison {
  /** On the 1–5 scale. */
  readonly value: number;
  readonly label: string;
}
