// One RescueRadar panel's data without React (RescueRadar/panel.ts), on a hand-made plot geometry: the
// points (a gap on the outer ring, hit boxes), each series' own path, previous-round path and markers,
// the values printed, and the ring labels (one left out when a wide series line runs along its ring,
// which the named-rings trial gives up on). Axes, series and values are illustrative (made up).
import { describe, expect, it } from 'vitest';
import { defaultTheme } from '@yhdyspinta/charts';
import type { ChartTheme, RescueRadarData, RescueRadarLayoutInput } from '@yhdyspinta/charts';
import { seriesStyle } from '../../packages/charts/src/common/seriesStyle';
import { polar } from '../../packages/charts/src/RescueRadar/geometry';
import {
  layoutPanelData,
  layoutPanelDataWithAllRingLabels,
} from '../../packages/charts/src/RescueRadar/panel';
import type { PanelDataInput } from '../../packages/charts/src/RescueRadar/panel';
import { prepareRadarValues, radialScale } from '../../packages/charts/src/RescueRadar/plot';
import type { PanelGeometry } from '../../packages/charts/src/RescueRadar/plot';
import { markersPath, seriesPath } from '../../packages/charts/src/RescueRadar/seriesPaths';
import { OPTIONS } from '../support/rescueRadarRules';

const axes = [
  { id: 'a1', label: 'Yksi' },
  { id: 'a2', label: 'Kaksi' },
  { id: 'a3', label: 'Kolme' },
];

const data: RescueRadarData = {
  axes,
  series: [
    { id: 's1', label: 'Eka', values: { a1: 4, a2: 2.5, a3: null } },
    {
      id: 's2',
      label: 'Toka',
      values: { a1: 3, a2: 3.5, a3: 2 },
      previous: { a1: 2, a2: null, a3: 4 },
    },
  ],
};

const R = 120;
const C = 300;

/** A plot at (300, 300) of radius 120 in a 600 × 600 box; the axis labels are tiny boxes in the corners. */
const geometry = (): PanelGeometry => ({
  bounds: { left: 0, right: 600, top: 0, bottom: 600 },
  cx: C,
  cy: C,
  radius: R,
  scale: radialScale(R),
  fits: true,
  axes: axes.map((axis, index) => {
    const angle = (2 * Math.PI * index) / 3;
    const end = polar(C, C, R, angle);
    return {
      angle,
      anchor: 'middle' as const,
      lines: [axis.label],
      noteFrom: 1,
      truncated: false,
      textX: index * 10,
      box: { x: index * 10, y: 0, width: 5, height: 5 },
      index,
      panel: 0,
      axis,
      spoke: { x1: C, y1: C, x2: end.x, y2: end.y },
    };
  }),
});

const input = (
  d: RescueRadarData = data,
  theme: ChartTheme = defaultTheme,
  showValues = true,
  seriesIndices: number[] = [0, 1],
): PanelDataInput => {
  const chart: RescueRadarLayoutInput = {
    data: d,
    width: 600,
    locale: 'fi',
    theme,
    options: { ...OPTIONS, showValues },
  };
  return {
    chart,
    geometry: geometry(),
    panel: 0,
    seriesIndices,
    styles: d.series.map((_, i) => seriesStyle(i, theme)),
    prep: prepareRadarValues(chart),
    withLevels: false,
    markerRadius: 4.6,
    note: null,
  };
};

