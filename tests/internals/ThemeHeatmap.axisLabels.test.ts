// ThemeHeatmap's row and column labels (axisLabels.ts, internal), directly: where each label goes, how
// many lines it gets and when column labels turn 45°. Short made-up words ("aa bb", "Alfa") at a 10 px
// font with 14 px lines, so every position follows from measured widths by hand. Illustrative data.
import { describe, expect, it } from 'vitest';
import { measureText } from '../../packages/charts/src/text/measureText';
import {
  DIAGONAL,
  diagonalLines,
  layoutColumnLabels,
  layoutRowLabels,
  lineCount,
} from '../../packages/charts/src/ThemeHeatmap/axisLabels';
import type { ColumnLabelsInput } from '../../packages/charts/src/ThemeHeatmap/axisLabels';

const FONT = 10;
const LINE = 14;
const w = (text: string) => measureText(text, FONT);

const rows = { right: 100, maxWidth: 30, top: 50, fontSize: FONT, lineHeight: LINE, maxLines: 3 };

const columns = (labels: string[], cellWidth: number, more: Partial<ColumnLabelsInput> = {}) =>
  layoutColumnLabels({
    labels,
    first: 5,
    left: 10,
    cellWidth,
    bottom: 100,
    maxLength: 500,
    gap: 4,
    fontSize: FONT,
    lineHeight: LINE,
    ...more,
  });

describe('axis label helpers', () => {
  it('DIAGONAL is cos 45° and lineCount counts the wrapped lines', () => {
    expect(DIAGONAL).toBe(Math.SQRT1_2);
    // "aa bb" is 26.12 px, "aa bb cc" 39.94 px: two lines at 30 px, one at 60 px, none for no text.
    expect(lineCount('aa bb cc dd', 30, FONT)).toBe(2);
    expect(lineCount('aa bb cc dd', 60, FONT)).toBe(1);
    expect(lineCount('', 30, FONT)).toBe(0);
  });

  it('diagonalLines: as many lines as the spacing across the text holds, at most three', () => {
    expect(diagonalLines(40, LINE)).toBe(2); // 28.28 px across
    expect(diagonalLines(1000, LINE)).toBe(3);
    expect(diagonalLines(19, LINE)).toBe(0); // 13.4 px across
    // Exactly two lines across (up to rounding) count as two.
    expect(diagonalLines((2 * LINE) / DIAGONAL - 0.005, LINE)).toBe(2);
    expect(diagonalLines((2 * LINE) / DIAGONAL - 0.02, LINE)).toBe(1);
  });
});

