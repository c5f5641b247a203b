/**
 * The data of a native (editable) PowerPoint chart where PowerPoint has the chart's type: GoalBarChart as
 * a bar chart of the goals' means on the 1–5 axis, RescueRadar as a radar. The values are the chart data's
 * own numbers, unrounded; a value without data stays an empty cell (a gap), and its category says so.
 */
import { survey2024 } from '@yhdyspinta/data';
import type { Locale } from '@yhdyspinta/data';
import type { ChartDataMap } from '@yhdyspinta/charts/static';
import type { NamedChartData } from './chartData';
import { slideMessages } from './messages';

export interface NativeSeries {
  readonly name: string;
  readonly values: readonly (number | null)[];
}

export interface NativeChart {
  readonly kind: 'bar' | 'radar';
  /** Category labels in drawing order (the bar chart: top to bottom). */
  readonly categories: readonly string[];
  readonly series: readonly NativeSeries[];
  /** The 1–5 axis title with the scale's words, e.g. "Keskiarvo (1 Ei lainkaan · … · 5 Erinomaisesti)". */
  readonly axisTitle: string;
  /**
   * The categories' full texts when the chart shows numbers instead ("1", "2", …: the radar's long
   * goal texts), drawn as a key beside the chart; empty when the categories are the texts.
   */
  readonly key: readonly string[];
}

/** A chart data's own scale words (its `scale`: another survey's levels, in its language). */
type DataScale = NonNullable<ChartDataMap['goal-bars']['scale']>;

/**
 * "1 Ei lainkaan · 2 Heikosti · 3 Kohtalaisesti · 4 Hyvin · 5 Erinomaisesti" from the 2024 survey's
 * scale, or from the data's own `scale` (another survey's words) when it has one.
 */
export function scaleWords(locale: Locale, scale?: DataScale): string {
  const levels =
    scale?.levels ??
    survey2024.scale.levels.map((level) => ({ value: level.value, label: level.label[locale] }));
  return [...levels]
    .sort((a, b) => a.value - b.value)
    .map((level) => `${level.value} ${level.label}`)
    .join(' · ');
}

/** Longest radar category label drawn as is; longer ones are numbered with a key. */
const MAX_RADAR_LABEL = 32;
/** Longest bar category label drawn whole; longer ones are cut at a word with "…" (as the chart does). */
const MAX_BAR_LABEL = 60;

/** `label` cut at a word boundary to at most `max` characters with "…". */
function cut(label: string, max: number): string {
  if (label.length <= max) return label;
  const room = label.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  return `${(space > max / 2 ? room.slice(0, space) : room).replace(/[\s,.;:]+$/, '')}…`;
}

/**
 * The bar chart's category labels: long goal texts cut (the full texts are in the notes' table), each
 * cut only so far that no two labels read the same.
 */
export function barLabels(labels: readonly string[]): string[] {
  return labels.map((label) => {
    for (let max = MAX_BAR_LABEL; max < label.length; max += 20) {
      const short = cut(label, max);
      if (labels.every((other) => other === label || cut(other, max) !== short)) return short;
    }
    return label;
  });
}

function withNoData(label: string, value: number | null, locale: Locale): string {
  return value === null ? `${label} (${slideMessages(locale).noData})` : label;
}

/** The native chart of a chart's data, or undefined when PowerPoint has no such chart type. */
export function nativeChart(named: NamedChartData, locale: Locale): NativeChart | undefined {
  const scale =
    named.chart === 'goal-bars' || named.chart === 'rescue-radar' ? named.data.scale : undefined;
  const axisTitle = slideMessages(locale).meanAxis(scaleWords(locale, scale));
  if (named.chart === 'goal-bars') {
    const items = named.data.groups.flatMap((group) => group.items);
    return {
      kind: 'bar',
      categories: barLabels(items.map((item) => item.shortLabel ?? item.label)).map((label, i) =>
        withNoData(label, items[i]?.value ?? null, locale),
      ),
      series: [{ name: axisTitle, values: items.map((item) => item.value) }],
      axisTitle,
      key: [],
    };
  }
  if (named.chart === 'rescue-radar') {
    const { axes, series } = named.data;
    const numbered = axes.some((axis) => axis.label.length > MAX_RADAR_LABEL);
    return {
      kind: 'radar',
      categories: axes.map((axis, i) => (numbered ? String(i + 1) : axis.label)),
      series: series.map((s) => ({
        name: s.label,
        values: axes.map((axis) => s.values[axis.id] ?? null),
      })),
      axisTitle,
      key: numbered ? axes.map((axis, i) => `${i + 1} ${axis.label}`) : [],
    };
  }
  return undefined;
}
