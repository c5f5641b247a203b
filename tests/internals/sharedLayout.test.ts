/**
 * Exact geometry of the shared layout helpers (header, font roles, geometry/*; the tooltip's in tooltipLayout.test.ts) with the default theme: type
 * sizes title 18, subtitle and tooltip 13, small 12; line height × 1.35; spacing xs 4, sm 8, md 12, lg 16;
 * tooltip padding 10 and max width 320. Expected values are worked out from those numbers.
 */
import { describe, expect, it } from 'vitest';
import { defaultTheme } from '@yhdyspinta/charts';
import { layoutChartHeader } from '../../packages/charts/src/layout/chartHeader';
import { fontRoles } from '../../packages/charts/src/layout/fontRoles';
import { boxContains } from '../../packages/charts/src/geometry/box';
import { fitLineLimit } from '../../packages/charts/src/geometry/fit';
import { round2, svgNumber } from '../../packages/charts/src/geometry/round';
import {
  compactNumber,
  numberPair,
  RectsPath,
  rectShape,
  RelativePen,
  TextCache,
  unitsNumber,
} from '../../packages/charts/src/geometry/path';

describe('layoutChartHeader (exact)', () => {
  it('puts the title at md, each note under the previous block, and the body md below the last', () => {
    const header = layoutChartHeader({
      title: 'Otsikko',
      notes: ['n = 6/10 kuntaa', '', 'Kuvitteellinen aineisto'],
      width: 600,
      theme: defaultTheme,
    });
    expect(header.x).toBe(12);
    expect(header.title).toEqual({
      lines: ['Otsikko'],
      y: 12,
      fontSize: 18,
      lineHeight: 18 * 1.35,
      fontWeight: 700,
    });
    expect(header.notes.map((n) => n.lines)).toEqual([
      ['n = 6/10 kuntaa'],
      ['Kuvitteellinen aineisto'],
    ]);
    // title 12 + one line 24.3 + xs 4 = 40.3; then one subtitle line 17.55 each.
    expect(header.notes[0]).toMatchObject({ fontSize: 13, fontWeight: 400 });
    expect(header.notes[0]?.lineHeight).toBeCloseTo(17.55, 10);
    expect(header.notes[0]?.y).toBeCloseTo(40.3, 10);
    expect(header.notes[1]?.y).toBeCloseTo(57.85, 10);
    expect(header.height).toBeCloseTo(57.85 + 17.55 + 12, 10);
  });

  it('wraps the title to at most 3 lines and each note whole within width − 2·md', () => {
    const words = Array.from({ length: 40 }, () => 'sana').join(' ');
    const header = layoutChartHeader({
      title: words,
      notes: [words],
      width: 200,
      theme: defaultTheme,
    });
    expect(header.title?.lines).toHaveLength(3);
    expect(header.title?.lines[2]?.endsWith('…')).toBe(true);
    // The note is never cut: every word, on as many lines as it takes (more than the 2 it once had).
    const note = header.notes[0]?.lines ?? [];
    expect(note.join(' ')).toBe(words);
    expect(note.length).toBeGreaterThan(2);
    // 3 title lines + xs, the note's lines, md above and below.
    expect(header.height).toBeCloseTo(12 + 3 * 24.3 + 4 + note.length * 17.55 + 12, 10);
  });

  it('without a title (hidden or empty) starts the notes at md; with nothing the body starts at 2·md', () => {
    const hidden = layoutChartHeader({
      title: 'Otsikko',
      hideTitle: true,
      notes: ['huom'],
      width: 600,
      theme: defaultTheme,
    });
    expect(hidden.title).toBeNull();
    expect(hidden.notes[0]?.y).toBe(12);
    expect(layoutChartHeader({ title: '', width: 600, theme: defaultTheme })).toEqual({
      x: 12,
      title: null,
      notes: [],
      height: 24,
    });
  });
});

describe('fontRoles', () => {
  it('keeps each size and adds its line height', () => {
    expect(fontRoles({ label: 12, value: 20 }, 1.5)).toEqual({
      label: 12,
      labelLineHeight: 18,
      value: 20,
      valueLineHeight: 30,
    });
  });
});

