// ResponseCoverage split over slides (issue 12): 25 municipalities with long joint-authority names (the
// INVENTED stress fixture) do not fit a 4:3 slide in Swedish at full text size; the layout's plan gives
// pages of tiles, and each page drawn alone (`tileRange`, the whole's mode and columns) fits the slide
// with no text under the slide theme's minimum, under the whole's headline "17/25".
import { describe, expect, it } from 'vitest';
import { computeResponseCoverageLayout, slideTheme } from '@yhdyspinta/charts';
import type { ResponseCoverageLayout } from '@yhdyspinta/charts';
import { coverage25 } from './fixtures/stress/coverage';
import { OPTIONS } from './support/coverageOptions';

const DATA = coverage25('sv');
const SIZE = { width: 1440, height: 1080 };

const layoutOf = (options: Partial<typeof OPTIONS> = {}) =>
  computeResponseCoverageLayout({
    data: DATA,
    ...SIZE,
    locale: 'sv',
    theme: slideTheme,
    options: { ...OPTIONS, title: 'Kommuner som svarade (1/2)', ...options },
  });

/** Every text size a layout draws. */
function textSizes(layout: ResponseCoverageLayout): number[] {
  const blocks = [
    layout.header.title,
    layout.headline,
    ...layout.notes,
    ...layout.legend.map((e) => e.label),
    ...layout.tiles.flatMap((t) => [t.name, t.status, t.population]),
  ];
  return blocks.flatMap((b) => (b && 'fontSize' in b && b.lines.length > 0 ? [b.fontSize] : []));
}

describe('ResponseCoverage split at slide-4x3 (sv, 25 long names)', () => {
  const whole = layoutOf();

  it('does not fit whole, and says so with pages of whole rows covering every tile once', () => {
    expect(whole.overflow).toBe(true);
    expect(whole.fit?.fits).toBe(false);
    const pages = whole.fit?.pages ?? [];
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]?.start).toBe(0);
    expect(pages.at(-1)?.end).toBe(25);
    pages.slice(1).forEach((p, i) => expect(p.start).toBe(pages[i]?.end));
    for (const p of pages.slice(0, -1)) expect((p.end - p.start) % whole.grid.columns).toBe(0);
  });

  it('draws each page alone within the slide, at full text size, under the whole headline', () => {
    const pages = whole.fit?.pages ?? [];
    expect(pages.length).toBeGreaterThan(1);
    const names: string[] = [];
    for (const tileRange of pages) {
      const part = layoutOf({ tileRange, layoutMode: whole.mode, columns: whole.grid.columns });
      expect(part.overflow).toBe(false);
      expect(part.fit?.fits).toBe(true);
      expect(part.height).toBe(1080);
      expect(part.naturalHeight).toBeLessThanOrEqual(1080);
      expect(part.mode).toBe(whole.mode);
      expect(part.tiles).toHaveLength(tileRange.end - tileRange.start);
      expect(part.headline.lines.join(' ')).toBe(whole.headline.lines.join(' '));
      const sizes = textSizes(part);
      expect(sizes.length).toBeGreaterThan(3);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(slideTheme.minLabelFontSize);
      names.push(...part.tiles.map((t) => t.item.label));
    }
    expect(names).toEqual(DATA.map((d) => d.label));
  });
});
