/**
 * RescueRadar's words, pure: the key-finding description, each point's accessible name, tooltip content
 * and the hidden table. All text comes from locale/.
 */
import { printedChange, changeCounts } from '../common/change';
import { scaleWords } from '../common/chartScale';
import type { Locale } from '@yhdyspinta/data';
import type { DataTableRow } from '../a11y/HiddenDataTable';
import { describeChart } from '../a11y/interactive';
import type { DescriptionOptions } from '../a11y/interactive';
import type { TooltipContent } from '../interaction/tooltipLayout';
import {
  formatBase,
  formatScore,
  formatScoreChange,
  formatScoreOrNoData,
  scaleLevelLabel,
} from '../locale/format';
import { commonMessages } from '../locale/common';
import { rescueRadarMessages } from '../locale/rescueRadar';
import type { FindingGroup } from '../locale/messageTypes';
import type { RadarSeriesFinding } from '../locale/rescueRadar';
import type { MultiplesReason } from './layoutTypes';
import { NEUTRAL_VALUE } from './rings';
import type { RadarAxis, RadarSeries, RescueRadarData } from './types';

/**
 * A series' value on an axis: a finite number, or null for no data. Only the series' own keys count: a
 * missing key is null even when the id names an inherited member ("__proto__", "constructor").
 */
