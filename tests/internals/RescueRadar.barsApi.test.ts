// The radar's bar twin item API (RescueRadar/barsApi.ts): each bar of radarToGoalBarData spoken of as
// its radar point, the radar's highlight (axis or series ids) as the bars it keeps, and the caller's
// callbacks and tooltip renderer handed the point of a bar (rendered once on the server to call the
// hook). Data: tests/support/rescueRadarData.ts (illustrative series).
import { describe, expect, it, vi } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ChartItemApi } from '../../packages/charts/src/chart/markItems';
import type { GoalBarItemInfo } from '../../packages/charts/src/GoalBarChart';
import {
  barsHighlight,
  radarPointsOfBars,
  useBarsApi,
} from '../../packages/charts/src/RescueRadar/barsApi';
import type { RescueRadarItemInfo } from '../../packages/charts/src/RescueRadar/item';
import { radarToGoalBarData } from '../../packages/charts/src/RescueRadar/toGoalBarData';
import { twoSeries } from '../support/rescueRadarData';

const [ax1, ax2, ax3] = twoSeries.axes;
const points = () => radarPointsOfBars(twoSeries, radarToGoalBarData(twoSeries));

const bar = (id: string): GoalBarItemInfo => ({ id, label: 'pylväs', value: 3, section: '' });

/** The hook's result for `api`, from one server render. */
function barsApi(
  pts: ReadonlyMap<string, RescueRadarItemInfo> | null,
  api: ChartItemApi<RescueRadarItemInfo>,
): ChartItemApi<GoalBarItemInfo> {
  let out: ChartItemApi<GoalBarItemInfo> | undefined;
  const Probe = () => {
    out = useBarsApi(pts, api);
    return null;
  };
  renderToStaticMarkup(createElement(Probe));
  if (!out) throw new Error('not rendered');
  return out;
}

describe('radarPointsOfBars', () => {
  it("maps each bar's id to its series' axis point, with the bar's value", () => {
    const map = points();
    expect([...map.keys()]).toEqual([
      `a/${ax1!.id}`,
      `a/${ax2!.id}`,
      `a/${ax3!.id}`,
      `b/${ax1!.id}`,
      `b/${ax2!.id}`,
      `b/${ax3!.id}`,
    ]);
    expect(map.get(`a/${ax2!.id}`)).toEqual({
      id: ax2!.id,
      label: ax2!.label,
      series: { id: 'a', label: 'Lohja' },
      value: 2,
    });
    expect(map.get(`a/${ax3!.id}`)?.value).toBeNull();
    expect(map.get(`b/${ax1!.id}`)).toEqual({
      id: ax1!.id,
      label: ax1!.label,
      series: { id: 'b', label: 'Vihti' },
      value: 3,
    });
  });

  it('skips bars beyond the data (more groups or bars than series or axes)', () => {
    const bars = radarToGoalBarData(twoSeries);
    const extra = {
      ...bars,
      groups: [
        {
          ...bars.groups[0]!,
          items: [...bars.groups[0]!.items, { id: 'x/extra', label: 'x', value: 1 }],
        },
        bars.groups[1]!,
        { id: 'c', label: 'c', items: [{ id: 'c/1', label: 'c', value: 2 }] },
      ],
    };
    const map = radarPointsOfBars(twoSeries, extra);
    expect(map.size).toBe(6);
    expect(map.has('x/extra')).toBe(false);
    expect(map.has('c/1')).toBe(false);
  });
});

describe('barsHighlight', () => {
  it('keeps the bars of a named axis or series; undefined when nothing is asked', () => {
    const map = points();
    expect(barsHighlight(map, undefined)).toBeUndefined();
    expect(barsHighlight(map, [])).toBeUndefined();
    expect(barsHighlight(map, ['b'])).toEqual([`b/${ax1!.id}`, `b/${ax2!.id}`, `b/${ax3!.id}`]);
    expect(barsHighlight(map, [ax2!.id])).toEqual([`a/${ax2!.id}`, `b/${ax2!.id}`]);
    expect(barsHighlight(map, ['a', ax3!.id])).toEqual([
      `a/${ax1!.id}`,
      `a/${ax2!.id}`,
      `a/${ax3!.id}`,
      `b/${ax3!.id}`,
    ]);
    // An id the chart does not show keeps none (dims nothing).
    expect(barsHighlight(map, ['elsewhere'])).toEqual([]);
  });
});

describe('useBarsApi', () => {
  it('hands each callback the radar point of the bar', () => {
    const map = points();
    const onActiveChange = vi.fn();
    const onSelect = vi.fn();
    const renderTooltip = vi.fn((p: RescueRadarItemInfo) => `${p.series.label}: ${p.label}`);
    const api = barsApi(map, { onActiveChange, onSelect, renderTooltip, highlight: ['a'] });
    expect(api.highlight).toEqual([`a/${ax1!.id}`, `a/${ax2!.id}`, `a/${ax3!.id}`]);
    const id = `b/${ax2!.id}`;
    api.onActiveChange!(bar(id));
    expect(onActiveChange).toHaveBeenLastCalledWith(map.get(id));
    api.onActiveChange!(null);
    expect(onActiveChange).toHaveBeenLastCalledWith(null);
    // A bar that is no point: null.
    api.onActiveChange!(bar('nowhere'));
    expect(onActiveChange).toHaveBeenLastCalledWith(null);
    expect(onActiveChange).toHaveBeenCalledTimes(3);
    api.onSelect!(bar(id));
    expect(onSelect).toHaveBeenCalledWith(map.get(id));
    api.onSelect!(bar('nowhere'));
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(api.renderTooltip!(bar(id))).toBe(`Vihti: ${ax2!.label}`);
    expect(api.renderTooltip!(bar('nowhere'))).toBeUndefined();
  });

  it('gives no callbacks the caller did not, and no highlight without points', () => {
    const api = barsApi(null, { highlight: ['a'] });
    expect(api).toEqual({ highlight: undefined });
    expect(Object.keys(barsApi(points(), {}))).toEqual(['highlight']);
    const onSelect = vi.fn();
    const none = barsApi(null, { onSelect });
    expect(Object.keys(none)).toEqual(['highlight', 'onSelect']);
    none.onSelect!(bar('a/x'));
    expect(onSelect).not.toHaveBeenCalled();
  });
});
