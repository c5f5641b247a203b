// ThemeHeatmap's layout rules (labels kept, no overlap: labelBoxes is internal). Its internal parts (colorBands' count ranges,
// describe.ts's words, the data table) are tested in tests/internals/ThemeHeatmap.compute.test.ts.
// The shipped matrix is the data package's coding of the 2025 §14 memos
// (000_d696d4283556c540.txt Kauniainen, 001_f4669efc46533f46.txt Espoo, 002_5c80737f701266ac.txt Lohja);
// the survey's municipality order is 003_ae88570eab8abfd8.txt. Other grids here are illustrative.
import { describe, expect, it } from 'vitest';
import {
  computeThemeHeatmapLayout,
  defaultTheme,
  slideTheme,
  themeHeatmapFromThemeCounts,
} from '@yhdyspinta/charts';
import type { ChartTheme, HeatmapData } from '@yhdyspinta/charts';
import { grid, options, stressCounts, stressRatings } from '../support/heatmapGrids';
import { collisions, outside, printed } from './support/heatmapLayoutChecks';

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
