// Ids unique per render (issue 14): static SVGs inlined together in one page never share an id, and every
// reference (url(#…), href, aria-describedby/labelledby) points at an id of its own document.
import { describe, expect, it } from 'vitest';
import { CHART_NAMES, renderToSvg } from '@yhdyspinta/charts/static';
import type { ChartSpec } from '@yhdyspinta/charts/static';

const idsOf = (svg: string) => [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? '');

/** Every id a document refers to. */
function referencesOf(svg: string): string[] {
  const refs: string[] = [];
  for (const m of svg.matchAll(/url\(#([^)]+)\)/g)) refs.push(m[1] ?? '');
  for (const m of svg.matchAll(/\s(?:xlink:)?href="#([^"]+)"/g)) refs.push(m[1] ?? '');
  for (const m of svg.matchAll(/\saria-(?:describedby|labelledby)="([^"]+)"/g)) {
    refs.push(...(m[1] ?? '').split(/\s+/));
  }
  return refs;
}

describe('static SVG ids', () => {
  // The hatch's pattern drawn too (missing rows kept as grid rows).
  const specs: ChartSpec[] = CHART_NAMES.map((chart) =>
    chart === 'theme-heatmap'
      ? { chart, props: { collapseMissing: false } }
      : ({ chart } as ChartSpec),
  );
  const documents = [1, 2].flatMap(() =>
    specs.map((spec) => renderToSvg(spec, { preset: 'slide-16x9', xmlDeclaration: false })),
  );

  it('gives two renders of every chart, concatenated in one page, no duplicate id', () => {
    const all = documents.flatMap(idsOf);
    expect(all.length).toBeGreaterThan(2 * CHART_NAMES.length);
    const duplicates = all.filter((id, i) => all.indexOf(id) !== i);
    expect(duplicates).toEqual([]);
    expect(idsOf(documents.join('\n'))).toHaveLength(all.length);
  });

  it('points every reference at an id of its own document', () => {
    const withReferences = documents.filter((svg) => referencesOf(svg).length > 0);
    expect(withReferences.length).toBeGreaterThanOrEqual(CHART_NAMES.length);
    for (const svg of documents) {
      const ids = new Set(idsOf(svg));
      const dangling = referencesOf(svg).filter((ref) => !ids.has(ref));
      expect(dangling).toEqual([]);
    }
  });

  it('uses the caller’s idPrefix as given', () => {
    const svg = renderToSvg({ chart: 'goal-bars' }, { preset: 'slide-16x9', idPrefix: 'slide3-' });
    expect(idsOf(svg).length).toBeGreaterThan(0);
    expect(idsOf(svg).every((id) => id.startsWith('_slide3-'))).toBe(true);
  });
});
