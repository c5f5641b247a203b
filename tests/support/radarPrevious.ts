/**
 * ILLUSTRATIVE previous-round data for RescueRadar's tests: the published 2024 means (survey2024 via
 * rescueRadarFromSurvey) with INVENTED earlier-round means, each a few tenths off; one goal has no earlier
 * value. The earlier round does not exist in the source documents.
 */
import { survey2024 } from '@yhdyspinta/data';
import type { Locale } from '@yhdyspinta/data';
import { rescueRadarFromSurvey } from '@yhdyspinta/charts';
import type { RescueRadarData } from '@yhdyspinta/charts';

/** Invented changes in tenths, by axis position (the last axis has no earlier value). */
const OFFSETS = [3, -2, 0, 5, -1, 1, -4, 2, null] as const;

export function radarWithPrevious(locale: Locale = 'fi', label?: string): RescueRadarData {
  const data = rescueRadarFromSurvey(survey2024, locale);
  const series = data.series.map((s) => ({
    ...s,
    previous: Object.fromEntries(
      data.axes.map((axis, i) => {
        const value = s.values[axis.id];
        const offset = OFFSETS[i % OFFSETS.length];
        return [
          axis.id,
          offset === null || offset === undefined || typeof value !== 'number'
            ? null
            : Math.round((value - offset / 10) * 10) / 10,
        ];
      }),
    ),
  }));
  return { ...data, series, ...(label ? { previousLabel: label } : {}) };
}

/** The same data without any previous round. */
export function withoutPrevious(data: RescueRadarData): RescueRadarData {
  return {
    axes: data.axes,
    ...(data.base ? { base: data.base } : {}),
    series: data.series.map((s) => ({ id: s.id, label: s.label, values: s.values })),
  };
}
