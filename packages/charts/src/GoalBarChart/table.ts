/**
 * GoalBarChart's hidden data table, pure: every row (goal, section, mean) up to GOAL_TABLE_ROW_LIMIT
 * rows, else one summary line per section, as the heatmap does above its TABLE_CELL_LIMIT.
 */
import type { Locale } from '@yhdyspinta/data';
import type { DataTable } from '../a11y/HiddenDataTable';
import { formatNumber, formatRatio, formatScore } from '../locale/format';
import { commonMessages } from '../locale/common';
import { goalBarMessages } from '../locale/goalBar';
import type { GoalBarRow } from './layoutTypes';
import { goalBarTable } from './describe';

/**
 * Up to this many rows (bars) the hidden table lists each one: far above a survey's 11–30 goals and their
 * sub-goals. Above it a table of thousands of cells is slow to render and impractical to read row by row
 * with a screen reader, so it summarises each section (bars with a value, lowest, highest, mean) and the
 * caption says so; single values stay reachable with the arrow keys (the focused row's name has them).
 */
export const GOAL_TABLE_ROW_LIMIT = 800;

interface SectionStats {
  count: number;
  present: number;
  min: number;
  max: number;
  sum: number;
}

/**
 * The table of `rows`; with the previous round's name `round`, each row's previous mean and change too
 * (the summary above GOAL_TABLE_ROW_LIMIT rows is of the current means only).
 */
export function goalBarDataTable(
  rows: readonly GoalBarRow[],
  title: string,
  locale: Locale,
  round?: string | null,
): DataTable {
  const caption = commonMessages(locale).dataTable(title);
  if (rows.length <= GOAL_TABLE_ROW_LIMIT) return { caption, ...goalBarTable(rows, locale, round) };

  const sections = new Map<string, SectionStats>();
  for (const row of rows) {
    let s = sections.get(row.groupLabel);
    if (!s) {
      s = { count: 0, present: 0, min: Infinity, max: -Infinity, sum: 0 };
      sections.set(row.groupLabel, s);
    }
    s.count += 1;
    const v = row.item.value;
    if (v === null) continue;
    s.present += 1;
    s.sum += v;
    if (v < s.min) s.min = v;
    if (v > s.max) s.max = v;
  }
  const m = goalBarMessages(locale).summary;
  const none = commonMessages(locale).noData;
  return {
    caption: `${caption}. ${m.caption(formatNumber(rows.length, locale))}`,
    columns: [goalBarMessages(locale).sectionColumn, m.withData, m.min, m.max, m.mean],
    rows: [...sections].map(([label, s], i) => ({
      key: String(i),
      header: label || m.noSection,
      cells: [
        formatRatio(s.present, s.count, locale),
        s.present ? formatScore(s.min, locale) : none,
        s.present ? formatScore(s.max, locale) : none,
        s.present ? formatScore(s.sum / s.present, locale) : none,
      ],
    })),
  };
}
