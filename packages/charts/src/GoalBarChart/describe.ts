/**
 * GoalBarChart's words, pure: the key-finding description, each bar's accessible name, tooltip content
 * and the hidden table's rows. All text comes from locale/.
 */
import type { Locale } from '@yhdyspinta/data';
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
import type { GoalBarRow } from './layoutTypes';
import type { GoalBarData } from './types';

/**
 * "11 tavoitetta asteikolla 1–5 (n = 6/10 kuntaa). Korkein keskiarvo 3,4: … Matalin keskiarvo 2,1: A ja
 * B." From the goals (not sub-goals) that have a value; ties are all named. '' when no goal has a value.
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
  return goalBarMessages(locale).keyFinding({
    count,
    highest: { value: formatScore(max, locale), labels: highest },
    lowest: { value: formatScore(min, locale), labels: lowest },
    base: data.base ? formatBase(data.base.answered, data.base.total, locale) : '',
  });
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
 */
export function goalBarItemName(row: GoalBarRow, locale: Locale): string {
  const section = row.groupLabel.trim();
  const inSection = section && section !== row.item.label.trim() ? ` (${section})` : '';
  return `${fullLabel(row, locale)}${inSection}: ${formatScoreWithLevel(row.item.value, locale)}`;
}

/** Tooltip: the full text, the mean, the nearest scale level, the section and the base. */
export function goalBarTooltip(row: GoalBarRow, data: GoalBarData, locale: Locale): TooltipContent {
  const common = commonMessages(locale);
  const level = scaleLevelLabel(row.item.value, locale);
  return {
    title: fullLabel(row, locale),
    rows: [
      { label: common.tooltip.value, value: formatScoreOrNoData(row.item.value, locale) },
      ...(level ? [{ label: common.tooltip.level, value: level }] : []),
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

/** The hidden table: one row per drawn bar, in display order. */
export function goalBarTable(
  rows: readonly GoalBarRow[],
  locale: Locale,
): { columns: string[]; rows: DataTableRow[] } {
  const goalBar = goalBarMessages(locale);
  return {
    columns: [goalBar.goalColumn, goalBar.sectionColumn, goalBar.meanColumn],
    rows: rows.map((row) => ({
      key: row.item.id,
      header: fullLabel(row, locale),
      cells: [row.groupLabel, formatScoreOrNoData(row.item.value, locale)],
    })),
  };
}
