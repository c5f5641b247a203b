/**
 * The default source line of a static output of the shipped data, from the data's sources: the survey's
 * year (its response period) or the memos' year (their dates), the area, and the base the chart's data
 * carries, e.g. "Lähde: Kuntakysely 2024, Länsi-Uudenmaan hyvinvointialue · n = 6/10 kuntaa". A caller's
 * own data gets none by default (its source is unknown here); `source` gives one.
 */
import { negotiations2025, survey2024 } from '@yhdyspinta/data';
import type { Locale } from '@yhdyspinta/data';
import { chartDefinition } from '../catalogue';
import type { ChartName } from '../catalogue';
import type { GoalBarData } from '../GoalBarChart/types';
import { outputMessages } from '../locale/output';
import type { RescueRadarData } from '../RescueRadar/types';
import type { ResponseCoverageData } from '../ResponseCoverage/types';
import type { HeatmapData } from '../ThemeHeatmap/types';

const year = (isoDate: string | null | undefined) => isoDate?.slice(0, 4) ?? '';

/** The years of the memos' dates ("2025", or "2024–2025"). */
function memoYears(): string {
  const years = [...new Set(negotiations2025.map((m) => year(m.date)).filter((y) => y !== ''))];
  years.sort();
  return years.length > 1 ? `${years[0] ?? ''}–${years.at(-1) ?? ''}` : (years[0] ?? '');
}

/** The source line of the chart's shipped `data` in `locale`. */
export function shippedSource(chart: ChartName, data: unknown, locale: Locale): string {
  const m = outputMessages(locale);
  const survey = m.surveySource(year(survey2024.responsePeriod.start));
  switch (chart) {
    case 'goal-bars':
    case 'rescue-radar': {
      const { base } = data as GoalBarData | RescueRadarData;
      return m.source(m.join(base ? [survey, m.base(base.answered, base.total)] : [survey]));
    }
    case 'coverage': {
      const items = data as ResponseCoverageData;
      const answered = items.filter((item) => item.answered).length;
      return m.source(m.join([survey, m.base(answered, items.length)]));
    }
    case 'theme-heatmap': {
      const heatmap = data as HeatmapData;
      const memos = heatmap.values.filter((row) => row.some((v) => v !== null)).length;
      return m.source(m.join([m.memoSource(memoYears()), m.memoBase(memos, heatmap.rows.length)]));
    }
  }
}

/** What decides a render's source line (a subset of RenderChartOptions and the chart spec). */
export interface SourceInput {
  readonly chart: ChartName;
  readonly data?: unknown;
  readonly props?: object;
  readonly source?: string | false;
  readonly locale: Locale;
  /** The output has a fixed height (a slide or print preset). */
  readonly fixedSize: boolean;
}

/**
 * The source line a static render draws: the caller's `source`; none with `source: false`; by default,
 * on slide and print presets, the shipped data's source (none for a caller's own data or survey).
 */
export function renderSource(input: SourceInput): string | undefined {
  if (input.source === false) return undefined;
  if (typeof input.source === 'string') return input.source;
  const own = input.data !== undefined || (input.props !== undefined && 'survey' in input.props);
  if (own || !input.fixedSize) return undefined;
  const data = chartDefinition(input.chart).shippedData?.(input.locale, input.props ?? {});
  return data === undefined ? undefined : shippedSource(input.chart, data, input.locale);
}