describe('geometry helpers', () => {
  it('boxContains includes the edges and nothing outside', () => {
    const box = { x: 10, y: 20, width: 30, height: 40 };
    expect(boxContains(box, 10, 20)).toBe(true);
    expect(boxContains(box, 40, 60)).toBe(true);
    expect(boxContains(box, 9.99, 30)).toBe(false);
    expect(boxContains(box, 40.01, 30)).toBe(false);
    expect(boxContains(box, 20, 19.99)).toBe(false);
    expect(boxContains(box, 20, 60.01)).toBe(false);
  });

  it('fitLineLimit builds from the top down and stops at the first that fits', () => {
    const built: number[] = [];
    const fit = fitLineLimit(4, 25, (lines) => {
      built.push(lines);
      return { naturalHeight: lines * 10 };
    });
    expect(fit).toEqual({ lines: 2, layout: { naturalHeight: 20 }, fits: true });
    expect(built).toEqual([4, 3, 2]);
    // Exactly the target fits.
    expect(fitLineLimit(3, 30, (lines) => ({ naturalHeight: lines * 10 })).lines).toBe(3);
    // Nothing fits: the one-line layout, fits false; from below 1 tries one line.
    expect(fitLineLimit(3, 5, (lines) => ({ naturalHeight: lines * 10 }))).toEqual({
      lines: 1,
      layout: { naturalHeight: 10 },
      fits: false,
    });
    expect(fitLineLimit(0, 100, (lines) => ({ naturalHeight: lines }))).toEqual({
      lines: 1,
      layout: { naturalHeight: 1 },
      fits: true,
    });
  });

  it('round2 keeps two decimals and never prints −0', () => {
    expect(round2(1.005 + 1e-9)).toBe(1.01);
    expect(round2(-0.001)).toBe(0);
    expect(Object.is(round2(-0.001), 0)).toBe(true);
    expect(svgNumber(2.5)).toBe('2.5');
    expect(svgNumber(-0.004)).toBe('0');
    expect(svgNumber(12.345678)).toBe('12.35');
  });

  it('prints whole units as SVG numbers', () => {
    expect(unitsNumber(2804, 100)).toBe('28.04');
    expect(unitsNumber(50, 100)).toBe('0.5');
    expect(compactNumber(50, 100)).toBe('.5');
    expect(compactNumber(-5, 100)).toBe('-.05');
    expect(compactNumber(-43701, 100)).toBe('-437.01');
    expect(compactNumber(200, 100)).toBe('2');
    expect(compactNumber(100, 100)).toBe('1');
    expect(compactNumber(-100, 100)).toBe('-1');
    expect(compactNumber(0, 100)).toBe('0');
    expect(numberPair('1', '-2')).toBe('1-2');
    expect(numberPair('1', '2')).toBe('1 2');
    expect(rectShape('5', '3')).toBe('h5v3h-5z');
    expect(rectShape('5', '3', '-4.9')).toBe('h5v3h-4.9z');
  });

  it('TextCache makes a text once per pair', () => {
    const cache = new TextCache();
    let made = 0;
    const make = () => {
      made += 1;
      return `t${made}`;
    };
    expect(cache.get(1, 2, make)).toBe('t1');
    expect(cache.get(1, 2, make)).toBe('t1');
    expect(cache.get(1, 3, make)).toBe('t2');
    expect(cache.get(2, 2, make)).toBe('t3');
    expect(made).toBe(3);
  });

  it('RelativePen moves absolutely first, then relatively from where the mark left it', () => {
    const pen = new RelativePen((x, y) => `${x},${y}`);
    expect(pen.moveTo(10, 20)).toBe('M10,20');
    expect(pen.moveTo(15, 20)).toBe('m5,0');
    pen.endAt(30, 20);
    expect(pen.moveTo(30, 40)).toBe('m0,20');
  });

  it('RectsPath draws rectangles in hundredths, each from the previous corner', () => {
    const path = new RectsPath();
    path.add({ x: 10, y: 20, width: 30.5, height: 8 });
    path.add({ x: 10, y: 30, width: 30.5, height: 8 });
    path.add({ x: 10.004, y: 40, width: 12.25, height: 8 });
    expect(path.toString()).toBe('M10 20h30.5v8h-30.5zm0 10h30.5v8h-30.5zm0 10h12.25v8h-12.25z');
  });
});
