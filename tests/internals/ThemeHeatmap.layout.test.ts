// ThemeHeatmap's layout rules (labels kept, no overlap: labelBoxes is internal). Its internal parts (colorBands' count ranges,
// describe.ts's words, the data table) are tested in tests/internals/ThemeHeatmap.compute.test.ts.
// The shipped matrix is the data package's coding of the 2025 §14 memos
// (000_d696d4283556c540.txt Kauniainen, 001_f4669efc46533f46.txt Espoo, 002_5c80737f701266ac.txt Lohja);
// the survey's municipality order is 003_ae88570eab8abfd8.txt. Other grids here are illustrative.
import { describe, expect, it } from 'vitest';
import { negotiationPointById, themeCounts } from '@yhdyspinta/data';
import type { RawResponse } from '@yhdyspinta/data';
import {
  cellBox,
  colorBands,
  computeThemeHeatmapLayout,
  contrastRatio,
  defaultTheme,
  heatmapCellAt,
  heatmapCellBox,
  highContrastTheme,
  slideTheme,
  themeHeatmapFromResponses,
  themeHeatmapFromThemeCounts,
  validateThresholds,
} from '@yhdyspinta/charts';
import type { ChartTheme, HeatmapData, HeatmapLayout } from '@yhdyspinta/charts';
import { BLOCK_HEIGHT } from '../../packages/charts/src/ThemeHeatmap/cells';
import { labelBoxes } from '../../packages/charts/src/ThemeHeatmap/geometry';
import { grid, options, stressCounts, stressRatings } from '../support/heatmapGrids';

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

function overlaps(a: LabelBox, b: LabelBox): boolean {
  const e = 0.01;
  return (
    a.x < b.x + b.width - e &&
    b.x < a.x + a.width - e &&
    a.y < b.y + b.height - e &&
    b.y < a.y + a.height - e
  );
}

/**
 * Overlapping text boxes. Diagonal column labels are left out of the box test (their axis-aligned boxes
 * overlap by design) and checked apart: neighbours are cellWidth · cos 45° apart across the text, so each
 * block must be at most that thick, and their boxes must stay above the grid and clear of the row labels.
 */
