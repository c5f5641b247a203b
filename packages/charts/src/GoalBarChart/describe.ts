/**
 * GoalBarChart's words, pure: the key-finding description, each bar's accessible name, tooltip content
 * and the hidden table's rows. All text comes from locale/.
 */
import type { Locale } from '@yhdyspinta/data';
import type { DataTableRow } from '../a11y/HiddenDataTable';
import type { TooltipContent } from '../interaction/tooltipLayout';
import { formatBase, formatScore, formatScoreOrNoData, scaleLevelLabel } from '../locale/format';
import { commonMessages } from '../locale/common';
import { goalBarMessages } from '../locale/goalBar';
import type { FindingGroup } from '../locale/messageTypes';
import type { GoalBarRow } from './compute';
import type { GoalBarData, GoalBarItem } from './types';

function extreme(items: readonly GoalBarItem[], pick: 'max' | 'min', locale: Locale): FindingGroup {
  const values = items.map((i) => i.value).filter((v) => v !== null);
  const target = pick === 'max' ? Math.max(...values) : Math.min(...values);
  return {
    value: formatScore(target, locale),
    labels: items.filter((i) => i.value === target).map((i) => i.label),
  };
}

/**
 * "11 tavoitetta asteikolla 1–5 (n = 6/10 kuntaa). Korkein keskiarvo 3,4: … Matalin keskiarvo 2,1: A ja
 * B." From the goals (not sub-goals) that have a value; ties are all named. '' when no goal has a value.
 */
export function goalBarKeyFinding(data: GoalBarData, locale: Locale): string {
  const goals = data.groups.flatMap((g) => g.items).filter((i) => i.value !== null);
  if (goals.length === 0) return '';
  return goalBarMessages(locale).keyFinding({
    count: goals.length,
    highest: extreme(goals, 'max', locale),
    lowest: extreme(goals, 'min', locale),
    base: data.base ? formatBase(data.base.answered, data.base.total, locale) : '',
  });
}

/** The full description: the illustrative notice (if any), the key finding, the keyboard hint. */
export function goalBarDescription(
  data: GoalBarData,
  locale: Locale,
  options: { readonly illustrative: boolean; readonly description?: string },
): string {
  const common = commonMessages(locale);
  return [
    options.illustrative ? `${common.illustrativeData}.` : '',
    options.description ?? goalBarKeyFinding(data, locale),
    common.keyboardHint,
  ]
    .filter(Boolean)
    .join(' ');
}

function fullLabel(row: GoalBarRow, locale: Locale): string {
  return row.level === 1 ? `${goalBarMessages(locale).subGoal}: ${row.item.label}` : row.item.label;
}

/** A bar's accessible name: its full text and value, e.g. "Ikääntyneiden palvelut: 2,7". */
export function goalBarItemName(row: GoalBarRow, locale: Locale): string {
  return `${fullLabel(row, locale)}: ${formatScoreOrNoData(row.item.value, locale)}`;
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
