// ThemeHeatmap's keyed column labels (columnKey.ts, internal): columns whose labels, cut to fit a 45° band,
// would read the same are numbered, with a key of their labels above the heads. Illustrative data.
import { describe, expect, it } from 'vitest';
import { computeThemeHeatmapLayout, slideTheme } from '@yhdyspinta/charts';
import type { HeatmapData } from '@yhdyspinta/charts';
import { labelBoxes } from '../../packages/charts/src/ThemeHeatmap/geometry';
import { options } from '../support/heatmapGrids';

const OPENING = 'Hyvinvointialue ja kunnat kehittävät yhdessä ja sovitusti';
const ENDINGS = [
  'liikunta- ja kulttuuripalvelujen saavutettavuutta kaikenikäisille',
  'perhekeskustoimintaa ja sen kohtaamispaikkoja jokaisessa kunnassa',
  'oppilashuollon ja koulukuraattoreiden palvelujen saatavuutta',
  'yksinäisyyden vähentämistä järjestöjen ja seurakuntien kanssa',
  'terveellisen ravitsemuksen neuvontaa neuvoloissa',
  'nuorten työpajatoimintaa ja etsivää nuorisotyötä',
];

/** 6 long goal columns sharing their opening words × 20 short rows (illustrative). */
function goalsOnColumns(): HeatmapData {
  return {
    kind: 'rating',
    rows: Array.from({ length: 20 }, (_, r) => ({ id: `m${r}`, label: `Kunta ${r + 1}` })),
    columns: ENDINGS.map((end, c) => ({ id: `g${c}`, label: `${OPENING} ${end}.` })),
    values: Array.from({ length: 20 }, (_, r) => ENDINGS.map((_e, c) => 1 + ((r + c) % 5))),
  };
}

const overlap = (a: ReturnType<typeof labelBoxes>[number], b: typeof a) =>
  a.x < b.x + b.width - 0.01 &&
  b.x < a.x + a.width - 0.01 &&
  a.y < b.y + b.height - 0.01 &&
  b.y < a.y + a.height - 0.01;

describe('keyed column labels', () => {
  it.each([
    ['320 px', 320, undefined],
    ['480 px', 480, undefined],
    ['slide theme at 900 px', 900, slideTheme],
  ] as const)(
    '%s: numbers the columns and keys their labels so none reads the same',
    (_, width, theme) => {
      const data = goalsOnColumns();
      const layout = computeThemeHeatmapLayout(data, {
        ...options(width, theme),
        orientation: 'as-given',
      });
      const heads = layout.panels.flatMap((p) => p.columnLabels.labels);
      const key = layout.panels.flatMap((p) => p.columnLabels.key ?? []);
      expect(layout.panels.every((p) => p.columnLabels.orientation === 'keyed')).toBe(true);
      expect(heads.map((h) => h.lines.join(' '))).toEqual(['1', '2', '3', '4', '5', '6']);
      expect(key.map((e) => e.marker)).toEqual(['1', '2', '3', '4', '5', '6']);
      // Every entry starts its column's label and the six read differently.
      key.forEach((e) =>
        expect(data.columns[e.index]?.label.startsWith(e.lines[0] ?? '-')).toBe(true),
      );
      expect(new Set(key.map((e) => e.lines.join(' '))).size).toBe(6);
      // The key stays inside the chart, above its panel's heads, and no text box overlaps another.
      for (const panel of layout.panels) {
        for (const entry of panel.columnLabels.key ?? []) {
          expect(entry.box.y + entry.box.height).toBeLessThanOrEqual(panel.grid.y + 0.01);
          expect(entry.box.x + entry.box.width).toBeLessThanOrEqual(layout.width + 0.01);
        }
      }
      const boxes = labelBoxes(layout);
      const hits = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => overlap(a, b)));
      expect(hits).toEqual([]);
    },
  );

  it('keeps 45° labels when their cut texts can be told apart', () => {
    const data = goalsOnColumns();
    const distinct: HeatmapData = {
      ...data,
      columns: data.columns.map((c, i) => ({ ...c, label: `Teema ${i + 1}: ${c.label}` })),
    };
    const layout = computeThemeHeatmapLayout(distinct, {
      ...options(1280),
      orientation: 'as-given',
    });
    expect(layout.panels[0]?.columnLabels.orientation).toBe('diagonal');
    expect(layout.panels[0]?.columnLabels.key).toBeUndefined();
  });
});
