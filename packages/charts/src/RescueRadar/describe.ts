/**
 * RescueRadar's words, pure: the key-finding description, each point's accessible name, tooltip content
 * and the hidden table. All text comes from locale/.
 */
import type { Locale } from '@yhdyspinta/data';
import type { DataTableRow } from '../a11y/HiddenDataTable';
import { describeChart } from '../a11y/interactive';
import type { DescriptionOptions } from '../a11y/interactive';
import type { TooltipContent } from '../interaction/tooltipLayout';
import { formatBase, formatScore, formatScoreOrNoData, scaleLevelLabel } from '../locale/format';
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
 * 3,0: C. 9/9 arvoa on vähintään asteikon keskikohdassa 3 (Kohtalaisesti)." With several series, the
 * sentences are repeated per series, each named.
 */
export function radarKeyFinding(data: RescueRadarData, locale: Locale): string {
  return rescueRadarMessages(locale).keyFinding({
    count: data.axes.length,
    base: base(data, locale),
    series: data.series.map((s) => seriesFinding(data, s, locale)),
  });
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
  return `${prefix}${axis.label}: ${formatScoreOrNoData(radarValue(series, axis), locale)}`;
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
  const level = scaleLevelLabel(value, locale);
  const n = base(data, locale);
  return {
    title: axis.label,
    rows: [
      ...(data.series.length > 1 ? [{ label: rescueRadar.seriesField, value: series.label }] : []),
      { label: common.tooltip.value, value: formatScoreOrNoData(value, locale) },
      ...(level ? [{ label: common.tooltip.level, value: level }] : []),
      ...(n ? [{ label: common.tooltip.base, value: n }] : []),
    ],
  };
}

/** The hidden table: one row per axis (its full text), one column per series; "ei tietoa" for no data. */
export function radarTable(
  data: RescueRadarData,
  locale: Locale,
): { columns: string[]; rows: DataTableRow[] } {
  const rescueRadar = rescueRadarMessages(locale);
  return {
    columns: [rescueRadar.axisColumn, ...data.series.map((s) => s.label)],
    rows: data.axes.map((axis) => ({
      key: axis.id,
      header: axis.label,
      cells: data.series.map((s) => formatScoreOrNoData(radarValue(s, axis), locale)),
    })),
  };
}
