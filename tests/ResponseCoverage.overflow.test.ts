// ResponseCoverage at a fixed height too small for its tiles (public entry), issue 12: the split plan
// (FitReport) instead of smaller text, and the population summary. The 25 municipalities are the
// invented stress fixture.
import { describe, expect, it } from 'vitest';
import { defaultTheme, slideTheme, summarizeCoverage } from '@yhdyspinta/charts';
import type { ResponseCoverageItem } from '@yhdyspinta/charts';
import { coverage25 } from './fixtures/stress/coverage';

import { SURVEY, layout, bottom } from './support/coverageFit';

describe('ResponseCoverage at a fixed height too small for the tiles', () => {
  it('draws at its natural height and splits the 25 municipalities into pages of whole rows that fit', () => {
    const data = coverage25('fi');
    const l = layout(data, 1920, 700, slideTheme);
    expect(l.overflow).toBe(true);
    expect(l.height).toBe(l.naturalHeight);
    expect(l.height).toBeGreaterThan(700);
    const fit = l.fit!;
    expect(fit).toMatchObject({
      fits: false,
      unit: 'tiles',
      total: 25,
      neededHeight: l.naturalHeight,
    });
    expect(fit.pages.length).toBeGreaterThan(1);
    expect(fit.pages[0]?.start).toBe(0);
    expect(fit.pages.at(-1)?.end).toBe(25);
    for (const [i, page] of fit.pages.entries()) {
      if (i > 0) expect(page.start).toBe(fit.pages[i - 1]?.end);
      expect(page.start % l.grid.columns).toBe(0); // whole rows
      // Each page drawn alone fits the height.
      const alone = layout(data.slice(page.start, page.end), 1920, 700, slideTheme);
      expect(alone.fit?.fits, `${page.start}–${page.end}`).toBe(true);
      expect(alone.height).toBe(700);
    }
  });

  it('tries the compact list before giving up (25 long names on a 16:9 slide fit as a list)', () => {
    const l = layout(coverage25('sv'), 1920, 1080, slideTheme, 'sv');
    expect(l.mode).toBe('compact');
    expect(l.fit).toEqual({
      fits: true,
      neededHeight: l.naturalHeight,
      unit: 'tiles',
      total: 25,
      pages: [{ start: 0, end: 25 }],
    });
    expect(l.truncatedCount).toBe(0);
  });

  it('gives no pages when not even one row fits', () => {
    const l = layout(SURVEY, 800, 60);
    expect(l.fit).toMatchObject({ fits: false, pages: [] });
  });

  it('ignores a height that is not a finite number', () => {
    expect(layout(SURVEY, 800, Number.NaN)).toEqual(layout(SURVEY, 800));
    expect(layout(SURVEY, 800, Number.POSITIVE_INFINITY)).toEqual(layout(SURVEY, 800));
  });

  it('places the population line xs under the status of its tile', () => {
    const data = SURVEY.map((item) => ({ ...item, population: 1000 }));
    const { tiles } = layout(data, 800);
    for (const { status, icon, population } of tiles) {
      const statusBottom = Math.max(bottom(status!), icon.cy + icon.r);
      expect(population!.y).toBeCloseTo(statusBottom + defaultTheme.spacing.xs, 1);
    }
  });
});

describe('summarizeCoverage: populations', () => {
  const item = (id: string, answered: boolean, population?: number): ResponseCoverageItem =>
    population === undefined
      ? { id, label: id, answered }
      : { id, label: id, answered, population };

  it('gives no population share when the populations add up to 0', () => {
    const s = summarizeCoverage([item('a', true, 0), item('b', false, 0)]);
    expect(s.population).toBeUndefined();
    expect(s.invalidPopulationIds).toEqual([]);
  });

  it('lists negative and non-finite populations as invalid, and then gives no share', () => {
    const s = summarizeCoverage([
      item('a', true, -1),
      item('b', false, Number.POSITIVE_INFINITY),
      item('c', true, 5),
    ]);
    expect(s.invalidPopulationIds).toEqual(['a', 'b']);
    expect(s.population).toBeUndefined();
  });

  it('counts a missing population as missing, not as 0 of a share', () => {
    expect(summarizeCoverage([item('a', true, 10), item('b', false)]).population).toEqual({
      covered: 10,
      total: 10,
      share: 1,
      missingIds: ['b'],
    });
    expect(summarizeCoverage([item('a', true), item('b', false)]).population).toBeUndefined();
  });
});
