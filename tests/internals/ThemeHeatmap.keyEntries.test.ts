// ThemeHeatmap's keyed column labels (columnKey.ts, internal), directly: the numbers heading the columns,
// the key's entries in one or more key columns, its line limit and where everything goes. Short made-up
// words at a 10 px font with 14 px lines and a 4 px gap (digits are 5.72 px each), so every position
// follows by hand. Illustrative data.
import { describe, expect, it } from 'vitest';
import { measureText } from '../../packages/charts/src/text/measureText';
import {
  columnMarker,
  keyLineLimit,
  keyedColumnLabels,
  keyedPitch,
} from '../../packages/charts/src/ThemeHeatmap/columnKey';
import type { KeyedColumnsInput } from '../../packages/charts/src/ThemeHeatmap/columnKey';

const FONT = 10;
const LINE = 14;
const GAP = 4;
const DIGIT = measureText('1', FONT);
const w = (text: string) => measureText(text, FONT);

/** Nine column labels: the key's markers are one digit wide. */
const NINE = ['Alfa', 'Beta', 'Gamma', 'Delta', 'Eeta', 'Zeta', 'Theta', 'Iota', 'Kappa'];

const keyed = (more: Partial<KeyedColumnsInput> = {}) =>
  keyedColumnLabels({
    allLabels: NINE,
    first: 1,
    count: 3,
    left: 10,
    cellWidth: 20,
    keyLeft: 12,
    keyRight: 412,
    fontSize: FONT,
    lineHeight: LINE,
    gap: GAP,
    ...more,
  });

/** Each entry's marker x and top. */
const spots = (more: Partial<KeyedColumnsInput>) =>
  (keyed(more).key ?? []).map((e) => [e.markerX, e.y]);

describe('markers and pitch', () => {
  it('numbers columns from 1', () => {
    expect([0, 1, 9, 10].map(columnMarker)).toEqual(['1', '2', '10', '11']);
  });

  it('keyedPitch: the widest number and a gap on each side', () => {
    expect(DIGIT).toBe(5.72);
    expect(keyedPitch(9, FONT, GAP)).toBeCloseTo(DIGIT + 8, 9); // "9"
    expect(keyedPitch(10, FONT, GAP)).toBeCloseTo(2 * DIGIT + 8, 9); // "10"
    expect(keyedPitch(1, FONT, 0)).toBeCloseTo(DIGIT, 9);
    expect(keyedPitch(0, FONT, GAP)).toBeCloseTo(DIGIT + 8, 9);
  });
});

describe('keyLineLimit', () => {
  const shared = 'aa bb cc dd ee ff'; // three 30 px lines: "aa bb", "cc dd", "ee ff"

  it('is three lines unless labels cut there read the same', () => {
    expect(keyLineLimit(['Alfa', 'Beta'], 30, FONT)).toBe(3);
    expect(keyLineLimit([`${shared} gg`, `${shared} hh`], 30, FONT)).toBe(4);
  });

  it('stops at twelve lines', () => {
    const long = Array.from({ length: 13 }, () => 'aa bb').join(' ');
    expect(keyLineLimit([`${long} gg`, `${long} hh`], 30, FONT)).toBe(12);
  });
});

