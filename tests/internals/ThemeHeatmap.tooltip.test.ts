// ThemeHeatmap's cell tooltip and cell items without React (ThemeHeatmap/tooltip.ts, item.ts): what a
// cell's tooltip says, how its details are cut to the room, and the cell as events receive it. Every
// layout is computed inside its test. Illustrative data only.
import { describe, expect, it } from 'vitest';
import {
  computeThemeHeatmapLayout,
  defaultTheme,
  loadHyphenation,
  wrapText,
} from '@yhdyspinta/charts';
import type { HeatmapData } from '@yhdyspinta/charts';
import { heatmapMarkItem } from '../../packages/charts/src/ThemeHeatmap/item';
import {
  TOOLTIP_DETAILS,
  heatmapTooltipOptions,
  tooltipContent,
} from '../../packages/charts/src/ThemeHeatmap/tooltip';
import { layoutTooltip } from '../../packages/charts/src/interaction/tooltipLayout';
import type { HeatmapTooltipContent } from '../../packages/charts/src/ThemeHeatmap/tooltip';
import { heatmapCellBox } from '../../packages/charts/src/ThemeHeatmap/geometry';
import { options } from '../support/heatmapGrids';

const rating: HeatmapData = {
  kind: 'rating',
  rows: [
    { id: 'lohja', label: 'Lohja' },
    { id: 'vihti', label: 'Vihti' },
  ],
  columns: [
    { id: 'g1', label: 'Hyvinvointi' },
    { id: 'g2', label: 'Turvallisuus' },
  ],
  values: [
    [2.75, null],
    [4, 1.25],
  ],
  n: [
    [4, null],
    [1, 2],
  ],
};

const counts: HeatmapData = {
  kind: 'count',
  rows: [{ id: 'lohja', label: 'Lohja' }],
  columns: [
    { id: 't1', label: 'Sote' },
    { id: 't2', label: 'Liikenne' },
  ],
  columnsTitle: 'Teema',
  values: [[5, 1]],
  unit: { one: 'kirjaus', other: 'kirjausta' },
  details: [[['Eka', 'Toka', 'Kolmas', 'Neljäs', 'Viides'], ['Ainoa']]],
  detailsTitle: 'Muistion kirjaukset',
};

describe('ThemeHeatmap tooltip: what a cell says', () => {
  it('a rating: column, mean with its level, and the number of ratings', () => {
    expect(tooltipContent(rating, 0, 0, 'fi')).toEqual({
      title: 'Lohja',
      rows: [
        { label: 'Sarake', value: 'Hyvinvointi' },
        { label: 'Keskiarvo', value: '2,8' },
        { label: 'Lähin asteikon kohta', value: 'Kohtalaisesti' },
        { label: 'Arvioita', value: '4' },
      ],
      details: null,
    });
    const sv = tooltipContent(rating, 1, 1, 'sv');
    expect(sv.title).toBe('Vihti');
    expect(sv.rows.map((r) => r.label)).toEqual([
      'Kolumn',
      'Medelvärde',
      'Närmaste skalsteg',
      'Bedömningar',
    ]);
    expect(sv.rows[1]?.value).toBe('1,3');
  });

  it('a rating without a value: "no data", no level, no count', () => {
    const cell = tooltipContent(rating, 0, 1, 'fi');
    expect(cell.rows).toEqual([
      { label: 'Sarake', value: 'Turvallisuus' },
      { label: 'Keskiarvo', value: 'ei tietoa' },
    ]);
    const noCounts = tooltipContent({ ...rating, n: undefined }, 1, 0, 'fi');
    expect(noCounts.rows.map((r) => r.label)).toEqual([
      'Sarake',
      'Keskiarvo',
      'Lähin asteikon kohta',
    ]);
  });

  it('a count: the data’s column title, the count in its unit, the first details and how many more', () => {
    const cell = tooltipContent(counts, 0, 0, 'fi');
    expect(cell.title).toBe('Lohja');
    expect(cell.rows[0]).toEqual({ label: 'Teema', value: 'Sote' });
    expect(cell.rows[1]?.value).toBe('5 kirjausta');
    expect(cell.details).toEqual({
      heading: 'Muistion kirjaukset',
      items: ['Eka', 'Toka', 'Kolmas'],
      moreCount: 2,
    });
    expect(TOOLTIP_DETAILS).toBe(3);
    const one = tooltipContent({ ...counts, detailsTitle: undefined }, 0, 1, 'fi');
    expect(one.rows[1]?.value).toBe('1 kirjaus');
    expect(one.details).toEqual({ heading: null, items: ['Ainoa'], moreCount: 0 });
  });
});

