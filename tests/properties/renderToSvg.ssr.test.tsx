/**
 * Property: renderToSvg (the static renderer behind the CLI) with any chart, data and options either
 * returns a standalone SVG document that parses as well-formed XML on its own — even when labels carry
 * control characters or lone surrogates, which it replaces — with no active content and every label of
 * the data carried whole as escaped text; or it throws a RenderError (bad data, size, preset or
 * locale). It never throws anything else.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  CHARTS,
  PRESET_NAMES,
  RenderError,
  renderToSvg,
  replaceInvalidXmlChars,
} from '@yhdyspinta/charts/static';
import type { ChartName, ChartSpec, RenderChartOptions } from '@yhdyspinta/charts/static';
import { label, runs } from './support/arbitraries';
import { coverageData, goalBarData, heatmapData, radarData } from './support/chartData';
import { activeContent, BAD_GEOMETRY, carriesText, parseXml } from './support/markup';

/** Labels with what XML forbids: C0 controls, lone surrogates, U+FFFF; and any code point at all. */
const rawLabel = fc.oneof(
  label,
  fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
  fc.constantFrom('Ohjaus\u0001merkki', 'puolikas \uD800 pari', 'loppu\uFFFF', 'nolla\u0000tavu'),
);

/** Replace every `label` in `value` by one of `texts` (cycling), so control characters reach labels. */
function withTexts(value: unknown, texts: readonly string[], at = { i: 0 }): unknown {
  if (Array.isArray(value)) return value.map((v) => withTexts(v, texts, at));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        k === 'label' && typeof v === 'string' && texts.length > 0
          ? texts[at.i++ % texts.length]
          : withTexts(v, texts, at),
      ]),
    );
  }
  return value;
}

const DATA: { readonly [N in ChartName]: fc.Arbitrary<unknown> } = {
  'goal-bars': goalBarData,
  'theme-heatmap': heatmapData,
  'rescue-radar': radarData,
  coverage: coverageData,
};

/** The labels (row, axis, item names) a drawn chart must carry. */
function labelsOf(chart: ChartName, data: unknown): string[] {
  const d = data as Record<string, { label: string }[] | undefined> & { label?: string }[];
  switch (chart) {
    case 'goal-bars':
      return (data as { groups: { items: { label: string }[] }[] }).groups.flatMap((g) =>
        g.items.map((i) => i.label),
      );
    case 'theme-heatmap':
      return [...(d.rows ?? []), ...(d.columns ?? [])].map((x) => x.label);
    case 'rescue-radar':
      return [...(d.axes ?? []), ...(d.series ?? [])].map((x) => x.label);
    case 'coverage':
      return (data as { label: string }[]).map((x) => x.label);
  }
}

/** Mostly good options, sometimes a bad one (which must be a RenderError, never a crash). */
const sometimesBad = <T, B>(good: fc.Arbitrary<T>, bad: readonly B[]) =>
  fc.oneof({ weight: 9, arbitrary: good }, { weight: 1, arbitrary: fc.constantFrom(...bad) });

const options: fc.Arbitrary<RenderChartOptions> = fc.record(
  {
    preset: sometimesBad(fc.constantFrom(...PRESET_NAMES), ['bogus' as never]),
    width: sometimesBad(fc.integer({ min: 160, max: 2400 }), [0, -1, 1.5, 20_000]),
    height: sometimesBad(fc.integer({ min: 120, max: 1600 }), [0, Number.NaN]),
    // A chart that does not fit a fixed size throws 'does-not-fit' unless asked to shrink.
    fit: sometimesBad(fc.constantFrom('error' as const, 'shrink' as const), ['squash' as never]),
    locale: sometimesBad(fc.constantFrom('fi' as const, 'sv' as const, 'en' as const), [
      'de' as never,
    ]),
    title: rawLabel,
    description: rawLabel,
    hideTitle: fc.boolean(),
    illustrative: fc.boolean(),
    xmlDeclaration: fc.boolean(),
  },
  { requiredKeys: [] },
);

beforeAll(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterAll(() => {
  vi.restoreAllMocks();
});

describe.each(Object.keys(CHARTS) as ChartName[])('renderToSvg %s', (chart) => {
  it('returns a well-formed, inert SVG document or throws a RenderError', () => {
    const input = fc.tuple(
      fc.option(DATA[chart], { nil: undefined, freq: 8 }),
      fc.array(rawLabel, { maxLength: 6 }),
      options,
    );
    let drawn = 0;
    fc.assert(
      fc.property(input, ([generated, texts, opts]) => {
        const data = withTexts(generated, texts);
        let svg: string;
        try {
          svg = renderToSvg({ chart, data } as ChartSpec, opts);
        } catch (error) {
          expect(error).toBeInstanceOf(RenderError);
          return;
        }
        drawn += 1;
        const doc = parseXml(svg, false);
        expect(doc.documentElement.localName).toBe('svg');
        expect(activeContent(doc)).toEqual([]);
        expect(svg).not.toMatch(/\sstyle="/);
        expect(svg).not.toMatch(BAD_GEOMETRY);
        if (data === undefined) return;
        for (const text of labelsOf(chart, data)) {
          expect(carriesText(doc, replaceInvalidXmlChars(text)), JSON.stringify(text)).toBe(true);
        }
      }),
      runs(60),
    );
    // Not vacuous: a good share of the runs drew a document.
    expect(drawn).toBeGreaterThanOrEqual(8);
  }, 60_000);
});
