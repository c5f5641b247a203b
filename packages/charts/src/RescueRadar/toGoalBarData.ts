import type { GoalBarData } from '../GoalBarChart';
import { radarValue } from './describe';
import type { RescueRadarData } from './types';

/**
 * The radar's numbers for GoalBarChart (the bar twin): one group per series (headed by the series' name
 * when there are several), one bar per axis with the same value; missing stays missing. Item ids are
 * `seriesId/axisId` (unique across groups, as GoalBarChart requires).
 */
export function radarToGoalBarData(data: RescueRadarData): GoalBarData {
  const named = data.series.length > 1;
  return {
    groups: data.series.map((series) => ({
      id: series.id,
      label: named ? series.label : '',
      items: data.axes.map((axis) => ({
        id: `${series.id}/${axis.id}`,
        label: axis.label,
        value: radarValue(series, axis),
      })),
    })),
    ...(data.base ? { base: data.base } : {}),
    ...(data.scale ? { scale: data.scale } : {}),
  };
}