describe('ThemeHeatmap tooltip: layout', () => {
  const theme = defaultTheme;
  const { padding } = theme.tooltip;
  const line = theme.fontSize.tooltip * theme.lineHeight;
  const anchor = { x: 100, y: 100, width: 40, height: 30 };

  const content = (items: string[], moreCount = 0, heading: string | null = 'Kirjaukset') =>
    ({
      title: 'Lohja',
      rows: [{ label: 'Teema', value: 'Sote' }],
      details: { heading, items, moreCount },
    }) satisfies HeatmapTooltipContent;

  /** The tooltip of `shown` beside the same cell, in a chart of `bounds` (default 800 × 600). */
  const layout = (shown: HeatmapTooltipContent, bounds = { width: 800, height: 600 }) =>
    layoutTooltip(shown, anchor, bounds, theme, heatmapTooltipOptions('fi'));

  it('lists every detail with room, under its heading, the title and fields first', () => {
    const tip = layout(content(['Eka', 'Toka']));
    expect(tip.titleLines).toEqual(['Lohja']);
    expect(tip.rowLines).toEqual(['Teema: Sote', 'Kirjaukset:', '• Eka', '• Toka']);
    expect(tip.width).toBe(theme.tooltip.maxWidth);
    expect(tip.height).toBeCloseTo(2 * padding + 5 * line + line / 3, 9);
    expect(tip.rowsY).toBeCloseTo(padding + line + line / 3, 9);
    expect([tip.fontSize, tip.lineHeight, tip.padding]).toEqual([
      theme.fontSize.tooltip,
      line,
      padding,
    ]);
  });

  it('says how many more there are, with the details left out of the content', () => {
    const tip = layout(content(['Eka', 'Toka', 'Kolmas'], 2, null));
    expect(tip.rowLines).toEqual(['Teema: Sote', '• Eka', '• Toka', '• Kolmas', '+2 muuta']);
  });

  it('cuts the details to the lines the chart has room for, keeping a line for "+N muuta"', () => {
    // Room for 6 lines less one: title, field, heading, then two details and "+2 muuta".
    const height = 2 * padding + 6 * line + 1;
    const tip = layout(content(['Eka', 'Toka', 'Kolmas', 'Neljäs']), { width: 800, height });
    expect(tip.rowLines).toEqual(['Teema: Sote', 'Kirjaukset:', '• Eka', '+3 muuta']);
    // A line more: one detail more.
    const taller = layout(content(['Eka', 'Toka', 'Kolmas', 'Neljäs']), {
      width: 800,
      height: height + line,
    });
    expect(taller.rowLines).toEqual(['Teema: Sote', 'Kirjaukset:', '• Eka', '• Toka', '+2 muuta']);
    // The last detail needs no line kept for "+N muuta".
    const last = layout(content(['Eka', 'Toka']), { width: 800, height });
    expect(last.rowLines).toEqual(['Teema: Sote', 'Kirjaukset:', '• Eka', '• Toka']);
    // …unless the content left texts out: then its last detail keeps that line free too.
    const cut = layout(content(['Eka', 'Toka'], 2), { width: 800, height });
    expect(cut.rowLines).toEqual(['Teema: Sote', 'Kirjaukset:', '• Eka', '+3 muuta']);
  });

  it('wraps long texts to the tooltip’s width inside the chart, a detail to three lines at most', () => {
    const long = 'Sosiaali- ja terveyspalvelujen yhteistyö '.repeat(6).trim();
    const tip = layout(
      { title: long, rows: [], details: { heading: null, items: [long], moreCount: 0 } },
      { width: 200, height: 2000 },
    );
    const maxWidth = 200 - 2 * padding;
    const fontSize = theme.fontSize.tooltip;
    const locale = 'fi';
    expect(tip.width).toBe(200);
    expect(tip.titleLines).toEqual(
      wrapText(long, { maxWidth, fontSize, maxLines: 4, weight: theme.fontWeight.bold, locale })
        .lines,
    );
    expect(tip.titleLines).toHaveLength(4);
    expect(tip.rowLines).toEqual(
      wrapText(`• ${long}`, { maxWidth, fontSize, maxLines: 3, locale }).lines,
    );
    expect(tip.rowLines).toHaveLength(3);
  });

  it("breaks an overlong word at the locale's syllables, as every chart's tooltip does", async () => {
    await loadHyphenation('sv');
    const word = 'Samarbetsgruppsmötesprotokollet';
    const shown = { title: word, rows: [], details: null };
    const bounds = { width: 110, height: 600 };
    const tip = layoutTooltip(shown, anchor, bounds, theme, heatmapTooltipOptions('sv'));
    const fontSize = theme.fontSize.tooltip;
    const weight = theme.fontWeight.bold;
    const maxWidth = bounds.width - 2 * padding;
    expect(tip.titleLines).toEqual(
      wrapText(word, { maxWidth, fontSize, weight, maxLines: 4, locale: 'sv' }).lines,
    );
    expect(tip.titleLines[0]).toBe('Samarbets-');
    // Without the locale the same width breaks inside the syllables ("Samarbetsg-").
    const plain = layoutTooltip(shown, anchor, bounds, theme);
    expect(plain.titleLines[0]).not.toBe('Samarbets-');
  });

  it('has no gap under the title when there is nothing under it', () => {
    const tip = layout({ title: 'Lohja', rows: [], details: null });
    expect(tip.rowLines).toEqual([]);
    expect(tip.height).toBeCloseTo(2 * padding + line, 9);
  });
});

describe('ThemeHeatmap cell items', () => {
  it('names a cell by its row and column, with its value and box, highlighted by either id', () => {
    const layout = computeThemeHeatmapLayout(rating, options(600));
    const cells = layout.data.rows.length * layout.data.columns.length;
    const items = Array.from({ length: cells }, (_, i) => heatmapMarkItem(layout, i));
    expect(items.map((m) => m?.item.id)).toEqual(
      layout.data.rows.flatMap((r) => layout.data.columns.map((c) => `${r.id}/${c.id}`)),
    );
    const second = items[1];
    const row = layout.data.rows[0];
    const column = layout.data.columns[1];
    expect(second?.item.row).toEqual({ id: row?.id, label: row?.label });
    expect(second?.item.column).toEqual({ id: column?.id, label: column?.label });
    expect(second?.item.value).toBe(layout.data.values[0]?.[1] ?? null);
    expect(second?.keys).toEqual([row?.id, column?.id]);
    expect(second?.box).toEqual(heatmapCellBox(layout, 1));
    expect(items.map((m) => m?.item.value)).toEqual(layout.data.values.flat());
    expect(heatmapMarkItem(layout, cells)).toBeUndefined();
    const empty = { ...layout, data: { ...layout.data, columns: [] } };
    expect(heatmapMarkItem(empty, 0)).toBeUndefined();
  });
});
