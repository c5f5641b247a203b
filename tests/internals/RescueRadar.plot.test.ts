// RescueRadar's plot geometry without React (RescueRadar/plot.ts): the values prepared for the points
// (texts, widths, none for a gap), the gap between the outer ring and the labels, a panel fitted in
// bounds (its spokes, its label boxes, the smallest radius when no label layout fits) and a panel
// translated as another small multiple. Data: tests/support/rescueRadarData.ts; the bounds and long
// labels are illustrative (made up).
import { describe, expect, it } from 'vitest';
import { defaultTheme, slideTheme } from '@yhdyspinta/charts';
import type { RescueRadarLayoutInput } from '@yhdyspinta/charts';
import { createLabelWrapper } from '../../packages/charts/src/RescueRadar/labelWrap';
import {
  fitPanel,
  labelGap,
  prepareRadarValues,
  translatePanel,
} from '../../packages/charts/src/RescueRadar/plot';
import type { PanelGeometry } from '../../packages/charts/src/RescueRadar/plot';
import { polar } from '../../packages/charts/src/RescueRadar/geometry';
import { measureText } from '../../packages/charts/src/text/measureText';
import { OPTIONS } from '../support/rescueRadarRules';
import { twoSeries } from '../support/rescueRadarData';

const chart = (data = twoSeries): RescueRadarLayoutInput => ({
  data,
  width: 800,
  locale: 'fi',
  theme: defaultTheme,
  options: OPTIONS,
});

const LONG = [
  'Pelastustoimi ja kunnat suunnittelevat yhdessä väestön omatoimisen varautumisen koulutuksen',
  'Onnettomuuksien ehkäisyn yhteistyö on sujuvaa ja tavoitteellista kaikkien toimijoiden kesken',
  'Pelastuslaitoksen ja kunnan välinen tiedonkulku on riittävää, oikea-aikaista ja selkeää aina',
];
const LABEL_LH = defaultTheme.fontSize.label * defaultTheme.lineHeight;

const fit = (
  bounds: { left: number; right: number; top: number; bottom: number },
  labelWidth: number,
  labels = LONG,
  maxLabelLines = 1,
) =>
  fitPanel(
    {
      chart: chart({
        ...twoSeries,
        axes: twoSeries.axes.map((a, i) => ({ ...a, label: labels[i]! })),
      }),
      labels,
      wrap: createLabelWrapper(labels, defaultTheme.fontSize.label, LABEL_LH),
      bounds,
      maxLabelLines,
      labelWidth,
    },
    4.6,
  );

describe('prepareRadarValues', () => {
  it('formats each value with one decimal and measures it in bold; a gap has no text and no width', () => {
    const prep = prepareRadarValues(chart());
    expect(prep.values).toEqual([4, 2, null, 3, 3, 3]);
    expect(prep.texts).toEqual(['4,0', '2,0', null, '3,0', '3,0', '3,0']);
    const w = (t: string) => measureText(t, defaultTheme.fontSize.value, 700);
    expect(prep.widths).toEqual([w('4,0'), w('2,0'), 0, w('3,0'), w('3,0'), w('3,0')]);
    expect(prepareRadarValues({ ...chart(), locale: 'en' }).texts).toEqual([
      '4.0',
      '2.0',
      null,
      '3.0',
      '3.0',
      '3.0',
    ]);
  });
});

describe('labelGap', () => {
  it('is the small spacing and the marker, or half a tick line and the extra small spacing', () => {
    // Default: 8 + 4.6 = 12.6 against 12 · 1.35 / 2 + 4 = 12.1.
    expect(labelGap(defaultTheme, 4.6)).toBeCloseTo(12.6, 9);
    expect(labelGap(defaultTheme, 0)).toBeCloseTo(12.1, 9);
    const { fontSize, lineHeight, spacing } = slideTheme;
    expect(labelGap(slideTheme, 0)).toBeCloseTo(
      Math.max(spacing.sm, (fontSize.tick * lineHeight) / 2 + spacing.xs),
      9,
    );
  });
});