describe('keyedColumnLabels', () => {
  it('heads the panel’s columns with their numbers and keys their labels in two columns', () => {
    const out = keyed({ keyColumns: 2 });
    expect(out.orientation).toBe('keyed');
    expect(out.overhangRight).toBe(0);
    // Heads: columns 1–3 of the data, centred over 20 px cells from x = 10, one line over the grid.
    expect(out.labels).toEqual(
      [20, 40, 60].map((x, k) => ({
        index: k + 1,
        lines: [String(k + 2)],
        truncated: false,
        x,
        y: -LINE,
        box: { x: x - DIGIT / 2, y: -LINE, width: DIGIT, height: LINE },
      })),
    );
    // Two key columns of (400 − 16) / 2 = 192 px; two entries down the first, one in the second. The
    // key is two entries (2 · 18 px) tall, above a gap and the heads' line: it starts 54 px up.
    const textLeft = 12 + DIGIT + 8;
    const second = 12 + 192 + 16;
    expect(out.height).toBe(LINE + GAP + 36);
    expect(out.key).toEqual([
      {
        index: 1,
        marker: '2',
        markerX: 12,
        x: textLeft,
        y: -54,
        lines: ['Beta'],
        truncated: false,
        box: { x: 12, y: -54, width: textLeft - 12 + w('Beta'), height: LINE },
      },
      {
        index: 2,
        marker: '3',
        markerX: 12,
        x: textLeft,
        y: -36,
        lines: ['Gamma'],
        truncated: false,
        box: { x: 12, y: -36, width: textLeft - 12 + w('Gamma'), height: LINE },
      },
      {
        index: 3,
        marker: '4',
        markerX: second,
        x: second + DIGIT + 8,
        y: -54,
        lines: ['Delta'],
        truncated: false,
        box: { x: second, y: -54, width: DIGIT + 8 + w('Delta'), height: LINE },
      },
    ]);
  });

  it('keys in one column by default, and in 1…count columns whatever is asked', () => {
    const one = [
      [12, -72],
      [12, -54],
      [12, -36],
    ];
    expect(spots({})).toEqual(one);
    expect(spots({ keyColumns: Number.NaN })).toEqual(one);
    expect(spots({ keyColumns: Number.POSITIVE_INFINITY })).toEqual(one);
    expect(spots({ keyColumns: 0 })).toEqual(one);
    expect(spots({ keyColumns: -2 })).toEqual(one);
    expect(spots({ keyColumns: 2.7 })).toEqual([
      [12, -54],
      [12, -36],
      [220, -54],
    ]);
    // Ten asked, three entries: three key columns of (400 − 2 · 16) / 3 px, side by side.
    const three = spots({ keyColumns: 10 });
    expect(three).toHaveLength(3);
    [12, 12 + 368 / 3 + 16, 12 + (2 * 368) / 3 + 32].forEach((x, k) => {
      expect(three[k]?.[0]).toBeCloseTo(x, 9);
      expect(three[k]?.[1]).toBe(-36);
    });
  });

  it('fills key columns top to bottom from the panel’s first column', () => {
    const out = keyed({ first: 4, count: 5, keyColumns: 2 });
    expect((out.key ?? []).map((e) => [e.marker, e.markerX, e.y])).toEqual([
      ['5', 12, -72],
      ['6', 12, -54],
      ['7', 12, -36],
      ['8', 220, -72],
      ['9', 220, -54],
    ]);
    expect(out.labels.map((h) => h.x)).toEqual([20, 40, 60, 80, 100]);
    expect(out.height).toBe(LINE + GAP + 54);
  });

  it('leaves a key column empty when fewer entries than columns are left for it', () => {
    // Five entries in four key columns of (400 − 3 · 16) / 4 = 88 px: two a column, the fourth none.
    const out = keyed({ first: 0, count: 5, keyColumns: 4 });
    expect((out.key ?? []).map((e) => Math.round(e.markerX))).toEqual([12, 12, 116, 116, 220]);
    expect((out.key ?? []).map((e) => e.y)).toEqual([-54, -36, -54, -36, -54]);
    expect(out.height).toBe(LINE + GAP + 36);
  });

  it('makes the markers as wide as the last column’s number', () => {
    const ten = [...NINE, 'Lambda'];
    const out = keyed({ allLabels: ten, first: 0, count: 1 });
    expect(out.key?.[0]?.x).toBeCloseTo(12 + 2 * DIGIT + 8, 9);
    expect(out.key?.[0]?.marker).toBe('1');
    expect(keyed({ first: 0, count: 1 }).key?.[0]?.x).toBeCloseTo(12 + DIGIT + 8, 9);
  });

  it('wraps entries to the key column’s width, the whole key as tall as its tallest column', () => {
    // One key column of 30 px text: 12 + 5.72 + 8 + 30 = 55.72.
    const out = keyed({
      allLabels: ['aa bb cc dd', 'Alfa', 'Beta'],
      first: 0,
      count: 3,
      keyRight: 12 + DIGIT + 8 + 30,
    });
    const key = out.key ?? [];
    expect(key.map((e) => e.lines)).toEqual([['aa bb', 'cc dd'], ['Alfa'], ['Beta']]);
    // Entries of 28 + 4, 14 + 4 and 14 + 4 px: the key is 68 px, over a gap and the heads' line.
    expect(key.map((e) => e.y)).toEqual([-86, -86 + 32, -86 + 50]);
    expect(key[0]?.box.height).toBe(28);
    expect(key[0]?.box.width).toBeCloseTo(DIGIT + 8 + Math.max(w('aa bb'), w('cc dd')), 9);
    expect(out.height).toBe(LINE + GAP + 68);
    // Two key columns: the first holds two entries (28 + 14 px and gaps), the second one.
    const two = keyed({
      allLabels: ['aa bb cc dd', 'Alfa', 'Beta'],
      first: 0,
      count: 3,
      keyColumns: 2,
      keyRight: 12 + 2 * (DIGIT + 8 + 30) + 16,
    });
    expect(two.key?.[0]?.lines).toEqual(['aa bb', 'cc dd']);
    expect(two.height).toBe(LINE + GAP + 50);
  });

  it('gives entries more lines where three would read the same', () => {
    const shared = 'aa bb cc dd ee ff';
    const out = keyed({
      allLabels: [`${shared} gg`, `${shared} hh`],
      first: 0,
      count: 2,
      keyRight: 12 + DIGIT + 8 + 30,
    });
    expect((out.key ?? []).map((e) => [e.lines, e.truncated])).toEqual([
      [['aa bb', 'cc dd', 'ee ff', 'gg'], false],
      [['aa bb', 'cc dd', 'ee ff', 'hh'], false],
    ]);
  });

  it('keeps a text width of at least the font size in a key narrower than that', () => {
    const out = keyed({ allLabels: ['ii', 'Alfa'], first: 0, count: 1, keyRight: 17 });
    expect(out.key?.[0]?.lines).toEqual(['ii']);
    expect(out.key?.[0]?.truncated).toBe(false);
  });

  it('breaks overlong words at the locale’s syllables', () => {
    const input = { allLabels: ['sosiaalipalvelut'], first: 0, count: 1, keyRight: 55.72 };
    expect(keyed({ ...input, locale: 'fi' }).key?.[0]?.lines).toEqual(['sosi-', 'aali-', 'palv…']);
    expect(keyed(input).key?.[0]?.lines).toEqual(['so-', 'siaali-', 'palv…']);
  });

  it('is just the heads’ line and a gap for a panel of no columns', () => {
    expect(keyed({ count: 0, keyColumns: 2 })).toEqual({
      orientation: 'keyed',
      labels: [],
      key: [],
      height: LINE + GAP,
      overhangRight: 0,
    });
  });

  it('keys a column past the labels with no text', () => {
    const out = keyed({ allLabels: ['Alfa'], first: 0, count: 2 });
    const key = out.key ?? [];
    expect(key).toHaveLength(2);
    expect(key[1]?.lines).toEqual([]);
    expect(key[1]?.box.height).toBe(0);
    expect(key[1]?.box.width).toBeCloseTo(DIGIT + 8, 9);
    // Alfa's 14 px line and two gaps.
    expect(out.height).toBe(LINE + GAP + 22);
  });
});
