// ThemeHeatmap's layout through the public entries. Its internal parts (colorBands' count ranges,
// describe.ts's words, the data table) are tested in tests/internals/ThemeHeatmap.compute.test.ts.
// The shipped matrix is the data package's coding of the 2025 §14 memos
// (000_d696d4283556c540.txt Kauniainen, 001_f4669efc46533f46.txt Espoo, 002_5c80737f701266ac.txt Lohja);
// the survey's municipality order is 003_ae88570eab8abfd8.txt. Other grids here are illustrative.
import { describe, expect, it } from 'vitest';
import { negotiationPointById, themeCounts } from '@yhdyspinta/data';
import type { RawResponse } from '@yhdyspinta/data';
import {
  cellBox,
  cellIndexAt,
  colorBands,
  computeThemeHeatmapLayout,
  contrastRatio,
  defaultTheme,
  highContrastTheme,
  measureText,
  relativeLuminance,
  slideTheme,
  themeHeatmapFromResponses,
  themeHeatmapFromThemeCounts,
} from '@yhdyspinta/charts';
import type { ChartTheme, HeatmapData, HeatmapLayout } from '@yhdyspinta/charts';
import { grid, options } from './support/heatmapGrids';

const THEMES: [string, ChartTheme][] = [
  ['default', defaultTheme],
  ['slide', slideTheme],
  ['high contrast', highContrastTheme],
];

interface LabelBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Every text box the chart draws outside the tooltip (axis labels, legend, no-data labels). */
function labelBoxes(layout: HeatmapLayout): LabelBox[] {
  const { legend } = layout;
  return [
    ...layout.rowLabels.labels.map((l) => l.box),
    ...layout.columnLabels.labels.map((l) => l.box),
    ...legend.entries.map((e) => e.box),
    ...(legend.title
      ? [
          {
            x: legend.title.x,
            y: legend.title.y,
            width: measureText(legend.title.text, legend.fontSize),
            height: legend.lineHeight,
          },
        ]
      : []),
    ...layout.marks.missingLabels.map((l) => l.box),
  ];
}

function overlaps(a: LabelBox, b: LabelBox): boolean {
  const e = 0.01;
  return (
    a.x < b.x + b.width - e &&
    b.x < a.x + a.width - e &&
    a.y < b.y + b.height - e &&
    b.y < a.y + a.height - e
  );
}

function collisions(layout: HeatmapLayout): string[] {
  const boxes = labelBoxes(layout);
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i];
      const b = boxes[j];
      if (a && b && overlaps(a, b)) out.push(`${JSON.stringify(a)} × ${JSON.stringify(b)}`);
    }
  }
  return out;
}

function outside(layout: HeatmapLayout): LabelBox[] {
  return labelBoxes(layout).filter(
    (b) =>
      b.x < -0.01 ||
      b.y < -0.01 ||
      b.x + b.width > layout.width + 0.01 ||
      b.y + b.height > layout.height + 0.01,
  );
}

describe('colour bands', () => {
  it.each(THEMES)(
    '%s: the sequential palette is ordered by lightness and every step is a 3:1 mark',
    (_, theme) => {
      const lum = theme.sequential.map(relativeLuminance);
      expect(lum.length).toBeGreaterThanOrEqual(5);
      for (let i = 1; i < lum.length; i += 1) expect(lum[i]).toBeLessThan(lum[i - 1] ?? 0);
      for (const color of theme.sequential) {
        expect(contrastRatio(color, theme.colors.background)).toBeGreaterThanOrEqual(3);
      }
    },
  );

  it.each(THEMES)(
    '%s: printed values reach 4.5:1 on every band (text colour chosen for contrast)',
    (_, theme) => {
      for (const kind of ['count', 'rating'] as const) {
        const { bands } = colorBands(kind, 7, theme);
        expect(bands.length).toBeGreaterThanOrEqual(5);
        for (const band of bands) {
          expect(contrastRatio(band.textColor, band.color)).toBeGreaterThanOrEqual(4.5);
        }
      }
    },
  );

  it('maps ratings to the nearest scale level, on the fixed 1–5 domain (halves up)', () => {
    const bands = colorBands('rating', 3.1, defaultTheme);
    expect(bands.bands).toHaveLength(5);
    expect([1, 1.4, 1.5, 2.4, 2.5, 3, 4.49, 5].map(bands.bandOf)).toEqual([0, 0, 1, 1, 2, 2, 3, 4]);
  });
});

