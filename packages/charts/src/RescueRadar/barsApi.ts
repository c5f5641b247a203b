// The bar twin's item API: GoalBarChart's rows (one per series and axis) spoken of as the radar's points.
import { useMemo } from 'react';
import type { ChartItemApi } from '../chart/markItems';
import type { GoalBarData, GoalBarItemInfo } from '../GoalBarChart';
import type { RescueRadarItemInfo } from './item';
import type { RescueRadarData } from './types';

/**
 * Each bar's id → the radar point it draws. `bars` is radarToGoalBarData(data): group i is series i, bar
 * j of a group is axis j (so the bars' id scheme stays in that one function).
 */
export function radarPointsOfBars(
  data: RescueRadarData,
  bars: GoalBarData,
): ReadonlyMap<string, RescueRadarItemInfo> {
  const points = new Map<string, RescueRadarItemInfo>();
  bars.groups.forEach((group, s) => {
    const series = data.series[s];
    group.items.forEach((bar, a) => {
      const axis = data.axes[a];
      if (!series || !axis) return;
      points.set(bar.id, {
        id: axis.id,
        label: axis.label,
        series: { id: series.id, label: series.label },
        value: bar.value,
      });
    });
  });
  return points;
}

/**
 * The radar's `highlight` (axis and series ids, e.g. a municipality) as the ids of the bars it keeps: a
 * bar is kept when its axis or its series is named. Undefined when nothing is asked.
 */
export function barsHighlight(
  points: ReadonlyMap<string, RescueRadarItemInfo>,
  highlight: readonly string[] | undefined,
): readonly string[] | undefined {
  if (!highlight || highlight.length === 0) return undefined;
  const wanted = new Set(highlight);
  const kept: string[] = [];
  for (const [barId, point] of points) {
    if (wanted.has(point.id) || wanted.has(point.series.id)) kept.push(barId);
  }
  // None kept: an id this chart does not show, which dims nothing (as in the radar).
  return kept;
}

/**
 * The caller's radar-item API (events, tooltip renderer, highlight) as GoalBarChart's props: each bar is
 * reported as its radar point. Memoised on the callbacks, so stable callbacks keep the bars' API stable.
 */
export function useBarsApi(
  points: ReadonlyMap<string, RescueRadarItemInfo> | null,
  api: ChartItemApi<RescueRadarItemInfo>,
): ChartItemApi<GoalBarItemInfo> {
  const { onActiveChange, onSelect, renderTooltip, highlight } = api;
  return useMemo(() => {
    const point = (bar: GoalBarItemInfo) => points?.get(bar.id);
    const withPoint =
      <R>(call: (p: RescueRadarItemInfo) => R) =>
      (bar: GoalBarItemInfo) => {
        const p = point(bar);
        return p ? call(p) : undefined;
      };
    return {
      highlight: points ? barsHighlight(points, highlight) : undefined,
      ...(onActiveChange && {
        onActiveChange: (bar: GoalBarItemInfo | null) => {
          const p = bar ? point(bar) : undefined;
          onActiveChange(p ?? null);
        },
      }),
      ...(onSelect && { onSelect: withPoint((p) => onSelect(p)) }),
      ...(renderTooltip && { renderTooltip: withPoint((p) => renderTooltip(p)) }),
    };
  }, [points, onActiveChange, onSelect, renderTooltip, highlight]);
}
