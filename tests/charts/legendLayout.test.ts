/**
 * The legend layouts' exact geometry with the default theme (small type 12 px, line height 12 × 1.35 =
 * 16.2; spacing xs 4, sm 8, md 12, lg 16). Text widths come from measureText, so the expected numbers are
 * sums of those widths and the theme's sizes.
 */
import { describe, expect, it } from 'vitest';
import {
  defaultTheme,
  layoutSeriesLegend,
  layoutSwatchLegend,
  measureText,
} from '@yhdyspinta/charts';

const w = (text: string) => measureText(text, 12);

describe('layoutSeriesLegend (exact)', () => {
  it('flows entries from md with a 26 px sample line, lg between them, and wraps a row that overflows', () => {
    const legend = layoutSeriesLegend({
      labels: ['Espoo', 'Vihti', 'Lohja'],
      top: 40,
      width: 200,
      theme: defaultTheme,
    });
    expect(legend.swatchWidth).toBe(26); // round(12 × 2.2)
    expect(legend.fontSize).toBe(12);
    expect(legend.lineHeight).toBeCloseTo(16.2, 10);
    expect(legend.top).toBe(40);
    const [a, b, c] = legend.entries;
    expect(a).toMatchObject({ index: 0, lines: ['Espoo'], x: 12, y: 40, textX: 42 });
    expect(a?.right).toBeCloseTo(42 + w('Espoo'), 10);
    const bx = 12 + 26 + 4 + w('Espoo') + 16;
    expect(b?.x).toBeCloseTo(bx, 10);
    expect(b?.y).toBe(40);
    expect(b?.textX).toBeCloseTo(bx + 30, 10);
    expect(b?.right).toBeCloseTo(bx + 30 + w('Vihti'), 10);
    // The third would end past 200 − 12: a new row one line and xs lower.
    expect(c).toMatchObject({ index: 2, lines: ['Lohja'], x: 12, textX: 42 });
    expect(c?.y).toBeCloseTo(40 + 16.2 + 4, 10);
    expect(legend.bottom).toBeCloseTo(40 + 16.2 + 4 + 16.2 + 8, 10);
  });

  it('keeps an entry that ends exactly at the right edge on the row', () => {
    const first = 26 + 4 + w('Espoo');
    const second = 26 + 4 + w('Vihti');
    const width = 12 + first + 16 + second + 12;
    const legend = layoutSeriesLegend({
      labels: ['Espoo', 'Vihti'],
      top: 0,
      width,
      theme: defaultTheme,
    });
    expect(legend.entries.map((e) => e.y)).toEqual([0, 0]);
    const narrower = layoutSeriesLegend({
      labels: ['Espoo', 'Vihti'],
      top: 0,
      width: width - 0.01,
      theme: defaultTheme,
    });
    expect(narrower.entries[1]?.y).toBeCloseTo(20.2, 10);
  });

  it('wraps a long name to maxLines and makes the row as tall as its tallest entry', () => {
    const long = 'Länsi-Uusimaan hyvinvointialueen ja kuntien yhteinen työryhmä';
    const legend = layoutSeriesLegend({
      labels: [long, 'Espoo'],
      top: 10,
      width: 160,
      theme: defaultTheme,
      maxLines: 3,
    });
    const lines = legend.entries[0]?.lines ?? [];
    expect(lines).toHaveLength(3);
    // Text room: 160 − 2 × 12 − 26 − 4 = 106 px.
    for (const line of lines) expect(w(line)).toBeLessThanOrEqual(106);
    expect(legend.entries[0]?.right).toBeCloseTo(42 + Math.max(...lines.map(w)), 10);
    expect(legend.entries[1]?.y).toBeCloseTo(10 + 3 * 16.2 + 4, 10);
    expect(legend.bottom).toBeCloseTo(10 + 3 * 16.2 + 4 + 16.2 + 8, 10);
    expect(
      layoutSeriesLegend({ labels: [long], top: 0, width: 160, theme: defaultTheme }).entries[0]
        ?.lines,
    ).toHaveLength(2);
  });

  it('is empty with its bottom at the top when there are no series', () => {
    expect(
      layoutSeriesLegend({ labels: [], top: 33, width: 300, theme: defaultTheme }),
    ).toMatchObject({
      entries: [],
      top: 33,
      bottom: 33,
    });
  });
});