function collisions(layout: HeatmapLayout): string[] {
  const diagonal = new Set(
    layout.panels.flatMap((p) =>
      p.columnLabels.orientation === 'diagonal' ? p.columnLabels.labels.map((l) => l.box) : [],
    ),
  );
  const boxes = labelBoxes(layout).filter((b) => !diagonal.has(b));
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i];
      const b = boxes[j];
      if (a && b && overlaps(a, b)) out.push(`${JSON.stringify(a)} × ${JSON.stringify(b)}`);
    }
  }
  for (const panel of layout.panels) {
    if (panel.columnLabels.orientation !== 'diagonal') continue;
    for (const label of panel.columnLabels.labels) {
      const thick = label.lines.length * layout.labelLineHeight;
      if (thick > panel.grid.cellWidth * Math.SQRT1_2 + 0.01) out.push(`thick ${label.lines[0]}`);
      if (label.box.y + label.box.height > panel.grid.y + 0.01)
        out.push(`into grid ${label.index}`);
      for (const row of panel.rowLabels)
        if (overlaps(row.box, label.box)) out.push(`row × column ${label.index}`);
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

/** Every printed value's text, over all panels. */
function printed(layout: HeatmapLayout): string[] {
  return layout.marks.flatMap((m) =>
    m.valueGroups.flatMap((g) => g.rows.flatMap((row) => row.items.map((i) => i.text))),
  );
}

const present = (data: HeatmapData) => data.values.flat().filter((v): v is number => v !== null);

describe('colour bands', () => {
  it.each(THEMES)('%s: printed values reach 4.5:1 on every band', (_, theme) => {
    for (const kind of ['count', 'rating'] as const) {
      const { bands } = colorBands(kind, present(stressCounts()), theme);
      expect(bands.length).toBeGreaterThanOrEqual(5);
      for (const band of bands) {
        expect(contrastRatio(band.textColor, band.color)).toBeGreaterThanOrEqual(4.5);
        // A band under 3:1 on the background is flagged for an outline.
        expect(band.outline).toBe(contrastRatio(band.color, theme.colors.background) < 3);
      }
    }
  });

  it.each(THEMES)(
    '%s: ratings take the diverging ramp with the neutral 3 on its middle',
    (_, theme) => {
      const bands = colorBands('rating', [3.1], theme);
      expect(bands.bands.map((b) => b.min)).toEqual([1, 2, 3, 4, 5]);
      const ramp = theme.diverging;
      expect(bands.bands[2]?.color).toBe(ramp[(ramp.length - 1) / 2]);
      expect(bands.bands[0]?.color).toBe(ramp[0]);
      expect(bands.bands[4]?.color).toBe(ramp[ramp.length - 1]);
      expect([1, 1.4, 1.5, 2.4, 2.5, 3, 4.49, 5].map(bands.bandOf)).toEqual([
        0, 0, 1, 1, 2, 2, 3, 4,
      ]);
    },
  );

  it('gives 0 its own band in the ramp’s first (near-white) step', () => {
    for (const theme of [defaultTheme, highContrastTheme]) {
      const bands = colorBands('count', [0, 1, 5, 9], theme);
      expect(bands.bands[0]).toMatchObject({ min: 0, max: 0, color: theme.sequential[0] });
      expect(bands.bandOf(0)).toBe(0);
      expect(bands.bandOf(1)).toBe(1);
    }
  });

  it('is robust to one outlier: quantile breaks, the outlier sharing the top band', () => {
    const values = present(stressCounts());
    const bands = colorBands('count', values, defaultTheme);
    const positive = values.filter((v) => v > 0);
    const counts = bands.bands.map(() => 0);
    for (const v of positive) counts[bands.bandOf(v)] = (counts[bands.bandOf(v)] ?? 0) + 1;
    // No band holds more than 40 % of the positive cells (equal bins up to 87 would hold ~100 % in one).
    expect(Math.max(...counts) / positive.length).toBeLessThan(0.4);
    expect(counts.slice(1).every((n) => n > 0)).toBe(true);
    const top = bands.bands[bands.bands.length - 1];
    expect(top?.max).toBe(87);
    expect(top?.min).toBeLessThan(10);
  });

  it('takes user thresholds as the lower bounds of the bands and validates them', () => {
    const bands = colorBands('count', [0, 2, 4, 30], defaultTheme, [3, 10]);
    expect(bands.bands.map((b) => [b.min, b.max])).toEqual([
      [0, 0],
      [1, 2],
      [3, 9],
      [10, 30],
    ]);
    expect([0, 1, 2, 3, 9, 10, 30].map(bands.bandOf)).toEqual([0, 1, 1, 2, 2, 3, 3]);
    expect(validateThresholds([3, 10], 4)).toEqual([]);
    expect(validateThresholds([1, 10], 4)).toHaveLength(1);
    expect(validateThresholds([5, 5], 4)).toHaveLength(1);
    expect(validateThresholds([2.5], 4)).toHaveLength(1);
    expect(validateThresholds([2, 3, 4, 5, 6], 4)).toEqual([
      'at most 4 thresholds fit the colour ramp, got 5',
    ]);
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
    expect(data.emptyRowsNote).toBe('Ei muistiota 7 kunnalta');
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
    expect(sv.emptyRowsNote).toBe('Ingen promemoria från 7 kommuner');
  });

  it('collapses the seven municipalities without a memo into a note and puts the long theme names on rows', () => {
    const layout = computeThemeHeatmapLayout(data, options(800));
    expect(layout.collapsed.rows.map((r) => r.label)).toEqual([
      'Kirkkonummi',
      'Siuntio',
      'Vihti',
      'Karkkila',
      'Inkoo',
      'Hanko',
      'Raasepori',
    ]);
    expect(layout.notes.map((n) => n.lines.join(' '))).toEqual([
      'Ei muistiota 7 kunnalta: Kirkkonummi, Siuntio, Vihti, Karkkila, Inkoo, Hanko ja Raasepori.',
    ]);
    // Theme names are longer than municipality names: transposed, 15 theme rows × 3 municipalities.
    expect(layout.transposed).toBe(true);
    expect(layout.data.rows).toHaveLength(15);
    expect(layout.data.columns.map((c) => c.label)).toEqual(['Espoo', 'Kauniainen', 'Lohja']);
    expect(layout.marks[0]?.missingPath).toBe('');
    expect(layout.valueFontSize).toBe(defaultTheme.fontSize.value);
    expect(printed(layout)).toHaveLength(45);
    expect(printed(layout).filter((t) => t === '0').length).toBe(
      data.values.flat().filter((v) => v === 0).length,
    );
    expect(layout.legend.entries.map((e) => e.label)).toEqual(['0', '1', '2', '3', '4–7']);
    expect(collisions(layout)).toEqual([]);
  });

  it('keeps all-missing rows as quiet hatched rows with collapseMissing false', () => {
    const layout = computeThemeHeatmapLayout(data, {
      ...options(800),
      collapseMissing: false,
      orientation: 'as-given',
    });
    expect(layout.notes).toEqual([]);
    expect(layout.data.rows).toHaveLength(10);
    expect(layout.marks[0]?.missingLabels).toHaveLength(7);
    // Seven missing rows, each one run of 15 cells: seven segments in the hatched path.
    expect(layout.marks[0]?.missingPath.match(/M/g)).toHaveLength(7);
    expect(layout.legend.entries.map((e) => e.label).at(-1)).toBe('ei tietoa');
  });
});

const SIZES: [string, number, number | undefined, ChartTheme][] = [
  ['320', 320, undefined, defaultTheme],
  ['768', 768, undefined, defaultTheme],
  ['1280', 1280, undefined, defaultTheme],
  ['slide 16:9', 1920, 1080, slideTheme],
  ['slide 4:3', 1440, 1080, slideTheme],
];

const FIXTURES: [string, HeatmapData][] = [
  ['shipped', themeHeatmapFromThemeCounts()],
  ['shipped sv', themeHeatmapFromThemeCounts(undefined, 'sv')],
  ['stress 26×14', stressCounts()],
  ['stress sv', stressCounts('sv')],
  ['ratings 6×22', stressRatings()],
  ['grid 50×20', grid(50, 20, 'count')],
];

describe('labels never dropped, never rotated 90°, no text under the minimum', () => {
  it.each(SIZES)('%s', (_, width, height, theme) => {
    for (const [name, data] of FIXTURES) {
      const layout = computeThemeHeatmapLayout(data, options(width, theme, height));
      const rows = layout.data.rows.length;
      const columns = layout.data.columns.length;
      for (const panel of layout.panels) {
        expect(
          panel.rowLabels.map((l) => l.index),
          name,
        ).toEqual([...Array(rows).keys()]);
        expect(['horizontal', 'diagonal', 'keyed']).toContain(panel.columnLabels.orientation);
      }
      const labelled = layout.panels.flatMap((p) => p.columnLabels.labels.map((l) => l.index));
      expect(labelled, name).toEqual([...Array(columns).keys()]);
      expect(layout.labelFontSize).toBeGreaterThanOrEqual(theme.minLabelFontSize);
      if (layout.valueFontSize !== null)
        expect(layout.valueFontSize).toBeGreaterThanOrEqual(theme.minLabelFontSize);
      for (const note of layout.notes)
        expect(note.fontSize).toBeGreaterThanOrEqual(theme.minFontSize);
      expect(collisions(layout), name).toEqual([]);
      expect(outside(layout), name).toEqual([]);
      // Either it fits the fixed height, or it is drawn at its natural height and says so.
      if (height !== undefined && layout.fit && !layout.fit.fits)
        expect(layout.height).toBe(layout.naturalHeight);
      else if (height !== undefined) expect(layout.height).toBe(height);
      else expect(layout.height).toBe(layout.naturalHeight);
    }
  });

  it('labels every column of a wide grid by splitting it into panels', () => {
    const layout = computeThemeHeatmapLayout(grid(12, 60, 'count'), {
      ...options(800),
      orientation: 'as-given',
    });
    expect(layout.panels.length).toBeGreaterThan(1);
    const columns = layout.panels.flatMap((p) => p.columnLabels.labels.map((l) => l.index));
    expect(columns).toEqual([...Array(60).keys()]);
    expect(collisions(layout)).toEqual([]);
  });

  it('draws column labels horizontally when they fit, at 45° when they do not', () => {
    const short: HeatmapData = {
      ...grid(3, 4, 'count'),
      columns: ['Q1', 'Q2', 'Q3', 'Q4'].map((id) => ({ id, label: id })),
    };
    expect(computeThemeHeatmapLayout(short, options(800)).panels[0]?.columnLabels.orientation).toBe(
      'horizontal',
    );
    const stress = computeThemeHeatmapLayout(stressCounts(), options(768));
    expect(stress.panels[0]?.columnLabels.orientation).toBe('diagonal');
    expect(stress.panels[0]?.columnLabels.labels.some((l) => l.truncated)).toBe(false);
  });
});

describe('fixed height', () => {
  it('reports does-not-fit at a slide with 26 rows, drawn at natural height with pages of rows', () => {
    const data = stressCounts();
    const layout = computeThemeHeatmapLayout(data, {
      ...options(1920, slideTheme, 1080),
      collapseMissing: false,
    });
    expect(layout.data.rows).toHaveLength(26);
    const fit = layout.fit;
    expect(fit?.fits).toBe(false);
    expect(fit?.unit).toBe('rows');
    expect(fit?.total).toBe(26);
    expect(fit?.neededHeight).toBe(layout.naturalHeight);
    expect(layout.height).toBe(layout.naturalHeight);
    expect(layout.height).toBeGreaterThan(1080);
    const pages = fit?.pages ?? [];
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]?.start).toBe(0);
    expect(pages.at(-1)?.end).toBe(26);
    pages.slice(1).forEach((p, i) => expect(p.start).toBe(pages[i]?.end));
    // A page's rows fit what the slide leaves for the grid.
    const grid0 = layout.panels[0]?.grid;
    const overhead = layout.naturalHeight - (grid0?.height ?? 0);
    for (const p of pages)
      expect((p.end - p.start) * (grid0?.rowHeight ?? 0) + overhead).toBeLessThanOrEqual(1080.01);
    // Text stays at the slide's label size: nothing shrinks.
    expect(layout.labelFontSize).toBe(slideTheme.fontSize.label);
  });

  it('fills a fixed height the data fits, and reports that it fits', () => {
    const layout = computeThemeHeatmapLayout(
      themeHeatmapFromThemeCounts(),
      options(1920, slideTheme, 1080),
    );
    expect(layout.height).toBe(1080);
    expect(layout.fit?.fits).toBe(true);
    expect(layout.legend.bottom).toBeLessThanOrEqual(1080);
  });

  it('grows at natural height instead', () => {
    const layout = computeThemeHeatmapLayout(stressCounts(), options(400));
    expect(layout.height).toBe(layout.naturalHeight);
    expect(layout.fit).toBeUndefined();
  });
});

