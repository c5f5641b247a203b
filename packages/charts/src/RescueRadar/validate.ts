import { checkChartScale } from '../common/chartScale';
import { checkBase, checkIdAndLabel, isScore } from '../common/validation';
import type { Validation } from '../common/validation';
import type { RadarSeries, RescueRadarData } from './types';

/** A radar needs at least this many axes to enclose an area (fewer: use a bar chart). */
export const MIN_RADAR_AXES = 3;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkAxes(axes: readonly unknown[], problems: string[]): Set<string> {
  const ids = new Set<string>();
  axes.forEach((axis, i) => {
    if (!isRecord(axis)) return void problems.push(`axes[${i}] is not an object`);
    checkIdAndLabel(axis, `axes[${i}]`, ids, problems);
  });
  return ids;
}

function checkSeries(
  series: readonly unknown[],
  axisIds: ReadonlySet<string>,
  problems: string[],
): number {
  const ids = new Set<string>();
  let rated = 0;
  series.forEach((s, i) => {
    if (!isRecord(s)) return void problems.push(`series[${i}] is not an object`);
    const { values, previous } = s as Partial<RadarSeries>;
    checkIdAndLabel(s, `series[${i}]`, ids, problems);
    if (!isRecord(values)) return void problems.push(`series[${i}].values is not an object`);
    for (const [key, value] of Object.entries(values)) {
      if (!axisIds.has(key)) problems.push(`series[${i}].values has the unknown axis id "${key}"`);
      else if (value !== null && !isScore(value)) {
        problems.push(
          `series[${i}].values["${key}"] is ${String(value)}, not a value on 1–5 or null`,
        );
      } else if (value !== null) rated += 1;
    }
    if (previous !== undefined) checkPrevious(previous, `series[${i}].previous`, axisIds, problems);
  });
  return rated;
}

/** A series' previous round: an object of known axis ids to values on 1–5 or null. */
function checkPrevious(
  previous: unknown,
  path: string,
  axisIds: ReadonlySet<string>,
  problems: string[],
): void {
  if (!isRecord(previous)) return void problems.push(`${path} is not an object`);
  for (const [key, value] of Object.entries(previous)) {
    if (!axisIds.has(key)) problems.push(`${path} has the unknown axis id "${key}"`);
    else if (value !== null && !isScore(value)) {
      problems.push(`${path}["${key}"] is ${String(value)}, not a value on 1–5 or null`);
    }
  }
}

/**
 * Checks RescueRadarData before drawing: axes and series are arrays; ids are unique non-empty strings,
 * labels non-empty; every value (and previous-round value) is a finite number from 1 to 5 or null, keyed by
 * a known axis id; previousLabel, if given, a non-empty string; a base,
 * if given, is whole numbers with 0 ≤ answered ≤ total; a non-empty radar has at least three axes.
 * No axes, no series or no value at all → 'empty'. Never throws.
 */
export function validateRescueRadarData(data: unknown): Validation<RescueRadarData> {
  if (!isRecord(data)) return { ok: false, kind: 'invalid', problems: ['data is not an object'] };
  const { axes, series, base, previousLabel, scale } = data as Partial<RescueRadarData>;
  if (!Array.isArray(axes))
    return { ok: false, kind: 'invalid', problems: ['data.axes is not an array'] };
  if (!Array.isArray(series)) {
    return { ok: false, kind: 'invalid', problems: ['data.series is not an array'] };
  }
  const problems: string[] = [];
  const axisIds = checkAxes(axes, problems);
  const rated = checkSeries(series, axisIds, problems);
  if (axes.length > 0 && axes.length < MIN_RADAR_AXES) {
    problems.push(`a radar needs at least ${MIN_RADAR_AXES} axes, got ${axes.length}`);
  }
  checkBase(base, problems);
  if (previousLabel !== undefined && (typeof previousLabel !== 'string' || !previousLabel.trim())) {
    problems.push('data.previousLabel is not a non-empty string');
  }
  checkChartScale(scale, problems);
  if (problems.length > 0) return { ok: false, kind: 'invalid', problems };
  if (axes.length === 0 || series.length === 0 || rated === 0) {
    return { ok: false, kind: 'empty', problems: [] };
  }
  return { ok: true, data: data as unknown as RescueRadarData };
}