describe('fitPanel', () => {
  it('draws each spoke from the centre to the outer ring at its label angle', () => {
    const g = fit({ left: 0, right: 800, top: 0, bottom: 600 }, 160, LONG, 3);
    expect(g.fits).toBe(true);
    expect(g.axes).toHaveLength(3);
    expect(g.scale(5)).toBeCloseTo(g.radius, 9);
    expect(g.scale(1)).toBe(0);
    g.axes.forEach((a, i) => {
      expect(a.index).toBe(i);
      expect(a.panel).toBe(0);
      expect(a.angle).toBeCloseTo((2 * Math.PI * i) / 3, 12);
      const end = polar(g.cx, g.cy, g.radius, a.angle);
      expect(a.spoke).toEqual({ x1: g.cx, y1: g.cy, x2: end.x, y2: end.y });
      // A label line is the label font's line high.
      expect(a.box.height).toBeCloseTo(a.lines.length * LABEL_LH, 9);
      expect(a.lines.length).toBeGreaterThan(1);
    });
  });

  it('with no label layout that fits: the smallest radius, 12 % of the smaller side', () => {
    // 400 × 1000: no 225 px wide label fits beside a plot; the radius is 0.12 · 400.
    const g = fit({ left: 100, right: 500, top: 0, bottom: 1000 }, 300);
    expect(g.fits).toBe(false);
    expect(g.radius).toBeCloseTo(48, 9);
    // The labels as last tried: one line, three quarters of the width asked for.
    const widest = Math.max(...g.axes.map((a) => a.box.width));
    expect(widest).toBeLessThanOrEqual(225);
    expect(widest).toBeGreaterThan(200);
    expect(g.axes.every((a) => a.lines.length === 1)).toBe(true);
  });

  it('with no label layout that fits in a small box: two tick lines', () => {
    const g = fit({ left: 0, right: 200, top: 0, bottom: 200 }, 300);
    expect(g.fits).toBe(false);
    expect(g.radius).toBeCloseTo(2 * 12 * 1.35, 9);
  });

  it('tries narrower labels only down to five em (or the width asked for)', () => {
    // 40 px asked for: 40 and 52 px tried, not 30 (under the 40 px minimum): the last tried is 52.
    const g = fit({ left: 0, right: 120, top: 0, bottom: 120 }, 40);
    expect(g.fits).toBe(false);
    const widest = Math.max(...g.axes.map((a) => a.box.width));
    expect(widest).toBeGreaterThan(40);
    expect(widest).toBeLessThanOrEqual(52);
  });
});

describe('translatePanel', () => {
  it('moves the bounds, centre, labels and spokes, keeping the scale and fit', () => {
    const g: PanelGeometry = fit({ left: 0, right: 800, top: 0, bottom: 600 }, 160, LONG, 3);
    const t = translatePanel(g, 30, 70, 2);
    expect(t.bounds).toEqual({
      left: g.bounds.left + 30,
      right: g.bounds.right + 30,
      top: g.bounds.top + 70,
      bottom: g.bounds.bottom + 70,
    });
    expect([t.cx, t.cy]).toEqual([g.cx + 30, g.cy + 70]);
    expect(t.radius).toBe(g.radius);
    expect(t.scale).toBe(g.scale);
    expect(t.fits).toBe(g.fits);
    t.axes.forEach((a, i) => {
      const o = g.axes[i]!;
      expect(a.panel).toBe(2);
      expect(a.index).toBe(o.index);
      expect(a.lines).toBe(o.lines);
      expect(a.textX).toBe(o.textX + 30);
      expect(a.box).toEqual({ ...o.box, x: o.box.x + 30, y: o.box.y + 70 });
      expect(a.spoke).toEqual({
        x1: o.spoke.x1 + 30,
        y1: o.spoke.y1 + 70,
        x2: o.spoke.x2 + 30,
        y2: o.spoke.y2 + 70,
      });
    });
  });
});