describe('layoutPanelData', () => {
  it('puts each value on its spoke, a gap on the outer ring with the axis label as its hit box', () => {
    const out = layoutPanelData(input());
    expect(out.points).toHaveLength(6);
    const scale = radialScale(R);
    const values = [4, 2.5, null, 3, 3.5, 2];
    out.points.forEach((p, i) => {
      const a = i % 3;
      const v = values[i] ?? null;
      const at = polar(C, C, v === null ? R : scale(v), (2 * Math.PI * a) / 3);
      expect(p.x, `x ${i}`).toBeCloseTo(at.x, 9);
      expect(p.y, `y ${i}`).toBeCloseTo(at.y, 9);
      expect([p.seriesIndex, p.axisIndex, p.value]).toEqual([Math.floor(i / 3), a, v]);
    });
    expect(out.points[2]!.hitBox).toEqual({ x: 20, y: 0, width: 5, height: 5 });
    const hit = Math.max(4.6 + 4, 8);
    const p0 = out.points[0]!;
    expect(p0.hitBox).toEqual({ x: p0.x - hit, y: p0.y - hit, width: 2 * hit, height: 2 * hit });
  });

  it('draws each series through its own points only, with its previous round and markers', () => {
    const out = layoutPanelData(input());
    const scale = radialScale(R);
    const centre = { x: C, y: C };
    const vertices = (vs: (number | null)[]) =>
      vs.map((v, a) => ({
        angle: (2 * Math.PI * a) / 3,
        r: v === null ? R : scale(v),
        missing: v === null,
      }));
    expect(out.series).toHaveLength(2);
    const [first, second] = out.series;
    expect(first!.path).toBe(seriesPath(vertices([4, 2.5, null]), centre).d);
    expect(first!.closed).toBe(false);
    expect(second!.path).toBe(seriesPath(vertices([3, 3.5, 2]), centre).d);
    expect(second!.closed).toBe(true);
    // The previous round: a gap where it has no value.
    expect(first!.previousPath).toBe('');
    expect(second!.previousPath).toBe(
      seriesPath(
        [2, null, 4].map((v, a) => ({
          angle: (2 * Math.PI * a) / 3,
          r: v === null ? 0 : scale(v),
          missing: v === null,
        })),
        centre,
      ).d,
    );
    // Markers on the values only (none on the gap).
    const style = seriesStyle(0, defaultTheme);
    expect(first!.markerPath).toBe(markersPath(style.marker, 4.6, out.points.slice(0, 2)));
    expect(first!.points).toEqual(out.points.slice(0, 3));
    expect(second!.points).toEqual(out.points.slice(3));
    expect([first!.empty, second!.empty]).toEqual([false, false]);
  });

  it('marks a series without any value empty', () => {
    const d = {
      ...data,
      series: [data.series[0]!, { ...data.series[1]!, values: { a1: null, a2: null, a3: null } }],
    };
    const out = layoutPanelData(input(d));
    expect(out.series.map((s) => s.empty)).toEqual([false, true]);
    expect(out.series[1]!.markerPath).toBe('');
  });

  it('counts the values printed (none for a gap, none when values are off)', () => {
    const out = layoutPanelData(input());
    expect(out.points.map((p) => p.valueText)).toEqual(['4,0', '2,5', null, '3,0', '3,5', '2,0']);
    expect(out.printed).toBe(5);
    const off = layoutPanelData(input(data, defaultTheme, false));
    expect(off.printed).toBe(0);
    expect(off.points.every((p) => p.valueBox === null && p.valueText === null)).toBe(true);
    expect(off.points).toHaveLength(6);
  });

  it('keeps every ring label in a roomy plot', () => {
    const out = layoutPanelData(input());
    expect(out.panel.rings.map((r) => r.text)).toEqual(['1', '2', '3', '4', '5']);
    expect(out.ringsLabelled).toBe(true);
    expect(layoutPanelDataWithAllRingLabels(input())).not.toBeNull();
  });

  it('leaves out a ring label a wide series line runs along, and the named trial gives up', () => {
    // Every value 5: the series' line is ring 5 itself; 5 px wide (a halo does not hide it).
    const wide: ChartTheme = { ...defaultTheme, referenceStrokeWidth: 4 };
    const d: RescueRadarData = {
      axes,
      series: [{ id: 's1', label: 'Eka', values: { a1: 5, a2: 5, a3: 5 } }],
    };
    const out = layoutPanelData(input(d, wide, true, [0]));
    expect(out.panel.rings.map((r) => r.text)).toEqual(['1', '2', '3', '4', '']);
    expect(out.ringsLabelled).toBe(false);
    expect(layoutPanelDataWithAllRingLabels(input(d, wide, true, [0]))).toBeNull();
    // At the default (thin) stroke the halo hides the line: the label stays.
    const thin = layoutPanelData(input(d, defaultTheme, true, [0]));
    expect(thin.panel.rings.map((r) => r.text)).toEqual(['1', '2', '3', '4', '5']);
    expect(thin.ringsLabelled).toBe(true);
  });
});
