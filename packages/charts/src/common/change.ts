/**
 * Changes since a previous survey round, as the charts print them (GoalBarChart's and RescueRadar's
 * previous round): the change rounded to tenths, and how many rose, fell or stayed.
 */

/**
 * `value − previous` rounded to one decimal as it is printed (halves away from zero; 0.3 for 3.4 − 3.1
 * although the float difference is 0.2999…). Its sign is the printed change's: 0 when it prints as "0,0".
 */
export function printedChange(value: number, previous: number): number {
  const diff = value - previous;
  // The epsilon keeps a difference of one-decimal means (e.g. 0.05 − 1e-17) on its printed side.
  const tenths = Math.round(Math.abs(diff) * 10 + 1e-9);
  return tenths === 0 ? 0 : (Math.sign(diff) * tenths) / 10;
}

/** How many of the printed changes rose, fell and stayed (a finding's counts). */
export function changeCounts(changes: readonly number[]): {
  readonly rose: number;
  readonly fell: number;
  readonly same: number;
} {
  return {
    rose: changes.filter((c) => c > 0).length,
    fell: changes.filter((c) => c < 0).length,
    same: changes.filter((c) => c === 0).length,
  };
}
