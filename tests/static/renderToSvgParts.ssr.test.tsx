// renderToSvgParts: a chart that does not fit a preset is drawn as whole charts on parts of its data
// (honest splitting, issue 15), each fitting the preset with no text under its minimum.
import { describe, expect, it } from 'vitest';
import {
  PRESET_NAMES,
  RenderError,
  renderToSvgDocument,
  renderToSvgParts,
} from '@yhdyspinta/charts/static';
import type { ChartSpec, PresetName } from '@yhdyspinta/charts/static';
import { STRESS_FIXTURES } from '../fixtures/stress';
import { parseSvg } from './support';

const SLIDES: readonly PresetName[] = ['slide-16x9', 'slide-4x3'];

/** The does-not-fit error of the whole chart at the preset, or undefined when it fits. */
function doesNotFit(spec: ChartSpec, preset: PresetName): RenderError | undefined {
  try {
    renderToSvgDocument(spec, { preset });
    return undefined;
  } catch (error) {
    if (error instanceof RenderError && error.code === 'does-not-fit') return error;
    throw error;
  }
}

/** Charts whose definition can split them (all four; ResponseCoverage's parts keep the whole's headline). */
const SPLITS = new Set(['goal-bars', 'theme-heatmap', 'rescue-radar', 'coverage']);

const textsOf = (svg: string) =>
  [...parseSvg(svg).getElementsByTagName('text')].map((t) => t.textContent ?? '');

const cases = STRESS_FIXTURES.filter((f) => f.locale === 'fi').flatMap((fixture) =>
  SLIDES.map((preset) => ({ fixture, preset })),
);

describe('renderToSvgParts', () => {
  it('gives one part, the same document, when the chart fits', () => {
    const spec: ChartSpec = { chart: 'goal-bars' };
    const { parts } = renderToSvgParts(spec, { preset: 'slide-16x9', idPrefix: 'g' });
    expect(parts).toHaveLength(1);
    const whole = renderToSvgDocument(spec, { preset: 'slide-16x9', idPrefix: 'g' });
    expect(parts[0]).toMatchObject({ part: 1, of: 1, width: 1920, height: 1080, svg: whole.svg });
    expect(parts[0]?.title).not.toMatch(/\(1\/1\)/);
  });

  it('splits some of the stress fixtures (the test below is not vacuous)', () => {
    for (const name of ['goals-40', 'goals-40-subgoals', 'heatmap-26x14', 'radar-6']) {
      const fixture = STRESS_FIXTURES.find((f) => f.name === name && f.locale === 'fi');
      expect(doesNotFit(fixture as ChartSpec, 'slide-16x9')?.plan?.pages.length).toBeGreaterThan(1);
    }
  }, 30_000);

  it.each(cases.map((c) => [`${c.fixture.name} at ${c.preset}`, c] as const))(
    '%s: parts that each fit the preset, numbered in their titles',
    (_, { fixture, preset }) => {
      const spec = fixture as ChartSpec;
      const whole = doesNotFit(spec, preset);
      if (!whole) {
        expect(renderToSvgParts(spec, { preset }).parts).toHaveLength(1);
        return;
      }
      if (!SPLITS.has(spec.chart) || (whole.plan?.pages.length ?? 0) < 2) {
        // No plan (not even one unit fits the size): the same error, never a scaled-down picture.
        expect(() => renderToSvgParts(spec, { preset })).toThrow(whole.message);
        return;
      }
      const { parts } = renderToSvgParts(spec, { preset });
      expect(parts.length).toBeGreaterThan(1);
      parts.forEach((part, i) => {
        expect(part).toMatchObject({
          part: i + 1,
          of: parts.length,
          width: 1920 - (preset === 'slide-4x3' ? 480 : 0),
          height: 1080,
        });
        expect(part.title).toMatch(new RegExp(`\\(${i + 1}/${parts.length}\\)$`));
        // A part is a document the preset takes as it is: not does-not-fit, not scaled down.
        expect(part.svg).toContain(`viewBox="0 0 ${part.width} 1080"`);
        expect(textsOf(part.svg)).toContain(part.title);
      });
    },
  );

  it('puts every goal of the whole in exactly one part, sections in order, scale on each', () => {
    const fixture = STRESS_FIXTURES.find((f) => f.name === 'goals-40' && f.locale === 'fi');
    const spec = fixture as ChartSpec;
    const { parts } = renderToSvgParts(spec, { preset: 'slide-16x9' });
    expect(parts.length).toBeGreaterThan(1);
    const goals =
      spec.chart === 'goal-bars' ? (spec.data?.groups.flatMap((g) => g.items) ?? []) : [];
    expect(goals).toHaveLength(40);
    const tables = parts.map((p) => parseSvg(p.svg));
    const rowsOf = (doc: Document) =>
      [...doc.getElementsByTagName('th')]
        .filter((th) => th.getAttribute('scope') === 'row')
        .map((th) => th.textContent);
    const drawn = tables.flatMap(rowsOf);
    expect(drawn).toEqual(goals.map((g) => g.label));
    for (const part of parts) expect(textsOf(part.svg)).toContain('Erinomaisesti');
  });

  it('keeps the colour bands of the whole heatmap on every part', () => {
    const fixture = STRESS_FIXTURES.find((f) => f.name === 'heatmap-26x14' && f.locale === 'fi');
    const { parts } = renderToSvgParts(fixture as ChartSpec, { preset: 'slide-16x9' });
    expect(parts.length).toBeGreaterThan(1);
    // The bands after the legend's title; the last band ends at each part's largest value.
    const legend = (svg: string) => {
      const texts = textsOf(svg);
      return texts.slice(texts.indexOf('Kirjauksia') + 1, texts.indexOf('Kirjauksia') + 6);
    };
    const first = legend(parts[0]?.svg ?? '');
    expect(first).toEqual(['0', '1–2', '3', '4', '5']);
    for (const part of parts) expect(legend(part.svg)).toEqual(first);
  });

  it('with fit "shrink" gives one scaled part and its warning', () => {
    const fixture = STRESS_FIXTURES.find((f) => f.name === 'goals-40' && f.locale === 'fi');
    const result = renderToSvgParts(fixture as ChartSpec, { preset: 'slide-16x9', fit: 'shrink' });
    expect(result.parts).toHaveLength(1);
    expect(result.warnings?.[0]).toMatch(/was scaled to \d+ %/);
  });

  it('says in fi, sv and en why a chart does not fit', () => {
    const fixture = STRESS_FIXTURES.find((f) => f.name === 'goals-40' && f.locale === 'fi');
    let error: unknown;
    try {
      renderToSvgDocument(fixture as ChartSpec, { preset: 'slide-16x9' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RenderError);
    const e = error as RenderError;
    expect(e.messageIn('fi')).toMatch(
      /^"goal-bars" ei mahdu kokoon slide-16x9 \(1920×1080 px\), kun tekstin on oltava vähintään 20 px: sen 40 riviä tarvitsevat \d+ px korkeutta\. Jaa se \d+ osaan \(riviä 1–/,
    );
    expect(e.messageIn('sv')).toMatch(
      /^"goal-bars" ryms inte i slide-16x9 \(1920×1080 px\) med text på minst 20 px: dess 40 rader behöver \d+ px höjd\. Dela det i \d+ delar/,
    );
    expect(e.messageIn('en')).toBe(e.message);
    expect(PRESET_NAMES).toContain('slide-16x9');
  });
});
