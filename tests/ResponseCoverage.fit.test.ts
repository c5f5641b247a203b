// ResponseCoverage at a fixed height and across sizes (public entry), issue 12: the title above the
// headline, tiles sized by their content with centred text, the spare room of a slide spread instead of
// left as an empty band, a compact list on phones, text never under the theme's minimums. The split plan
// when the tiles cannot fit is in ResponseCoverage.overflow.test.ts.
import { describe, expect, it } from 'vitest';
import { defaultTheme, slideTheme } from '@yhdyspinta/charts';
import type { ChartTheme, ResponseCoverageLayout } from '@yhdyspinta/charts';
import { coverage25 } from './fixtures/stress/coverage';

import { SURVEY, SURVEY_SV, layout, bottom, texts, emptyBands } from './support/coverageFit';

describe('ResponseCoverage: hierarchy', () => {
  it.each([
    ['default', defaultTheme, 800, undefined],
    ['slide, natural height', slideTheme, 1920, undefined],
    ['slide-16x9', slideTheme, 1920, 1080],
    ['slide-4x3', slideTheme, 1440, 1080],
  ] as const)('puts the headline under the title and no larger (%s)', (_, theme, width, height) => {
    for (const data of [SURVEY, coverage25('fi')]) {
      const l = layout(data, width, height, theme);
      const title = l.header.title!;
      expect(l.headline.fontSize).toBeLessThan(title.fontSize);
      expect(l.headline.y).toBeGreaterThanOrEqual(bottom(title));
      // Municipality names stay at most the headline's size, also when a slide enlarges the type.
      for (const t of l.tiles) expect(t.name.fontSize).toBeLessThanOrEqual(l.headline.fontSize);
    }
  });
});

describe('ResponseCoverage: compact tiles with centred text', () => {
  /** Top and bottom gaps between each row and the tallest text in it. */
  function rowMargins(l: ResponseCoverageLayout): [number, number][] {
    return l.grid.rowTops.map((rowTop, row) => {
      const inRow = l.tiles.filter((t) => Math.floor(t.index / l.grid.columns) === row);
      const first = Math.min(...inRow.map((t) => t.name.y));
      const last = Math.max(
        ...inRow.flatMap((t) => [
          ...[t.name, t.status, t.population].filter((b) => b !== null).map(bottom),
          t.icon.cy + t.icon.r,
        ]),
      );
      return [first - rowTop, rowTop + (l.grid.rowHeights[row] ?? 0) - last];
    });
  }

  it.each([
    ['800 px', SURVEY, 800, undefined, defaultTheme],
    ['slide-16x9', SURVEY, 1920, 1080, slideTheme],
    ['25 at 1280 px', coverage25('fi'), 1280, undefined, defaultTheme],
    ['25 at slide-16x9', coverage25('sv'), 1920, 1080, slideTheme],
  ] as const)('centres the text of each row vertically (%s)', (_, data, width, height, theme) => {
    const l = layout(data, width, height, theme);
    for (const [above, below] of rowMargins(l)) {
      expect(above).toBeGreaterThan(0);
      expect(Math.abs(above - below)).toBeLessThan(1);
    }
  });

  it('sizes tiles by their content: a slide makes them at most TILE_ASPECT (0.7) of their width tall', () => {
    const natural = layout(SURVEY, 1920, undefined, slideTheme);
    const slide = layout(SURVEY, 1920, 1080, slideTheme);
    expect(slide.mode).toBe('tiles');
    expect(slide.grid.tileHeight).toBeGreaterThan(natural.grid.tileHeight);
    expect(slide.grid.tileHeight).toBeLessThanOrEqual(0.7 * slide.grid.tileWidth + 1e-6);
    // The old layout grew them to squares (1:1) with the text in their top half: now the text is centred
    // in every tile, and a tile is not mostly empty (filling the slide with 4 + 4 + 2 tiles makes them
    // taller than the 5 × 2 grid did, so the share is under its former 0.4).
    for (const t of slide.tiles) {
      const middle = (t.name.y + bottom(t.status!)) / 2;
      expect(Math.abs(middle - (t.box.y + t.box.height / 2))).toBeLessThan(1);
      expect((bottom(t.status!) - t.name.y) / t.box.height).toBeGreaterThan(0.25);
    }
  });

  it('enlarges the tile type on a slide only while names stay under the headline', () => {
    expect(layout(SURVEY, 1920, 1080, slideTheme).scale).toBe(1.25); // 32.5 px ≤ 34 px
    // Default theme: 13 px × 1.25 = 16.25 px would pass the 15.3 px headline, so 1.1 at most.
    expect(layout(SURVEY, 800, 2000).scale).toBe(1.1);
    const natural = layout(SURVEY, 800).naturalHeight;
    expect(layout(SURVEY, 800, natural + 1).scale).toBe(1);
    expect(layout(SURVEY, 800, natural + 1).height).toBe(natural + 1);
  });
});