describe('the shipped data (municipalities × memo themes)', () => {
  const data = themeHeatmapFromThemeCounts();
  const matrix = themeCounts();

  it('has the ten municipalities and the 15 themes, null (not 0) without a memo', () => {
    expect(data.rows.map((r) => r.label)).toEqual([
      'Espoo',
      'Kauniainen',
      'Kirkkonummi',
      'Siuntio',
      'Vihti',
      'Karkkila',
      'Lohja',
      'Inkoo',
      'Hanko',
      'Raasepori',
    ]);
    expect(data.columns[0]?.label).toBe('Työllisyyden hoito');
    expect(data.columns).toHaveLength(15);
    const withMemo = data.values.map((row) => row.every((v) => v !== null));
    expect(withMemo).toEqual([true, true, false, false, false, false, true, false, false, false]);
    expect(data.values.flat().filter((v) => v === 0).length).toBeGreaterThan(0);
    expect(data.values).toEqual(matrix.cells);
    expect(data.notes?.[1]).toBe('Muistio on lähteissä 3/10 kunnasta; muilta ei tietoa');
  });

  it('keeps each cell’s memo texts for the tooltip', () => {
    const ids = matrix.pointIds[0]?.[5] ?? [];
    expect(ids.length).toBe(matrix.cells[0]?.[5]);
    expect(data.details?.[0]?.[5]).toEqual(ids.map((id) => negotiationPointById(id)?.point.text));
  });

  it('uses the locale for names', () => {
    const sv = themeHeatmapFromThemeCounts(undefined, 'sv');
    expect(sv.rows[0]?.label).toBe('Esbo');
    expect(sv.columns[0]?.label).toBe('Sysselsättning');
  });

  it('draws missing rows hatched and labelled, zeros as band 0 with their value printed', () => {
    const layout = computeThemeHeatmapLayout(data, options(800));
    expect(layout.marks.missingLabels).toHaveLength(7);
    // Seven missing rows, each one run of 15 cells: seven segments in the hatched path.
    expect(layout.marks.missingPath.match(/M/g)).toHaveLength(7);
    expect(layout.marks.valueFontSize).toBe(defaultTheme.fontSize.value);
    const printed = layout.marks.valueGroups.flatMap((g) =>
      g.rows.flatMap((row) => row.items.map((i) => i.text)),
    );
    expect(printed).toHaveLength(45);
    expect(printed.filter((t) => t === '0').length).toBe(
      data.values.flat().filter((v) => v === 0).length,
    );
    expect(layout.legend.entries.map((e) => e.label)).toEqual([
      '0',
      '1–2',
      '3–4',
      '5–6',
      '7',
      'ei tietoa',
    ]);
    expect(layout.columnLabels.orientation).toBe('vertical');
    expect(collisions(layout)).toEqual([]);
  });
});

describe('label density: no two labels overlap, all inside the chart', () => {
  const cases: [string, number, number, number, ChartTheme][] = [
    ['10×12 at 800', 10, 12, 800, defaultTheme],
    ['10×12 card', 10, 12, 400, defaultTheme],
    ['50×20 at 800', 50, 20, 800, defaultTheme],
    ['300×50 at 800', 300, 50, 800, defaultTheme],
    ['300×50 card', 300, 50, 400, defaultTheme],
    ['300×50 slide', 300, 50, 1920, slideTheme],
    ['100×100 at 800', 100, 100, 800, defaultTheme],
  ];
  it.each(cases)('%s', (_, rows, columns, width, theme) => {
    for (const kind of ['count', 'rating'] as const) {
      const layout = computeThemeHeatmapLayout(grid(rows, columns, kind), options(width, theme));
      expect(collisions(layout)).toEqual([]);
      expect(outside(layout)).toEqual([]);
      expect(layout.rowLabels.labels.length).toBeGreaterThan(0);
      expect(layout.columnLabels.labels.length).toBeGreaterThan(0);
    }
  });

  it('thins and rotates labels of a dense grid, and labels every row and column of a small one', () => {
    const dense = computeThemeHeatmapLayout(grid(300, 50, 'rating'), options(800));
    expect(dense.rowLabels.step).toBeGreaterThan(1);
    expect(dense.columnLabels.orientation).toBe('vertical');
    expect(dense.columnLabels.step).toBeGreaterThan(1);
    expect(dense.marks.valueFontSize).toBeNull();
    const small = computeThemeHeatmapLayout(grid(10, 12, 'count'), options(1200));
    expect(small.rowLabels.labels).toHaveLength(10);
    expect(small.columnLabels.labels).toHaveLength(12);
    const short: HeatmapData = {
      ...grid(3, 4, 'count'),
      columns: ['Q1', 'Q2', 'Q3', 'Q4'].map((id) => ({ id, label: id })),
    };
    expect(computeThemeHeatmapLayout(short, options(800)).columnLabels.orientation).toBe(
      'horizontal',
    );
  });

  it('fits a fixed height (slide) and cuts long labels, flagging them', () => {
    const layout = computeThemeHeatmapLayout(
      grid(300, 50, 'rating'),
      options(1920, slideTheme, 1080),
    );
    expect(layout.height).toBe(1080);
    expect(layout.legend.bottom).toBeLessThanOrEqual(1080);
    expect(layout.grid.y + layout.grid.height).toBeLessThan(layout.legend.entries[0]?.box.y ?? 0);
    const long = computeThemeHeatmapLayout(
      {
        ...grid(4, 5, 'count'),
        rows: grid(4, 5, 'count').rows.map((r) => ({ ...r, label: 'Pitkä '.repeat(60) })),
      },
      options(400),
    );
    expect(long.rowLabels.labels.every((l) => l.truncated && l.lines.length <= 3)).toBe(true);
    expect(collisions(long)).toEqual([]);
  });

  it('computes a 300 × 300 grid quickly and with one path per band', () => {
    const data = grid(300, 300, 'count');
    const start = performance.now();
    const layout = computeThemeHeatmapLayout(data, options(1200));
    expect(performance.now() - start).toBeLessThan(1000);
    expect(layout.marks.bandPaths.length).toBeLessThanOrEqual(defaultTheme.sequential.length);
    // Far fewer bytes than one <rect> per cell (~70 bytes each).
    const bytes =
      layout.marks.bandPaths.reduce((n, p) => n + p.d.length, 0) + layout.marks.missingPath.length;
    expect(bytes / 90000).toBeLessThan(35);
  });
});

