// layout/fitReport.ts: the split plan every chart reports when it does not fit a fixed size, and its
// round trip through the root <svg>'s data attributes (read by the static renderer).
import { describe, expect, it } from 'vitest';
import {
  fitAttributes,
  fitsWhole,
  parseFitAttributes,
  splitPages,
} from '../../packages/charts/src/layout/fitReport';

describe('splitPages', () => {
  it('fills pages in order, covering every unit once', () => {
    expect(splitPages([40, 40, 40, 40, 40], 100)).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
      { start: 4, end: 5 },
    ]);
  });

  it('breaks at a group start rather than inside a group when the page stays at least half full', () => {
    // Groups start at 0, 3: the first page could hold units 0–3 but breaks before the group at 3.
    expect(splitPages([20, 20, 20, 20, 20, 20], 90, new Set([0, 3]))).toEqual([
      { start: 0, end: 3 },
      { start: 3, end: 6 },
    ]);
  });

  it('does not make a page of one small group: below half full it fills the page instead', () => {
    // A group of one unit (10 px) then a long group: breaking at 1 would leave a page 10 % full.
    expect(splitPages([10, 30, 30, 30, 30], 100, new Set([0, 1]))).toEqual([
      { start: 0, end: 3 },
      { start: 3, end: 5 },
    ]);
  });

  it('makes the fewest pages as even as they can be, not full pages and a last page of one', () => {
    // Filled one after another: 4, 4 and 1 units. The same three pages, even: 3 each.
    expect(
      splitPages(
        Array.from({ length: 9 }, () => 10),
        40,
      ),
    ).toEqual([
      { start: 0, end: 3 },
      { start: 3, end: 6 },
      { start: 6, end: 9 },
    ]);
    // Uneven units: as even in height (the tall last units share a page with fewer others).
    const heights = [10, 10, 10, 10, 10, 10, 30, 30];
    const pages = splitPages(heights, 70);
    expect(pages).toHaveLength(2);
    const sums = pages.map((p) => heights.slice(p.start, p.end).reduce((a, b) => a + b, 0));
    expect(Math.max(...sums)).toBeLessThanOrEqual(60);
  });

  it('gives no plan when one unit alone is taller than a page', () => {
    expect(splitPages([40, 140, 40], 100)).toEqual([]);
  });

  it('gives one page when everything fits, and none for no units', () => {
    expect(splitPages([10, 10], 100)).toEqual([{ start: 0, end: 2 }]);
    expect(splitPages([], 100)).toEqual([]);
  });
});

describe('splitPages at its edges', () => {
  it('breaks at a group start that leaves the page exactly half full', () => {
    // Sections start at units 0 and 2; the first page could hold four units (90 of 100 px), but it ends
    // inside the second section: break at unit 2, where 50 px (exactly half) are used.
    expect(splitPages([25, 25, 20, 20, 20, 20], 100, new Set([0, 2]))).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 6 },
    ]);
  });

  it('without groups makes the pages as even as they can be', () => {
    expect(splitPages([30, 30, 30, 30], 100)).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
  });

  it('keeps a last page whole even when a group starts inside it', () => {
    expect(splitPages([30, 30, 30], 100, new Set([0, 2]))).toEqual([{ start: 0, end: 3 }]);
    expect(splitPages([50, 30, 30, 30], 100, new Set([0, 2]))).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
  });
});

describe('fit attributes', () => {
  it('writes nothing for content that fits', () => {
    expect(fitAttributes(fitsWhole(500, 'rows', 10))).toEqual({});
    expect(fitAttributes(undefined)).toEqual({});
  });

  it('round-trips a report of content that does not fit', () => {
    const report = {
      fits: false,
      neededHeight: 2000,
      unit: 'rows' as const,
      total: 12,
      pages: [
        { start: 0, end: 5 },
        { start: 5, end: 12 },
      ],
    };
    const attributes = fitAttributes(report);
    expect(attributes).toEqual({
      'data-fit': 'does-not-fit',
      'data-fit-needed-height': '2000',
      'data-fit-unit': 'rows',
      'data-fit-total': '12',
      'data-fit-pages': '0-5 5-12',
    });
    expect(parseFitAttributes((name) => attributes[name])).toEqual(report);
  });

  it('reads an empty page list as no pages, and a root marked as fitting as fitting', () => {
    const none: Record<string, string> = {
      'data-fit': 'does-not-fit',
      'data-fit-unit': 'tiles',
      'data-fit-pages': '',
    };
    expect(parseFitAttributes((name) => none[name])?.pages).toEqual([]);
    const fits: Record<string, string> = { 'data-fit': 'fits', 'data-fit-unit': 'series' };
    expect(parseFitAttributes((name) => fits[name])).toMatchObject({ fits: true, unit: 'series' });
  });

  it('reads no report from a root without one, or with an unknown unit', () => {
    expect(parseFitAttributes(() => undefined)).toBeUndefined();
    const odd: Record<string, string> = { 'data-fit': 'does-not-fit', 'data-fit-unit': 'pages' };
    expect(parseFitAttributes((name) => odd[name])).toBeUndefined();
  });
});