describe('ResponseCoverage: the spare room of a slide', () => {
  it.each([
    ['fi', SURVEY],
    ['sv', SURVEY_SV],
  ] as const)(
    'leaves no empty band over a quarter of a slide-16x9 and shares the room around the tiles (%s)',
    (locale, data) => {
      const l = layout(data, 1920, 1080, slideTheme, locale);
      expect(l.height).toBe(1080);
      expect(l.overflow).toBe(false);
      const bands = emptyBands(l);
      // Fewer, larger tiles fill the room (10 % at most left empty in all), not 5 × 2 between two bands
      // of about a fifth of the slide each.
      expect(l.grid.columns).toBe(4);
      expect(bands.reduce((a, b) => a + b, 0)).toBeLessThan(1080 / 10 + 3 * slideTheme.spacing.md);
      expect(Math.max(...bands)).toBeLessThan(1080 / 10);
      // Above the tiles (under the headline) and below them: the same room, within a pixel or two.
      const above = l.grid.y - bottom(l.headline);
      const below = 1080 - (l.grid.y + l.grid.rowHeights.reduce((a, b) => a + b) + l.grid.gap);
      expect(Math.abs(above - below)).toBeLessThan(slideTheme.spacing.md + 2);
    },
  );

  it('fills a 4:3 slide with fewer columns, never leaving one tile alone in the last row', () => {
    const wide = layout(SURVEY, 1440, 1080, slideTheme);
    expect(wide.overflow).toBe(false);
    expect(Math.max(...emptyBands(wide))).toBeLessThan(1080 / 10);
    const last = wide.tiles.length % wide.grid.columns;
    expect(last === 0 || last >= wide.grid.columns / 2).toBe(true);
    // The caller's column count is kept (no regridding).
    const fixed = layout(SURVEY, 1440, 1080, slideTheme, 'fi', { columns: 5 });
    expect(fixed.grid.columns).toBe(5);
  });

  it('spreads the room for the 25 municipalities too (compact list on the slide)', () => {
    const l = layout(coverage25('fi'), 1920, 1080, slideTheme);
    expect(l.fit?.fits).toBe(true);
    expect(Math.max(...emptyBands(l))).toBeLessThan(1080 / 4);
  });
});

describe('ResponseCoverage on a phone (320 px)', () => {
  it('draws the shipped ten as a two-column compact list well under 700 px', () => {
    for (const data of [SURVEY, SURVEY_SV]) {
      const l = layout(data, 320);
      expect(l.mode).toBe('compact');
      expect(l.grid.columns).toBe(2);
      expect(l.height).toBeLessThan(400);
    }
    // The slide theme at 320 px (e.g. the CLI with --width 320): a list too, not a 1 600 px column.
    const big = layout(SURVEY, 320, undefined, slideTheme);
    expect(big.mode).toBe('compact');
    expect(big.height).toBeLessThan(1000);
  });

  it('wraps the 25 long names instead of cutting them', () => {
    for (const locale of ['fi', 'sv'] as const) {
      const l = layout(coverage25(locale), 320, undefined, defaultTheme, locale);
      expect(l.truncatedCount).toBe(0);
      for (const t of l.tiles) expect(t.name.lines.join(' ')).toBe(t.item.label);
      expect(l.height).toBeLessThan(1300);
      // Each chip is as tall as its own name (padding (4 + 8) / 2 px above and below), centred in it.
      for (const t of l.tiles) {
        expect(t.box.height).toBeCloseTo(bottom(t.name) - t.name.y + 12, 6);
        expect(t.name.y - t.box.y).toBeCloseTo(6, 6);
      }
    }
  });
});

describe('ResponseCoverage: never under the minimum text size', () => {
  const tiny: ChartTheme = {
    ...defaultTheme,
    fontSize: { ...defaultTheme.fontSize, label: 8, small: 6, subtitle: 7, title: 9 },
  };
  it.each([
    ['default', defaultTheme],
    ['slide', slideTheme],
    ['a theme with 6–9 px type', tiny],
  ] as const)(
    'keeps names ≥ minLabelFontSize and all other text ≥ minFontSize (%s)',
    (_, theme) => {
      for (const data of [SURVEY, coverage25('fi'), coverage25('sv')]) {
        for (const [width, height] of [
          [320, undefined],
          [768, undefined],
          [1280, undefined],
          [1920, 1080],
          [1440, 1080],
          [1920, 500],
        ] as const) {
          const l = layout(data, width, height, theme);
          const where = `${data.length} at ${width}×${height ?? 'natural'}`;
          for (const t of l.tiles) {
            expect(t.name.fontSize, where).toBeGreaterThanOrEqual(theme.minLabelFontSize);
          }
          const withoutTitle = texts(l).filter((b) => b !== l.header.title);
          for (const b of withoutTitle)
            expect(b.fontSize, where).toBeGreaterThanOrEqual(theme.minFontSize);
        }
      }
    },
  );
});