describe('layoutRowLabels', () => {
  it('centres each label on its row, right-aligned, wrapped to the lines the row holds', () => {
    const out = layoutRowLabels({
      ...rows,
      labels: ['Alfa', 'aa bb cc dd ee ff'],
      rowHeight: 30,
    });
    expect(out).toHaveLength(2);
    // 30 px rows hold two 14 px lines: the second label is cut after two.
    expect(out[0]).toEqual({
      index: 0,
      lines: ['Alfa'],
      truncated: false,
      x: 100,
      y: 50 + 15 - 7,
      box: { x: 100 - w('Alfa'), y: 58, width: w('Alfa'), height: 14 },
    });
    const second = out[1];
    expect(second?.index).toBe(1);
    expect(second?.lines).toEqual(['aa bb', 'cc d…']);
    expect(second?.truncated).toBe(true);
    expect(second?.y).toBe(50 + 30 + 15 - 14);
    const widest = Math.max(w('aa bb'), w('cc d…'));
    expect(second?.box).toEqual({ x: 100 - widest, y: 81, width: widest, height: 28 });
  });

  it('takes a row just short of two lines (by rounding) as two, and never fewer than one', () => {
    const label = 'aa bb cc dd';
    const tight = layoutRowLabels({ ...rows, labels: [label], rowHeight: 2 * LINE - 0.005 });
    expect(tight[0]?.lines).toEqual(['aa bb', 'cc dd']);
    expect(tight[0]?.truncated).toBe(false);
    const short = layoutRowLabels({ ...rows, labels: [label], rowHeight: 2 * LINE - 0.02 });
    expect(short[0]?.lines).toEqual(['aa b…']);
    // A row lower than a line still shows one, centred on the row.
    const low = layoutRowLabels({ ...rows, labels: ['Alfa'], rowHeight: 10 });
    expect(low[0]?.lines).toEqual(['Alfa']);
    expect(low[0]?.y).toBe(50 + 5 - 7);
  });

  it('cuts at the caller’s line limit even where the row holds more', () => {
    const out = layoutRowLabels({ ...rows, labels: ['aa bb cc dd'], rowHeight: 100, maxLines: 1 });
    expect(out[0]?.lines).toEqual(['aa b…']);
    expect(out[0]?.truncated).toBe(true);
    expect(out[0]?.y).toBe(50 + 50 - 7);
  });

  it('places rows of their own heights from rowTops (missing tops count as 0)', () => {
    const out = layoutRowLabels({
      ...rows,
      labels: ['aa bb cc dd', 'Alfa', 'Beta', 'Alfa'],
      rowHeight: 999,
      rowTops: [0, 40, 70],
    });
    expect(out.map((l) => l.lines)).toEqual([['aa bb', 'cc dd'], ['Alfa'], ['Beta'], ['Alfa']]);
    // Row 0: 0–40, two lines centred; row 1: 40–70; row 2 has no bottom (height 0) and row 3 no top.
    expect(out.map((l) => l.y)).toEqual([50 + 20 - 14, 50 + 40 + 15 - 7, 50 + 70 - 7, 50 - 7]);
    expect(out.map((l) => l.box.height)).toEqual([28, 14, 14, 14]);
  });

  it('breaks an overlong word at the syllables of the locale', () => {
    const input = { ...rows, labels: ['sosiaalipalvelut'], rowHeight: 100, maxLines: 4 };
    expect(layoutRowLabels({ ...input, locale: 'fi' })[0]?.lines).toEqual([
      'sosi-',
      'aali-',
      'palve-',
      'lut',
    ]);
    expect(layoutRowLabels(input)[0]?.lines).toEqual(['so-', 'siaali-', 'palve-', 'lut']);
  });
});

describe('layoutColumnLabels: horizontal', () => {
  it('centres wrapped labels over their columns, bottoms on the grid’s edge', () => {
    // 40 px columns less the 4 px gap: 36 px lines; "aa bb cc dd" takes two.
    const out = columns(['Alfa', 'aa bb cc dd'], 40);
    expect(out.orientation).toBe('horizontal');
    expect(out.height).toBe(28);
    expect(out.overhangRight).toBe(0);
    expect(out.key).toBeUndefined();
    expect(out.labels).toEqual([
      {
        index: 5,
        lines: ['Alfa'],
        truncated: false,
        x: 30,
        y: 86,
        box: { x: 30 - w('Alfa') / 2, y: 86, width: w('Alfa'), height: 14 },
      },
      {
        index: 6,
        lines: ['aa bb', 'cc dd'],
        truncated: false,
        x: 70,
        y: 72,
        box: { x: 70 - w('aa bb') / 2, y: 72, width: w('aa bb'), height: 28 },
      },
    ]);
  });

  it('is one line high with no labels', () => {
    const out = columns([], 40);
    expect(out).toEqual({ orientation: 'horizontal', labels: [], height: 14, overhangRight: 0 });
  });

  it('needs two lines of width: 28 px lines are enough, a little less is not', () => {
    expect(columns(['Alfa'], 32).orientation).toBe('horizontal');
    expect(columns(['Alfa'], 31.9).orientation).toBe('diagonal');
  });

  it('needs every word to fit a line: one exactly as wide fits, a wider one does not', () => {
    expect(columns(['Alfa', 'Gamma'], w('Gamma'), { gap: 0 }).orientation).toBe('horizontal');
    expect(columns(['Alfa', 'Gamma'], w('Gamma') - 0.01, { gap: 0 }).orientation).toBe('diagonal');
    // "Kuntayhtymä" (62.72 px) would break into lines, but a word is not broken across a column.
    expect(columns(['Alfa', 'Kuntayhtymä'], 40).orientation).toBe('diagonal');
    // A no-break group is one word: "100 000" (36.92 px) does not fit a 36 px line, so the labels turn
    // 45° rather than break it between its digits ("100 00-" / "0"); with room it stays whole.
    const group = 'Yli 100\u00a0000';
    expect(w('100\u00a0000')).toBeGreaterThan(36);
    const narrow = columns([group], 40);
    expect(narrow.orientation).toBe('diagonal');
    expect(narrow.labels[0]?.lines).toEqual(['Yli', '100\u00a0000']);
    const wide = columns([group], 44);
    expect(wide.orientation).toBe('horizontal');
    expect(wide.labels[0]?.lines).toEqual(['Yli', '100\u00a0000']);
  });

  it('turns 45° when a label needs more than three lines', () => {
    expect(columns(['aa bb cc dd ee ff'], 40).orientation).toBe('horizontal');
    expect(columns(['aa bb cc dd ee ff gg hh'], 40).orientation).toBe('diagonal');
  });
});

