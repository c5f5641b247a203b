/**
 * GoalBarChart's words about the previous round, pure: its name, a row's previous mean and change as
 * printed, and the description's sentence on what rose and fell. All text comes from locale/.
 */
import type { Locale } from '@yhdyspinta/data';
import type { FindingGroup } from '../locale/findingGroup';
import { formatScoreChange, formatScoreOrNoData } from '../locale/format';
import { goalBarMessages } from '../locale/goalBar';
import { changeCounts } from '../common/change';
import { hasPreviousRound, scoreChange } from './previous';
import type { GoalBarData, GoalBarLeaf } from './types';

/** The previous round's name: the data's previousLabel, else "Edellinen kierros"; null without one. */
export function previousRoundName(data: GoalBarData, locale: Locale): string | null {
  if (!hasPreviousRound(data)) return null;
  return data.previousLabel ?? goalBarMessages(locale).previous.round;
}

/** A leaf's previous mean as printed ("3,1", "ei tietoa") and its signed change ("+0,3"), or null. */
export function printedPrevious(
  leaf: GoalBarLeaf,
  locale: Locale,
): { readonly previous: string; readonly change: string | null } {
  const change = scoreChange(leaf);
  return {
    previous: formatScoreOrNoData(leaf.previous, locale),
    change: change === null ? null : formatScoreChange(change, locale),
  };
}

/**
 * The goals (labels) with the largest change of `sign` and that change, signed as printed ("+0,5",
 * "−0,3"; a change, so never in a caller's valueFormat), or null when no goal's change has that sign.
 */
function largest(
  changes: readonly { readonly label: string; readonly change: number }[],
  sign: 1 | -1,
  locale: Locale,
): FindingGroup | null {
  const signed = changes.filter((c) => Math.sign(c.change) === sign);
  if (signed.length === 0) return null;
  const extreme = Math.max(...signed.map((c) => Math.abs(c.change)));
  return {
    value: formatScoreChange(sign * extreme, locale),
    labels: signed.filter((c) => Math.abs(c.change) === extreme).map((c) => c.label),
  };
}

/**
 * "Edellisestä kierroksesta (Kuntakysely 2021) keskiarvo nousi 5 tavoitteella, laski 3 tavoitteella ja
 * pysyi ennallaan 2 tavoitteella. Suurin nousu +0,5: ”A”. Suurin lasku −0,3: ”B”." Of the goals (not
 * sub-goals) with both means, by the printed change (ties all named); '' when no goal has both.
 */
export function goalBarChangeFinding(data: GoalBarData, locale: Locale): string {
  const changes: { label: string; change: number }[] = [];
  for (const group of data.groups) {
    for (const item of group.items) {
      const change = scoreChange(item);
      if (change !== null) changes.push({ label: item.label, change });
    }
  }
  if (changes.length === 0) return '';
  return goalBarMessages(locale).previous.finding({
    round: data.previousLabel ?? '',
    ...changeCounts(changes.map((c) => c.change)),
    largestRise: largest(changes, 1, locale),
    largestFall: largest(changes, -1, locale),
  });
}
