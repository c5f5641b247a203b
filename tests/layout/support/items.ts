/**
 * The items of a case whose labels must be visible (check 7) and may not read the same (check 4): goals
 * (and sub-goals when drawn), heatmap rows and columns, radar axes (and series when there are several:
 * the legend), coverage tiles. The shipped data is taken through the same public adapters the charts'
 * definitions use.
 */
import {
  goalBarFromSurvey,
  rescueRadarFromSurvey,
  responseCoverageFromSurvey,
  themeHeatmapFromThemeCounts,
} from '@yhdyspinta/charts';
import type {
  GoalBarData,
  HeatmapData,
  RescueRadarData,
  ResponseCoverageData,
} from '@yhdyspinta/charts';
import type { ChartName } from '@yhdyspinta/charts/static';
import { survey2024 } from '@yhdyspinta/data';

export interface CaseItem {
  readonly kind: 'goal' | 'sub-goal' | 'row' | 'column' | 'axis' | 'series' | 'tile';
  readonly id: string;
  readonly label: string;
  /** An optional shorter label (issue 12's `shortLabel`), when the data carries one. */
  readonly shortLabel?: string;
}

/** The data and texts of a case that the checks compare the picture with. */
export interface CaseTexts {
  readonly items: readonly CaseItem[];
  /** Other texts of the data (section headers, titles, notes) for the word list. */
  readonly otherTexts: readonly string[];
}

type Locale = 'fi' | 'sv';

function item(kind: CaseItem['kind'], entry: { id: string; label: string }): CaseItem {
  const short = (entry as { shortLabel?: unknown }).shortLabel;
  return typeof short === 'string'
    ? { kind, id: entry.id, label: entry.label, shortLabel: short }
    : { kind, id: entry.id, label: entry.label };
}

/** The shipped data of a chart in `locale` (what the chart draws without `data`). */
export function shippedData(chart: ChartName, locale: Locale): unknown {
  switch (chart) {
    case 'goal-bars':
      return goalBarFromSurvey(survey2024, locale);
    case 'theme-heatmap':
      return themeHeatmapFromThemeCounts(undefined, locale);
    case 'rescue-radar':
      return rescueRadarFromSurvey(survey2024, locale);
    case 'coverage':
      return responseCoverageFromSurvey(survey2024, locale);
  }
}

export function caseTexts(
  chart: ChartName,
  data: unknown,
  props: Readonly<Record<string, unknown>> | undefined,
): CaseTexts {
  switch (chart) {
    case 'goal-bars': {
      const d = data as GoalBarData;
      const subGoals = props?.showSubGoals === true;
      const items = d.groups.flatMap((g) =>
        g.items.flatMap((i) => [
          item('goal', i),
          ...(subGoals ? (i.children ?? []).map((c) => item('sub-goal', c)) : []),
        ]),
      );
      return { items, otherTexts: d.groups.map((g) => g.label) };
    }
    case 'theme-heatmap': {
      const d = data as HeatmapData;
      return {
        items: [...d.rows.map((r) => item('row', r)), ...d.columns.map((c) => item('column', c))],
        otherTexts: [d.title ?? '', ...(d.notes ?? []), d.rowsTitle ?? '', d.columnsTitle ?? ''],
      };
    }
    case 'rescue-radar': {
      const d = data as RescueRadarData;
      const series = d.series.length > 1 ? d.series.map((s) => item('series', s)) : [];
      return {
        items: [...d.axes.map((a) => item('axis', a)), ...series],
        otherTexts: d.series.map((s) => s.label),
      };
    }
    case 'coverage':
      return { items: (data as ResponseCoverageData).map((c) => item('tile', c)), otherTexts: [] };
  }
}