interface Segment {
  readonly band: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** The rectangles a stroked band path draws: each "M/m x y h w" segment, as thick as the stroke. */
function bandRects(layout: HeatmapLayout): Segment[] {
  const half = Number(layout.marks.bandStroke) / 2;
  const out: Segment[] = [];
  layout.marks.bandPaths.forEach((path) => {
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
    ['40×30 with gaps', 40, 30, 800, undefined],
    ['300×50 without gaps', 300, 50, 800, undefined],
  ] as const)(
    '%s: the stroked band segments are exactly the cells, on the same rounded edges',
    (_, rows, columns, width, height) => {
      const data = grid(rows, columns, 'rating', 11);
      const layout = computeThemeHeatmapLayout(data, options(width, defaultTheme, height));
      const bands = colorBands('rating', 5, defaultTheme);
      const g = layout.grid;
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

describe('pointer → cell', () => {
  it('inverts the band scales: a cell’s centre maps back to its index, outside → null', () => {
    const layout = computeThemeHeatmapLayout(grid(50, 20, 'count'), options(800));
    for (const index of [0, 19, 20, 517, 999]) {
      const box = cellBox(layout.grid, index);
      expect(cellIndexAt(layout.grid, box.x + box.width / 2, box.y + box.height / 2)).toBe(index);
    }
    expect(cellIndexAt(layout.grid, layout.grid.x - 1, layout.grid.y + 1)).toBeNull();
    expect(
      cellIndexAt(layout.grid, layout.grid.x + 1, layout.grid.y + layout.grid.height + 1),
    ).toBeNull();
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

describe('words: legend and missing labels', () => {
  it('names the rating levels in the legend and marks the midpoint', () => {
    const layout = computeThemeHeatmapLayout(grid(11, 10, 'rating'), options(800));
    expect(layout.legend.title?.text).toBe('Lähin asteikon kohta');
    expect(layout.legend.entries.map((e) => e.label)).toEqual([
      '1 Ei lainkaan',
      '2 Heikosti',
      '3 Kohtalaisesti (keskikohta)',
      '4 Hyvin',
      '5 Erinomaisesti',
      'ei tietoa',
    ]);
  });

  it('labels a single missing cell on two lines where it is narrow but tall', () => {
    const data: HeatmapData = {
      kind: 'rating',
      rows: [{ id: 'a', label: 'Pitkä tavoite '.repeat(12) }],
      columns: Array.from({ length: 10 }, (_, i) => ({ id: `c${i}`, label: `K${i}` })),
      values: [[2, null, 3, 4, 5, 1, 2, 3, 4, 5]],
    };
    const layout = computeThemeHeatmapLayout(data, options(800));
    expect(layout.marks.missingLabels.map((l) => l.lines)).toEqual([['ei', 'tietoa']]);
    expect(collisions(layout)).toEqual([]);
  });
});