describe('layoutSwatchLegend (exact)', () => {
  const items = [
    { key: 'a', label: '1–2', fill: '#000000' },
    { key: 'b', label: 'ei tietoa', fill: 'url(#h)' },
  ];

  it('puts the title first, then 19 × 12 swatches with their labels, wrapping a line that overflows', () => {
    const legend = layoutSwatchLegend({
      title: 'Keskiarvo',
      items,
      x: 10,
      width: 160,
      top: 20,
      theme: defaultTheme,
    });
    expect(legend.title).toEqual({ text: 'Keskiarvo', x: 10, y: 20 });
    const ax = 10 + w('Keskiarvo') + 12;
    const [a, b] = legend.entries;
    expect(a).toMatchObject({ key: 'a', label: '1–2', fill: '#000000', textY: 20 });
    expect(a?.swatch.x).toBeCloseTo(ax, 10);
    // Swatch centred on the line: 20 + (16.2 − 12) / 2.
    expect(a?.swatch.y).toBeCloseTo(22.1, 10);
    expect(a?.swatch.width).toBe(19);
    expect(a?.swatch.height).toBe(12);
    expect(a?.textX).toBeCloseTo(ax + 23, 10);
    expect(a?.box.x).toBeCloseTo(ax, 10);
    expect(a?.box.width).toBeCloseTo(23 + w('1–2'), 10);
    expect(a?.box.height).toBeCloseTo(16.2, 10);
    // b would end past 10 + 160: the next line, xs under.
    expect(b).toMatchObject({ key: 'b', label: 'ei tietoa', textX: 33 });
    expect(b?.box.x).toBe(10);
    expect(b?.textY).toBeCloseTo(40.2, 10);
    expect(b?.swatch.y).toBeCloseTo(42.3, 10);
    expect(legend.bottom).toBeCloseTo(56.4, 10);
  });

  it('shortens a title or a label that does not fit the width with "…"', () => {
    const legend = layoutSwatchLegend({
      title: 'Keskiarvo kaikista vastauksista yhteensä',
      items: [{ key: 'a', label: 'Hyvin pitkä selite joka ei mahdu', fill: '#000000' }],
      x: 0,
      width: 100,
      top: 0,
      theme: defaultTheme,
    });
    expect(legend.title?.text.endsWith('…')).toBe(true);
    expect(w(legend.title?.text ?? '')).toBeLessThanOrEqual(100);
    const label = legend.entries[0]?.label ?? '';
    expect(label.endsWith('…')).toBe(true);
    // Room for a label: 100 − 19 − 4 = 77 px.
    expect(w(label)).toBeLessThanOrEqual(77);
    expect(w(label)).toBeGreaterThan(60);
    expect(legend.entries[0]?.box.x).toBe(0);
  });

  it('keeps the first entry on the first line even when it is wider than the rest of the line', () => {
    const legend = layoutSwatchLegend({
      items: [items[1]!],
      x: 5,
      width: 30,
      top: 7,
      theme: defaultTheme,
    });
    expect(legend.title).toBeNull();
    expect(legend.entries[0]?.box.x).toBe(5);
    expect(legend.entries[0]?.textY).toBe(7);
  });

  it('is empty with its bottom at the top when there is nothing to show; a title alone takes a line', () => {
    expect(
      layoutSwatchLegend({ items: [], x: 0, width: 100, top: 9, theme: defaultTheme }),
    ).toEqual({
      title: null,
      entries: [],
      fontSize: 12,
      lineHeight: 12 * 1.35,
      bottom: 9,
    });
    expect(
      layoutSwatchLegend({
        title: 'Arvo',
        items: [],
        x: 0,
        width: 100,
        top: 9,
        theme: defaultTheme,
      }).bottom,
    ).toBeCloseTo(9 + 16.2, 10);
  });
});

describe('layoutSwatchLegend away from the left edge', () => {
  const left = 240;
  const width = 150;
  const right = left + width;
  const font = defaultTheme.fontSize.small;
  // Laid out inside each test (not while the file is collected), so per-test coverage sees it.
  const layout = () =>
    layoutSwatchLegend({
      title: 'Kirjauksia neuvottelumuistioissa teemoittain',
      items: [
        { key: 'a', label: 'Ei kirjauksia', fill: '#F7FBFF' },
        { key: 'b', label: 'Kuusi tai useampi kirjaus muistiossa', fill: '#08306B' },
      ],
      x: left,
      width,
      top: 30,
      theme: defaultTheme,
    });

  it('cuts the title and the labels to the width it is given, not more', () => {
    const legend = layout();
    const title = legend.title?.text ?? '';
    expect(title.endsWith('…')).toBe(true);
    expect(title.length).toBeGreaterThan(5);
    expect(title.startsWith('Kirjauksia')).toBe(true);
    expect(left + measureText(title, font)).toBeLessThanOrEqual(right);
    for (const entry of legend.entries) {
      expect(entry.box.x).toBeGreaterThanOrEqual(left);
      expect(entry.box.x + entry.box.width).toBeLessThanOrEqual(right);
    }
    expect(legend.entries[1]?.label.endsWith('…')).toBe(true);
  });

  it('ends a line below its top, and at its top when there is nothing to show', () => {
    const legend = layout();
    expect(legend.bottom).toBeGreaterThan(30);
    const untitled = layoutSwatchLegend({
      items: [{ key: 'a', label: 'Ei kirjauksia', fill: '#F7FBFF' }],
      x: left,
      width,
      top: 30,
      theme: defaultTheme,
    });
    expect(untitled.bottom).toBeCloseTo(30 + untitled.lineHeight, 10);
    const empty = layoutSwatchLegend({ items: [], x: left, width, top: 30, theme: defaultTheme });
    expect(empty.bottom).toBe(30);
    expect(empty.title).toBeNull();
  });
});
