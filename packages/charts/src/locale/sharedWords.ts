/**
 * Words that several charts' texts share, written once: side-by-side tables (see byLocale.ts) that a
 * chart's table takes whole (`and: AND`) or spreads in (`...SUMMARY_STATS`).
 */
import type { Locale, SideBySide } from '@yhdyspinta/data';

/** Joins the last of a list: "A, B ja C". */
export const AND: Readonly<Record<Locale, string>> = { fi: 'ja', sv: 'och', en: 'and' };

/** A goal: a table column or a tooltip field. */
export const GOAL: Readonly<Record<Locale, string>> = { fi: 'Tavoite', sv: 'Mål', en: 'Goal' };

/** The words of a generated description's sentences on the highest and lowest mean, and its "ja". */
export interface MeanExtremeWords {
  readonly and: string;
  readonly highest: string;
  readonly lowest: string;
}

/** The sentences of the highest and lowest mean in a generated description. */
export const MEAN_EXTREMES: SideBySide<MeanExtremeWords> = {
  and: AND,
  highest: { fi: 'Korkein keskiarvo', sv: 'Högsta medelvärde', en: 'Highest mean' },
  lowest: { fi: 'Matalin keskiarvo', sv: 'Lägsta medelvärde', en: 'Lowest mean' },
};

/** The columns of a summary table (one line per section or row) in place of a large data table. */
export const SUMMARY_STATS: SideBySide<{
  readonly min: string;
  readonly max: string;
  readonly mean: string;
}> = {
  min: { fi: 'Pienin', sv: 'Minsta', en: 'Lowest' },
  max: { fi: 'Suurin', sv: 'Största', en: 'Highest' },
  mean: { fi: 'Keskiarvo', sv: 'Medelvärde', en: 'Mean' },
};

/** A change's name, added to a mark's accessible name: `round` and `previous` as printed, `change` signed or null. */
export type PreviousName = (round: string, previous: string, change: string | null) => string;

/** "; Edellinen kierros 3,1, muutos +0,2": the same words for every chart that shows a previous round. */
export const PREVIOUS_NAME: Readonly<Record<Locale, PreviousName>> = {
  fi: (round, previous, change) =>
    `; ${round} ${previous}${change === null ? '' : `, muutos ${change}`}`,
  sv: (round, previous, change) =>
    `; ${round} ${previous}${change === null ? '' : `, förändring ${change}`}`,
  en: (round, previous, change) =>
    `; ${round} ${previous}${change === null ? '' : `, change ${change}`}`,
};
