// What RescueRadar's events, custom tooltip and highlight speak of: a point (a series on an axis).
import type { MarkItem } from '../chart/markItems';
import type { RescueRadarLayout } from './layoutTypes';
import type { RescueRadarData } from './types';

/** A point as onActiveChange, onSelect and renderTooltip receive it. */
export interface RescueRadarItemInfo {
  /** The axis' (goal's) id. */
  readonly id: string;
  /** The axis' full text. */
  readonly label: string;
  /** The series (e.g. a municipality, or the mean of all). */
  readonly series: { readonly id: string; readonly label: string };
  /** The value on 1–5, or null when there is none. */
  readonly value: number | null;
}

/** Point `index` as a mark: highlighted by its axis' or its series' id. */
export function radarMarkItem(
  data: RescueRadarData,
  layout: RescueRadarLayout,
  index: number,
): MarkItem<RescueRadarItemInfo> | undefined {
  const point = layout.points[index];
  const axis = point ? data.axes[point.axisIndex] : undefined;
  const series = point ? data.series[point.seriesIndex] : undefined;
  if (!point || !axis || !series) return undefined;
  const value = series.values[axis.id];
  return {
    item: {
      id: axis.id,
      label: axis.label,
      series: { id: series.id, label: series.label },
      value: typeof value === 'number' ? value : null,
    },
    box: point.hitBox,
    keys: [axis.id, series.id],
  };
}
