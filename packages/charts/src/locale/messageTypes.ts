/**
 * The shape of every user-facing string of the charts. One interface per area; each area's texts for fi, sv
 * and en live in that area's file beside this one (common.ts, goalBar.ts, …), typed as
 * `Record<Locale, XxxMessages>` so a missing translation is a type error. Templates are typed functions.
 */
import type { Rating } from '@yhdyspinta/data';
import type { FindingGroup } from './findingGroup';

export type { FindingGroup } from './findingGroup';

export interface CommonMessages {
  /** The five levels of the 1–5 rating scale (Finnish as printed in the survey; sv/en translated). */
  readonly scaleLevels: Readonly<Record<Rating, string>>;
  /** Axis title of the 1–5 scale. */
  readonly scaleAxisTitle: string;
  /** Shown in place of a missing value ("ei tietoa"). */
  readonly noData: string;
  readonly loading: string;
  /** The data has nothing to show. */
  readonly emptyData: string;
  /** The data failed validation. */
  readonly invalidData: string;
  /** A component threw while rendering (error boundary). */
  readonly renderError: string;
  /** Notice on charts drawn from example data, not real results. */
  readonly illustrativeData: string;
  readonly mean: string;
  /** Label of the reference line at the scale's neutral point 3. */
  readonly neutralReference: string;
  /** "n = 6/10 kuntaa": `count` is the formatted "answered/total". */
  readonly base: (count: string) => string;
  /** Field labels of tooltips. */
  readonly tooltip: {
    readonly value: string;
    /** The scale level nearest to a mean, e.g. "Heikosti" for 2,2. */
    readonly level: string;
    readonly base: string;
    readonly group: string;
  };
  /** Accessible name of the visually hidden data table; `title` is the chart's title. */
  readonly dataTable: (title: string) => string;
  /** Spoken hint on how to move between data points (aria-roledescription is not used). */
  readonly keyboardHint: string;
}

export interface GoalBarMessages {
  readonly title: string;
  /** Accessible name of the list of bars. */
  readonly itemsLabel: string;
  /** Data table column headers. */
  readonly sectionColumn: string;
  readonly goalColumn: string;
  readonly meanColumn: string;
  /** Prefix of a sub-goal in the table and tooltip. */
  readonly subGoal: string;
  /** Label of the optional comparison marker at the mean of all goals. */
  readonly allGoalsMean: string;
  /** The neutral line's legend text from the scale's word for 3: "Kohtalaisesti (3), asteikon keskikohta". */
  readonly neutralReference: (word: string) => string;
  /** The generated description: highest and lowest goals, how many, on what base. */
  readonly keyFinding: (finding: {
    readonly count: number;
    readonly highest: FindingGroup;
    readonly lowest: FindingGroup;
    /** e.g. "n = 6/10 kuntaa", or "" when no base is known. */
    readonly base: string;
  }) => string;
  /** The data table of a chart with more bars than fit a table (one line per section). */
  readonly summary: {
    /** Caption suffix; `count` is the formatted number of bars. */
    readonly caption: (count: string) => string;
    /** Row header of goals without a section. */
    readonly noSection: string;
    readonly withData: string;
    readonly min: string;
    readonly max: string;
    readonly mean: string;
  };
  /** The previous survey round (items with a `previous` mean). */
  readonly previous: GoalBarPreviousMessages;
}

/** GoalBarChart's texts of the previous round: its marker, the change, and a sentence of the description. */
export interface GoalBarPreviousMessages {
  /** The round's name when the data gives none: legend, table column, tooltip field ("Edellinen kierros"). */
  readonly round: string;
  /** Table column and tooltip field of the signed change ("Muutos"). */
  readonly change: string;
  /** Added to a row's accessible name: `round` and `previous` as printed, `change` signed or null. */
  readonly name: (round: string, previous: string, change: string | null) => string;
  /**
   * "Edellisestä kierroksesta (Kuntakysely 2021) keskiarvo nousi 5 tavoitteella, …. Suurin nousu +0,5: …."
   * Counts of goals whose mean rose, fell or stayed (by the printed change); the largest rise and fall
   * (signed as printed) with the goals that have it, or null when none rose / fell; `round` is the data's
   * previousLabel or ''.
   */
  readonly finding: (finding: {
    readonly round: string;
    readonly rose: number;
    readonly fell: number;
    readonly same: number;
    readonly largestRise: FindingGroup | null;
    readonly largestFall: FindingGroup | null;
  }) => string;
}

import type { ThemeHeatmapMessages } from './themeHeatmap';
import type { ThemeHeatmapDataMessages } from './themeHeatmapData';
export type { ThemeHeatmapDataMessages };
export type { ThemeHeatmapMessages };

import type { RescueRadarMessages } from './rescueRadar';
export type { RescueRadarMessages };

import type { ResponseCoverageMessages } from './responseCoverage';
export type { ResponseCoverageMessages } from './responseCoverage';

/** Every message of one locale. */
export interface Messages {
  readonly common: CommonMessages;
  readonly goalBar: GoalBarMessages;
  /** The heatmap's texts and those its data adapters write (themeHeatmapData.ts). */
  readonly themeHeatmap: ThemeHeatmapMessages & ThemeHeatmapDataMessages;
  readonly rescueRadar: RescueRadarMessages;
  readonly responseCoverage: ResponseCoverageMessages;
}
