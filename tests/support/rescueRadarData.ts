/**
 * RescueRadar data shared by its describe tests (tests/RescueRadar.describe.test.ts, public, and
 * tests/internals/RescueRadar.describe.test.ts). Goal texts and means as printed in
 * 003_ae88570eab8abfd8.txt (2024 municipal survey, detail page "Pelastustoimen palvelutasopäätös");
 * the two series are illustrative (made up).
 */
import { survey2024 } from '@yhdyspinta/data';
import { rescueRadarFromSurvey } from '@yhdyspinta/charts';
import { expect } from 'vitest';
import type { RescueRadarData, RescueRadarLayout } from '@yhdyspinta/charts';

export const fi = rescueRadarFromSurvey(survey2024, 'fi');
export const GOAL_2 =
  'Länsi-Uudenmaan pelastuslaitos on toiminut arvojensa (inhimillisesti, ammatillisesti, luotettavasti, yhteistyössä) mukaisesti.';
export const GOAL_3 = 'Olemme ottaneet kaksikielisyyden huomioon yhteistyössämme.';
export const GOAL_6 = 'Paloriskikohteiden moniviranomaisyhteistyön kehittämiseen on panostettu.';

/** Two illustrative series over the first three goals, one value missing. */
export const twoSeries: RescueRadarData = {
  axes: fi.axes.slice(0, 3),
  series: [
    { id: 'a', label: 'Lohja', values: { 'rescue.1': 4, 'rescue.2': 2, 'rescue.3': null } },
    { id: 'b', label: 'Vihti', values: { 'rescue.1': 3, 'rescue.2': 3, 'rescue.3': 3 } },
  ],
  base: { answered: 2, total: 10 },
};

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** True when the boxes overlap (touching edges do not). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Distance from (px, py) to the nearest point of `box` (0 inside it). */
export function distanceToBox(px: number, py: number, box: Box): number {
  const dx = Math.max(box.x - px, 0, px - (box.x + box.width));
  const dy = Math.max(box.y - py, 0, py - (box.y + box.height));
  return Math.hypot(dx, dy);
}

/** The first (in the overlaid arrangement: the only) panel. */
export function panelOf(l: RescueRadarLayout) {
  const panel = l.panels[0];
  if (!panel) throw new Error('no panel');
  return panel;
}

/** Every marker's box (present values only), by panel. */
export function markerBoxes(l: RescueRadarLayout, panel: number): Box[] {
  const r = l.markerRadius;
  return l.points
    .filter((p) => p.panel === panel && p.value !== null)
    .map((p) => ({ x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r }));
}

/**
 * The layout's rules, in every panel: text inside the chart; axis labels apart and outside the plot;
 * values off the labels and each other; ring labels off every marker; the plot under the header.
 */
export function expectCleanLayout(l: RescueRadarLayout) {
  expect(l.labelsFit).toBe(true);
  const { width, height } = l;
  for (const panel of l.panels) {
    const { radius, centre } = panel;
    const values = l.points.flatMap((p) =>
      p.panel === panel.index && p.valueBox ? [p.valueBox] : [],
    );
    const boxes = [
      ...panel.axes.map((a) => ({ name: `axis ${a.index}`, box: a.box })),
      ...values.map((box, i) => ({ name: `value ${i}`, box })),
      ...panel.rings.map((r) => ({ name: `ring ${r.value}`, box: r.box })),
    ];
    for (const { name, box } of boxes) {
      expect(box.x, `${name} left`).toBeGreaterThanOrEqual(0);
      expect(box.y, `${name} top`).toBeGreaterThanOrEqual(l.bounds.top - 0.01);
      expect(box.x + box.width, `${name} right`).toBeLessThanOrEqual(width);
      expect(box.y + box.height, `${name} bottom`).toBeLessThanOrEqual(height);
    }
    // No two axis labels overlap (all pairs); none reaches into the plot circle, nor over a point at 5.
    for (const a of panel.axes) {
      expect(distanceToBox(centre.x, centre.y, a.box)).toBeGreaterThan(radius + l.markerRadius);
      for (const b of panel.axes) {
        if (a.index < b.index)
          expect(boxesOverlap(a.box, b.box), `${a.index}/${b.index}`).toBe(false);
      }
    }
    // Printed values cover no axis label, ring label or other value.
    for (const [i, v] of values.entries()) {
      for (const a of panel.axes) expect(boxesOverlap(v, a.box)).toBe(false);
      for (const r of panel.rings) if (r.text) expect(boxesOverlap(v, r.box)).toBe(false);
      for (const w of values.slice(i + 1)) expect(boxesOverlap(v, w)).toBe(false);
    }
    // Ring labels cover no marker.
    for (const r of panel.rings) {
      for (const m of markerBoxes(l, panel.index)) {
        if (r.text) expect(boxesOverlap(r.box, m), `ring ${r.value} over a marker`).toBe(false);
      }
    }
    // The plot stays inside the chart, under the header.
    expect(centre.y - radius).toBeGreaterThanOrEqual(l.bounds.top);
    expect(centre.y + radius).toBeLessThanOrEqual(height);
  }
}