export function radarValue(series: RadarSeries, axis: RadarAxis): number | null {
  if (!Object.hasOwn(series.values, axis.id)) return null;
  const value = series.values[axis.id];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** A series' previous-round value on an axis (own keys only, as radarValue); null without one. */
export function radarPrevious(series: RadarSeries, axis: RadarAxis): number | null {
  const { previous } = series;
  if (!previous || !Object.hasOwn(previous, axis.id)) return null;
  const value = previous[axis.id];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * The change from the previous round, rounded to tenths as printed (0,05 − 1e-17 stays 0,1), or null
 * when either round has no value.
 */
export function radarChange(series: RadarSeries, axis: RadarAxis): number | null {
  const value = radarValue(series, axis);
  const previous = radarPrevious(series, axis);
  return value === null || previous === null ? null : printedChange(value, previous);
}

/** The previous round's name: the data's previousLabel, else the locale's "edellinen kierros". */
export function previousRoundName(data: RescueRadarData, locale: Locale): string {
  return data.previousLabel ?? rescueRadarMessages(locale).previous.round;
}

/** True when any series has a previous round. */
export function hasPreviousRound(data: RescueRadarData): boolean {
  return data.series.some((s) => s.previous !== undefined);
}

/** Capitalised for a table column or tooltip field ("edellinen kierros" → "Edellinen kierros"). */
const field = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** The sentence on the changes of a series with a previous round, or ''. */
function previousSentence(data: RescueRadarData, series: RadarSeries, locale: Locale): string {
  if (!series.previous) return '';
  const changes = data.axes.flatMap((axis) => {
    const change = radarChange(series, axis);
    return change === null ? [] : [change];
  });
  return rescueRadarMessages(locale).previous.finding({
    round: data.previousLabel ?? '',
    ...changeCounts(changes),
  });
}

function extreme(
  rated: readonly { axis: RadarAxis; value: number }[],
  target: number,
  locale: Locale,
): FindingGroup {
  return {
    value: formatScore(target, locale),
    labels: rated.filter((r) => r.value === target).map((r) => r.axis.label),
  };
}

function seriesFinding(
  data: RescueRadarData,
  series: RadarSeries,
  locale: Locale,
): RadarSeriesFinding {
  const rated = data.axes.flatMap((axis) => {
    const value = radarValue(series, axis);
    return value === null ? [] : [{ axis, value }];
  });
  const values = rated.map((r) => r.value);
  return {
    label: data.series.length > 1 ? series.label : null,
    highest: values.length > 0 ? extreme(rated, Math.max(...values), locale) : null,
    lowest: values.length > 0 ? extreme(rated, Math.min(...values), locale) : null,
    atLeastNeutral: values.filter((v) => v >= NEUTRAL_VALUE).length,
    rated: values.length,
    missing: data.axes.length - values.length,
  };
}

function base(data: RescueRadarData, locale: Locale): string {
  return data.base ? formatBase(data.base.answered, data.base.total, locale) : '';
}

/**
 * "9 tavoitetta asteikolla 1–5 (n = 6/10 kuntaa). Korkein keskiarvo 3,8: A ja B. Matalin keskiarvo
 * 3,0: C. 9/9 arvoa on vähintään asteikon keskikohdassa 3 (Kohtalaisesti)." (the data's own word for 3
 * when it has a scale). With several series, the sentences are repeated per series, each named.
 */
export function radarKeyFinding(data: RescueRadarData, locale: Locale): string {
  const finding = rescueRadarMessages(locale).keyFinding({
    count: data.axes.length,
    base: base(data, locale),
    series: data.series.map((s) => seriesFinding(data, s, locale)),
    neutralWord: scaleWords(data.scale, locale)[NEUTRAL_VALUE],
  });
  // With a previous round: one sentence per series on what rose and fell (named with several series).
  const changes = data.series.flatMap((s) => {
    const sentence = previousSentence(data, s, locale);
    if (!sentence) return [];
    return [data.series.length > 1 ? `${s.label}: ${sentence}` : sentence];
  });
  return changes.length > 0 ? `${finding} ${changes.join(' ')}` : finding;
}

/**
 * The full description: the illustrative notice (if any), the key finding, the note of how the chart is
 * drawn (small multiples: why), the keyboard hint.
 */
export function radarDescription(
  data: RescueRadarData,
  locale: Locale,
  options: DescriptionOptions,
  multiples: MultiplesReason | null = null,
): string {
  return describeChart(locale, options, () => {
    const finding = radarKeyFinding(data, locale);
    if (!multiples) return finding;
    return `${finding} ${rescueRadarMessages(locale).multiplesNote(multiples, data.series.length)}`;
  });
}

/** A point's accessible name: "[series, ]full goal text: 3,3" or "…: ei tietoa". */
export function radarPointName(
  data: RescueRadarData,
  seriesIndex: number,
  axisIndex: number,
  locale: Locale,
): string {
  const series = data.series[seriesIndex];
  const axis = data.axes[axisIndex];
  if (!series || !axis) return '';
  const prefix = data.series.length > 1 ? `${series.label}, ` : '';
  const name = `${prefix}${axis.label}: ${formatScoreOrNoData(radarValue(series, axis), locale)}`;
  if (!series.previous) return name;
  const change = radarChange(series, axis);
  return `${name}${rescueRadarMessages(locale).previous.name(
    previousRoundName(data, locale),
    formatScoreOrNoData(radarPrevious(series, axis), locale),
    change === null ? null : formatScoreChange(change, locale),
  )}`;
}

/** Tooltip: the full goal text; the series (with several), the value, its nearest scale level, the base. */
export function radarTooltip(
  data: RescueRadarData,
  seriesIndex: number,
  axisIndex: number,
  locale: Locale,
): TooltipContent {
  const common = commonMessages(locale);
  const rescueRadar = rescueRadarMessages(locale);
  const series = data.series[seriesIndex];
  const axis = data.axes[axisIndex];
  if (!series || !axis) return { title: '', rows: [] };
  const value = radarValue(series, axis);
  const level = scaleLevelLabel(value, locale, scaleWords(data.scale, locale));
  const n = base(data, locale);
  const change = radarChange(series, axis);
  return {
    title: axis.label,
    rows: [
      ...(data.series.length > 1 ? [{ label: rescueRadar.seriesField, value: series.label }] : []),
      { label: common.tooltip.value, value: formatScoreOrNoData(value, locale) },
      ...(level ? [{ label: common.tooltip.level, value: level }] : []),
      ...(series.previous
        ? [
            {
              label: field(previousRoundName(data, locale)),
              value: formatScoreOrNoData(radarPrevious(series, axis), locale),
            },
            ...(change === null
              ? []
              : [{ label: rescueRadar.previous.change, value: formatScoreChange(change, locale) }]),
          ]
        : []),
      ...(n ? [{ label: common.tooltip.base, value: n }] : []),
    ],
  };
}

/**
 * The hidden table: one row per axis (its full text), one column per series; "ei tietoa" for no data. A
 * series with a previous round adds its previous values and signed changes as two more columns.
 */
export function radarTable(
  data: RescueRadarData,
  locale: Locale,
): { columns: string[]; rows: DataTableRow[] } {
  const rescueRadar = rescueRadarMessages(locale);
  const { previous: words } = rescueRadar;
  const round = field(previousRoundName(data, locale));
  const several = data.series.length > 1;
  const name = (s: RadarSeries, f: string) => (several ? words.column(s.label, f) : f);
  return {
    columns: [
      rescueRadar.axisColumn,
      ...data.series.flatMap((s) =>
        s.previous ? [s.label, name(s, round), name(s, words.change)] : [s.label],
      ),
    ],
    rows: data.axes.map((axis) => ({
      key: axis.id,
      header: axis.label,
      cells: data.series.flatMap((s) => {
        const value = formatScoreOrNoData(radarValue(s, axis), locale);
        if (!s.previous) return [value];
        const change = radarChange(s, axis);
        return [
          value,
          formatScoreOrNoData(radarPrevious(s, axis), locale),
          change === null ? formatScoreOrNoData(null, locale) : formatScoreChange(change, locale),
        ];
      }),
    })),
  };
}
