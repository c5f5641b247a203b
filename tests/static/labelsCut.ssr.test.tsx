// A picture has no tooltip: a label cut with "…" in a rendered file is said in the render's warnings
// (every language, the count of the labels drawn cut), and the layouts avoid cuts where they can — goal
// texts wrap whole at a natural height, a heatmap's 45° column labels give way to a key of whole names.
import { describe, expect, it } from 'vitest';
import { renderToSvgDocument, renderToSvgParts } from '@yhdyspinta/charts/static';
import type { ChartSpec } from '@yhdyspinta/charts/static';
import { stressFixtures } from '../fixtures/stress';
import { allElements, parseSvg, SVG_NS } from './support';

/** The SVG <text> elements (not the data table's cells) that end in "…". */
function cutTexts(svg: string): string[] {
  return allElements(parseSvg(svg))
    .filter((e) => e.namespaceURI === SVG_NS && e.localName === 'text')
    .map((e) => e.textContent ?? '')
    .filter((text) => text.trimEnd().endsWith('…'));
}

describe('labels cut with "…" are said', () => {
  it('goal bars on a 16:9 slide: the warning counts the labels drawn cut, in each language', () => {
    const doc = renderToSvgDocument({ chart: 'goal-bars' }, { preset: 'slide-16x9', locale: 'fi' });
    const cut = cutTexts(doc.svg).length;
    expect(cut).toBeGreaterThan(0);
    expect(doc.truncatedCount).toBe(cut);
    const [warning] = doc.localizedWarnings ?? [];
    const count = cut === 1 ? '1 nimiö lyhennettiin' : `${cut} nimiötä lyhennettiin`;
    expect(warning?.fi).toBe(
      `"goal-bars" (fi, slide-16x9): ${count} (…), jotta kaavio mahtuu kokoon 1920×1080 px. Suurempi koko tai vähemmän kohteita näyttää kaikki nimiöt kokonaan.`,
    );
    expect(warning?.sv).toMatch(/^"goal-bars" \(fi, slide-16x9\): \d+ etikett(er)? kortades \(…\)/);
    expect(warning?.en).toMatch(
      /^"goal-bars" \(fi, slide-16x9\): \d+ labels? (was|were) cut \(…\)/,
    );
    expect(doc.warnings).toEqual([warning?.en]);
    // The count is for the renderer, not part of the file.
    expect(doc.svg).not.toContain('data-fit');
  });

  it('no warning when nothing is cut', () => {
    const doc = renderToSvgDocument({ chart: 'coverage' }, { preset: 'slide-16x9', locale: 'fi' });
    expect(cutTexts(doc.svg)).toEqual([]);
    expect(doc.truncatedCount).toBeUndefined();
    expect(doc.warnings).toBeUndefined();
  });

  it("a split chart's parts: one warning with the cut labels of every part", () => {
    const data = stressFixtures('fi').find((f) => f.name === 'heatmap-ratings-12x25')?.data;
    const spec = { chart: 'theme-heatmap', data } as ChartSpec;
    const { parts, localizedWarnings = [] } = renderToSvgParts(spec, {
      preset: 'slide-16x9',
      locale: 'fi',
    });
    expect(parts.length).toBeGreaterThan(1);
    const cut = parts.reduce((n, part) => n + cutTexts(part.svg).length, 0);
    expect(cut).toBeGreaterThan(0);
    expect(localizedWarnings).toHaveLength(1);
    expect(localizedWarnings[0]?.fi).toContain(`: ${cut} nimiötä lyhennettiin (…)`);
  });
});

describe('pictures keep labels whole where the layout can', () => {
  it('goal bars at their natural height (the intranet card): every goal text whole', () => {
    for (const locale of ['fi', 'sv', 'en'] as const) {
      const doc = renderToSvgDocument({ chart: 'goal-bars' }, { preset: 'intranet-card', locale });
      expect(cutTexts(doc.svg), locale).toEqual([]);
      expect(doc.warnings, locale).toBeUndefined();
    }
  });

  it("the memo heatmap in a slide's chart box: its 15 themes in a key, whole, not cut at 45°", () => {
    const doc = renderToSvgDocument(
      { chart: 'theme-heatmap' },
      { preset: 'slide-16x9', width: 1776, height: 814, hideTitle: true, source: false },
    );
    expect(cutTexts(doc.svg)).toEqual([]);
    expect(doc.warnings).toBeUndefined();
    const texts = allElements(parseSvg(doc.svg))
      .filter((e) => e.namespaceURI === SVG_NS && e.localName === 'text')
      .map((e) => e.textContent ?? '');
    // Whole theme names, as the key lists them (at 45° they were cut to "Maahanmuutto ja kotoutumisen…").
    expect(texts).toContain('Maahanmuutto ja kotoutumisen edistäminen');
    expect(texts).toContain('Järjestöt ja kolmas sektori');
  });
});