describe('layoutColumnLabels: diagonal', () => {
  const near = (actual: number | undefined, expected: number) =>
    expect(actual).toBeCloseTo(expected, 9);

  it('wraps into balanced lines where two fit across, each block rotated about its column', () => {
    // "Kuntayhtymä" is wider than a 36 px line, so both turn 45°; 40 px columns hold two lines across.
    const out = columns(['aa bb cc dd', 'Kuntayhtymä'], 40);
    expect(out.orientation).toBe('diagonal');
    expect(out.labels.map((l) => [l.index, l.lines, l.truncated])).toEqual([
      [5, ['aa bb', 'cc dd'], false],
      [6, ['Kuntayhtymä'], false],
    ]);
    const [a, b] = out.labels;
    const alongA = Math.max(w('aa bb'), w('cc dd'));
    expect(a?.x).toBe(30);
    near(a?.y, 100 - 14 * DIAGONAL);
    near(a?.box.x, 30 - 14 * DIAGONAL);
    near(a?.box.y, 100 - (alongA + 28) * DIAGONAL);
    near(a?.box.width, (alongA + 28) * DIAGONAL);
    near(a?.box.height, (alongA + 28) * DIAGONAL);
    const sizeB = (w('Kuntayhtymä') + 14) * DIAGONAL;
    expect(b?.x).toBe(70);
    near(b?.y, 100 - 7 * DIAGONAL);
    near(b?.box.x, 70 - 7 * DIAGONAL);
    near(b?.box.width, sizeB);
    near(b?.box.height, sizeB);
    // The band is as tall as the tallest block; the second reaches past the grid's right edge (90).
    near(out.height, sizeB);
    near(out.overhangRight, 70 - 7 * DIAGONAL + sizeB - 90);
  });

  it('keeps a label on one line where only one fits across', () => {
    const out = columns(['aa bb cc dd'], 19);
    expect(out.orientation).toBe('diagonal');
    expect(out.labels[0]?.lines).toEqual(['aa bb cc dd']);
    const size = (w('aa bb cc dd') + 14) * DIAGONAL;
    near(out.height, size);
    near(out.overhangRight, 10 + 9.5 - 7 * DIAGONAL + size - 29);
  });

  it('takes the largest overhang of any label, and none when every label ends over the grid', () => {
    const first = columns(['Kuntayhtymä', 'x'], 19);
    const size = (w('Kuntayhtymä') + 14) * DIAGONAL;
    near(first.overhangRight, 10 + 9.5 - 7 * DIAGONAL + size - 48);
    // "x" at 45° ends (5.29 + 7) · 0.707 = 8.7 px right of its column's centre, 9.5 px from the edge.
    expect(columns(['x'], 19).overhangRight).toBe(0);
    // Too narrow for horizontal labels, none at all: a diagonal band of no height.
    expect(columns([], 19)).toEqual({
      orientation: 'diagonal',
      labels: [],
      height: 0,
      overhangRight: 0,
    });
  });

  it('cuts a line at maxLength, but never below the font size', () => {
    const cut = columns(['Alfa beeta gamma'], 19, { maxLength: 30 });
    expect(cut.labels[0]?.lines).toEqual(['Alfa…']);
    expect(cut.labels[0]?.truncated).toBe(true);
    // "ii" is 5.16 px: within the 10 px floor although maxLength is 1 px.
    const floor = columns(['ii'], 19, { maxLength: 1 });
    expect(floor.labels[0]?.lines).toEqual(['ii']);
    expect(floor.labels[0]?.truncated).toBe(false);
  });
});
