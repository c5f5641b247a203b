// ThemeHeatmap's cell marks (band paths, large grids), the pointer → cell lookup and the adapter from
// responses (layout rules: see ThemeHeatmap.layout.test.ts). The grids here are illustrative.
import { describe, expect, it } from 'vitest';
import type { RawResponse } from '@yhdyspinta/data';
import {
  cellBox,
  colorBands,
  computeThemeHeatmapLayout,
  defaultTheme,
  heatmapCellAt,
  heatmapCellBox,
  themeHeatmapFromResponses,
} from '@yhdyspinta/charts';
import type { HeatmapLayout } from '@yhdyspinta/charts';
import { BLOCK_HEIGHT } from '../../packages/charts/src/ThemeHeatmap/cells';
import { grid, options } from '../support/heatmapGrids';

interface Segment {
  readonly band: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** The rectangles a stroked band path draws: each "M/m x y h w" segment, as thick as the stroke. */
function bandRects(layout: HeatmapLayout): Segment[] {
  const marks = layout.marks[0];
  if (!marks) return [];
  const half = Number(marks.bandStroke) / 2;
  const out: Segment[] = [];
  marks.bandPaths.forEach((path) => {
    const re = /([Mm])(-?[\d.]+)[ ]?(-?[\d.]+)h(-?[\d.]+)/g;
    expect(path.d.replace(re, '')).toBe('');
    let x = 0;
    let y = 0;
    for (const [, cmd, a, b, w] of path.d.matchAll(re)) {
      x = cmd === 'M' ? Number(a) : x + Number(a);
      y = cmd === 'M' ? Number(b) : y + Number(b);
      const right = x + Number(w);
      out.push({ band: path.band, left: x, right, top: y - half, bottom: y + half });
      x = right;
    }
  });
  return out;
}

const r2 = (v: number) => Math.round(v * 100) / 100;

describe('cell marks', () => {
  it.each([
    ['10×10 with gaps', 10, 10, 800, 600],
    ['40×30 with gaps', 40, 30, 1600, undefined],
    ['300×50 at 2400 px', 300, 50, 2400, undefined],
  ] as const)(
    '%s: the stroked band segments are exactly the cells, on the same rounded edges',
    (_, rows, columns, width, height) => {
      const data = grid(rows, columns, 'rating', 11);
      const layout = computeThemeHeatmapLayout(data, {
        ...options(width, defaultTheme, height),
        orientation: 'as-given',
      });
      expect(layout.panels).toHaveLength(1);
      const bands = colorBands('rating', [], defaultTheme);
      const g = layout.panels[0]?.grid ?? expect.unreachable();
      const rects = bandRects(layout);
      const off = (a: number, b: number) => Math.abs(a - b) > 1e-6;
      const wrong: string[] = [];
      let covered = 0;
      for (const rect of rects) {
        // Rows and columns the segment spans, from its centre line and its ends.
        const row = Math.floor(((rect.top + rect.bottom) / 2 - g.y) / g.rowHeight);
        const first = Math.round((rect.left - g.x - g.gap / 2) / g.cellWidth);
        const last = Math.round((rect.right + g.gap / 2 - g.x) / g.cellWidth) - 1;
        const a = cellBox(g, row * g.columns + first);
        const b = cellBox(g, row * g.columns + last);
        // The same two-decimal edges a filled "M x y h w v h" rectangle has (no drift from relative moves).
        if (
          off(rect.left, r2(a.x)) ||
          off(rect.top, r2(a.y)) ||
          off(rect.bottom, r2(a.y) + r2(a.height)) ||
          off(rect.right, r2(a.x) + r2(b.x + b.width - a.x)) ||
          (g.gap > 0 && last !== first)
        ) {
          wrong.push(`edges ${JSON.stringify(rect)}`);
        }
        for (let c = first; c <= last; c += 1) {
          const v = data.values[row]?.[c] ?? null;
          if (v === null || bands.bandOf(v) !== rect.band) wrong.push(`cell ${row},${c}`);
          covered += 1;
        }
      }
      expect(wrong).toEqual([]);
      expect(covered).toBe(data.values.flat().filter((v) => v !== null).length);
    },
  );
});

describe('large grids', () => {
  it('computes a 300 × 300 grid as one path per band, panel and block of rows', () => {
    const data = grid(300, 300, 'count');
    const layout = computeThemeHeatmapLayout(data, options(1200));
    const paths = layout.marks.flatMap((m) => m.bandPaths);
    // A tall grid's rows in blocks of at most BLOCK_HEIGHT px: no path spans the whole grid (a repaint of
    // a small area replays only the paths that meet it).
    const rowHeight = layout.panels[0]?.grid.rowHeight ?? 1;
    expect(300 * rowHeight).toBeGreaterThan(4 * BLOCK_HEIGHT);
    const blocks = Math.ceil(300 / Math.max(1, Math.floor(BLOCK_HEIGHT / rowHeight)));
    expect(blocks).toBeGreaterThan(1);
    expect(paths.length).toBe(layout.panels.length * layout.bands.bands.length * blocks);
    for (const path of paths) {
      const ys = [...path.d.matchAll(/M-?[\d.]+ (-?[\d.]+)/g)].map((m) => Number(m[1]));
      expect(ys.length).toBeLessThanOrEqual(1);
    }
    // Far fewer bytes than one <rect> per cell (~70 bytes each).
    const bytes =
      paths.reduce((n, p) => n + p.d.length, 0) +
      layout.marks.reduce((n, m) => n + m.missingPath.length, 0);
    expect(bytes / 90000).toBeLessThan(35);
  });
});

describe('pointer → cell', () => {
  it('maps a cell’s centre back to its index in every panel, outside → null', () => {
    const layout = computeThemeHeatmapLayout(grid(20, 60, 'count'), {
      ...options(800),
      orientation: 'as-given',
    });
    expect(layout.panels.length).toBeGreaterThan(1);
    for (const index of [0, 19, 20, 59, 60, 517, 1199]) {
      const box = heatmapCellBox(layout, index);
      expect(heatmapCellAt(layout, box.x + box.width / 2, box.y + box.height / 2)).toBe(index);
    }
    const g = layout.panels[0]?.grid ?? expect.unreachable();
    expect(heatmapCellAt(layout, g.x - 1, g.y + 1)).toBeNull();
    expect(cellBox(g, 0)).toEqual(heatmapCellBox(layout, 0));
  });
});

describe('themeHeatmapFromResponses (goal × municipality)', () => {
  const goals = [
    { id: 'g1', subGoalIds: ['g1.1', 'g1.2'] },
    { id: 'g2', subGoalIds: [] },
  ];
  const responses: RawResponse[] = [
    { municipalityId: 'espoo', itemId: 'g1.1', rating: 2 },
    { municipalityId: 'espoo', itemId: 'g1.2', rating: 3 },
    { municipalityId: 'espoo', itemId: 'g2', rating: 4 },
    { municipalityId: 'lohja', itemId: 'g1.1', rating: 5 },
    { municipalityId: 'lohja', itemId: 'g1.2', rating: null },
    { municipalityId: 'hanko', itemId: 'g2', rating: null },
  ];

  it('averages each municipality’s ratings of a goal; no rating → null; n and base', () => {
    const data = themeHeatmapFromResponses(responses, { goals });
    expect(data.kind).toBe('rating');
    expect(data.columns.map((c) => c.id)).toEqual([
      'espoo',
      'kauniainen',
      'kirkkonummi',
      'siuntio',
      'vihti',
      'karkkila',
      'lohja',
      'inkoo',
      'hanko',
      'raasepori',
    ]);
    expect(data.values[0]).toEqual([2.5, null, null, null, null, null, 5, null, null, null]);
    expect(data.values[1]).toEqual([4, null, null, null, null, null, null, null, null, null]);
    expect(data.n?.[0]).toEqual([2, null, null, null, null, null, 1, null, null, null]);
    expect(data.base).toEqual({ answered: 2, total: 10 });
  });

  it('labels the rows with the survey goals in the locale', () => {
    const data = themeHeatmapFromResponses([], { locale: 'sv' });
    expect(data.rows).toHaveLength(11);
    expect(data.columns[0]?.label).toBe('Esbo');
    expect(data.values.flat().every((v) => v === null)).toBe(true);
  });
});