describe('printed values', () => {
  it('prints the values when the cells hold them at the label size, else says where they are', () => {
    const roomy = computeThemeHeatmapLayout(grid(10, 10, 'rating'), options(800));
    expect(roomy.valueFontSize).not.toBeNull();
    expect(roomy.notes.find((n) => n.key === 'values')).toBeUndefined();
    // Three-digit counts in 20 columns at 900 px: the cells are narrower than "999" and its padding.
    const base = grid(10, 20, 'count');
    const wide = {
      ...base,
      values: base.values.map((row) => row.map((v) => (v === null ? null : 100 + v * 81))),
    };
    const dense = computeThemeHeatmapLayout(wide, { ...options(900), orientation: 'as-given' });
    expect(dense.panels).toHaveLength(1);
    expect(dense.valueFontSize).toBeNull();
    expect(printed(dense)).toEqual([]);
    expect(dense.notes.find((n) => n.key === 'values')?.lines.join(' ')).toBe(
      'Arvot eivät mahdu soluihin: ne ovat taulukossa ja työkaluvihjeessä.',
    );
  });
});

describe('orientation', () => {
  const wide: HeatmapData = {
    kind: 'count',
    rows: ['A', 'B', 'C'].map((id) => ({ id, label: id })),
    columns: Array.from({ length: 4 }, (_, i) => ({
      id: `c${i}`,
      label: `Hyvin pitkä sarakkeen nimi, joka ei mahdu vaakasuoraan ${i + 1}`,
    })),
    values: [
      [1, 2, 3, 4],
      [0, 1, 2, 3],
      [5, null, 1, 0],
    ],
    rowsTitle: 'Kunta',
    columnsTitle: 'Teema',
  };

  it('puts the longer labels on the rows (transposing), unless told otherwise', () => {
    const auto = computeThemeHeatmapLayout(wide, options(800));
    expect(auto.transposed).toBe(true);
    expect(auto.data.rows.map((r) => r.id)).toEqual(['c0', 'c1', 'c2', 'c3']);
    expect(auto.data.values[0]).toEqual([1, 0, 5]);
    expect(auto.data.rowsTitle).toBe('Teema');
    const given = computeThemeHeatmapLayout(wide, { ...options(800), orientation: 'as-given' });
    expect(given.transposed).toBe(false);
    expect(given.data).toBe(wide);
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
    const layout = computeThemeHeatmapLayout(data, { ...options(800), collapseMissing: false });
    expect(layout.marks[0]?.missingLabels.map((l) => l.lines)).toEqual([['ei', 'tietoa']]);
    expect(collisions(layout)).toEqual([]);
  });
});
