/**
 * GoalBarChart's words, pure: the key-finding description, each bar's accessible name, tooltip content
 * and the hidden table's rows. All text comes from locale/.
 */
import type { Locale } from '@yhdyspinta/data';
import { scaleWords } from '../common/chartScale';
import type { ScaleWords } from '../common/chartScale';
import type { DataTableRow } from '../a11y/HiddenDataTable';
import { describeChart } from '../a11y/interactive';
import type { DescriptionOptions } from '../a11y/interactive';
import type { TooltipContent } from '../interaction/tooltipLayout';
import {
  formatBase,
  formatScore,
  formatScoreOrNoData,
  formatScoreWithLevel,
  scaleLevelLabel,
} from '../locale/format';
import { commonMessages } from '../locale/common';
import { goalBarMessages } from '../locale/goalBar';
import { goalBarChangeFinding, previousRoundName, printedPrevious } from './describePrevious';
import type { GoalBarRow } from './layoutTypes';
import type { GoalBarData } from './types';

/**
 * "11 tavoitetta asteikolla 1–5 (n = 6/10 kuntaa). Korkein keskiarvo 3,4: … Matalin keskiarvo 2,1: A ja
 * B." From the goals (not sub-goals) that have a value; ties are all named. '' when no goal has a value.
 * With a previous round, followed by what rose and fell since it (goalBarChangeFinding).
 */
export function goalBarKeyFinding(data: GoalBarData, locale: Locale): string {
  let count = 0;
  let max = -Infinity;
  let min = Infinity;
  for (const group of data.groups) {
    for (const { value } of group.items) {
      if (value === null) continue;
      count += 1;
      if (value > max) max = value;
      if (value < min) min = value;
    }
  }
  if (count === 0) return '';
  const highest: string[] = [];
  const lowest: string[] = [];
  for (const group of data.groups) {
    for (const { value, label } of group.items) {
      if (value === max) highest.push(label);
      if (value === min) lowest.push(label);
    }
  }
  const finding = goalBarMessages(locale).keyFinding({
    count,
    highest: { value: formatScore(max, locale), labels: highest },
    lowest: { value: formatScore(min, locale), labels: lowest },
    base: data.base ? formatBase(data.base.answered, data.base.total, locale) : '',
  });
  const changes = goalBarChangeFinding(data, locale);
  return changes ? `${finding} ${changes}` : finding;
}

/** The full description: the illustrative notice (if any), the key finding, the keyboard hint. */
export function goalBarDescription(
  data: GoalBarData,
  locale: Locale,
  options: DescriptionOptions,
): string {
  return describeChart(locale, options, () => goalBarKeyFinding(data, locale));
}

function fullLabel(row: GoalBarRow, locale: Locale): string {
  return row.level === 1 ? `${goalBarMessages(locale).subGoal}: ${row.item.label}` : row.item.label;
}

/**
 * A row's accessible name (the chart's focus element carries the active row's): the full text, the
 * section in parentheses (unless empty or the same as the text), the value and its nearest scale level,
 * e.g. "Alueellinen yhteistyö (Hyvinvointialue): 2,7 (Kohtalaisesti)"; "…: ei tietoa" without a value.
 * With the previous round's name `round` (previousRoundName), its mean and the change follow: "…;
 * Kuntakysely 2021 2,4, muutos +0,3" ("…; Kuntakysely 2021 ei tietoa" for an item without one).
 * `words`: the scale's level words (the layout's levelWords; default the 2024 survey's in `locale`).
 */
export function goalBarItemName(
  row: GoalBarRow,
  locale: Locale,
  round?: string | null,
  words?: ScaleWords,
): string {
  const section = row.groupLabel.trim();
  const inSection = section && section !== row.item.label.trim() ? ` (${section})` : '';
  const value = formatScoreWithLevel(row.item.value, locale, words);
  const name = `${fullLabel(row, locale)}${inSection}: ${value}`;
  if (!round) return name;
  const { previous, change } = printedPrevious(row.item, locale);
  return `${name}${goalBarMessages(locale).previous.name(round, previous, change)}`;
}

/** The tooltip rows of the previous round: its mean and the change (when both means are known). */
function previousRows(row: GoalBarRow, data: GoalBarData, locale: Locale) {
  const round = previousRoundName(data, locale);
  if (!round) return [];
  const { previous, change } = printedPrevious(row.item, locale);
  const changeLabel = goalBarMessages(locale).previous.change;
  return [
    { label: round, value: previous },
    ...(change === null ? [] : [{ label: changeLabel, value: change }]),
  ];
}

/**
 * Tooltip: the full text, the mean, the nearest scale level (in the data's scale words when it has them),
 * the previous round's mean and the change (with a previous round), the section and the base.
 */
export function goalBarTooltip(row: GoalBarRow, data: GoalBarData, locale: Locale): TooltipContent {
  const common = commonMessages(locale);
  const level = scaleLevelLabel(row.item.value, locale, scaleWords(data.scale, locale));
  return {
    title: fullLabel(row, locale),
    rows: [
      { label: common.tooltip.value, value: formatScoreOrNoData(row.item.value, locale) },
      ...(level ? [{ label: common.tooltip.level, value: level }] : []),
      ...previousRows(row, data, locale),
      ...(row.groupLabel ? [{ label: common.tooltip.group, value: row.groupLabel }] : []),
      ...(data.base
        ? [
            {
              label: common.tooltip.base,
              value: formatBase(data.base.answered, data.base.total, locale),
            },
          ]
        : []),
    ],
  };
}

/**
 * The hidden table: one row per drawn bar, in display order. With the previous round's name `round`
 * (previousRoundName), two more columns: its mean ("ei tietoa" when it has none) and the signed change
 * ("–" when either mean is missing).
 */
export function goalBarTable(
  rows: readonly GoalBarRow[],
  locale: Locale,
  round?: string | null,
): { columns: string[]; rows: DataTableRow[] } {
  const goalBar = goalBarMessages(locale);
  const columns = [goalBar.goalColumn, goalBar.sectionColumn, goalBar.meanColumn];
  const previousCells = (row: GoalBarRow) => {
    const { previous, change } = printedPrevious(row.item, locale);
    return [previous, change ?? formatScore(null, locale)];
  };
  return {
    columns: round ? [...columns, round, goalBar.previous.change] : columns,
    rows: rows.map((row) => ({
      key: row.item.id,
      header: fullLabel(row, locale),
      cells: [
        row.groupLabel,
        formatScoreOrNoData(row.item.value, locale),
        ...(round ? previousCells(row) : []),
      ],
    })),
  };
}
