/**
 * Properties of the charts' public pure functions: text wrapping, themes, contrast, formatting, each
 * chart's compute function on any data its validator accepts (every number in the layout finite), and the
 * adapters from raw survey responses (their output always passes the chart's validator, or is empty; never
 * invalid). The internal shared modules (sizing, tooltip placement, roving focus, ellipsize and the
 * linear-time wrapping of a huge word) are in tests/internals/chartCompute.properties.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MUNICIPALITY_IDS } from '@yhdyspinta/data';
import type { Rating, RawResponse } from '@yhdyspinta/data';
import {
  computeGoalBarLayout,
  validateGoalBarData,
  formatBase,
  formatNumber,
  formatScoreOrNoData,
  formatScoreWithLevel,
  nearestScaleLevel,
  rescueRadarFromResponses,
  validateRescueRadarData,
  responseCoverageFromResponses,
  validateResponseCoverageData,
  goalBarFromResponses,
  measureText,
  wrapText,
  themeHeatmapFromResponses,
  validateThemeHeatmapData,
  contrastRatio,
  readableTextColor,
  resolveTheme,
  defaultTheme,
  highContrastTheme,
  slideTheme,
} from '@yhdyspinta/charts';
import { anyValue, label, locale, runs } from './support/arbitraries';
import { goalBarClean } from './support/chartData';
import { nonFinite } from './support/finite';
import { ITEM_IDS } from './support/responsesModel';

/** What a cut label ends with. */
const ELLIPSIS = '…';

const theme = fc.constantFrom(defaultTheme, slideTheme, highContrastTheme);
const breaking = /[ \t\n\r\f\v\u2009\u200b]+/g;

describe('text: wrapText', () => {
  const text = fc.oneof(label, fc.string({ unit: 'grapheme', maxLength: 200 }));
  const options = fc.record({
    maxWidth: fc.oneof(fc.integer({ min: 1, max: 800 }), fc.constantFrom(0, -5, Number.NaN)),
    fontSize: fc.oneof(fc.integer({ min: 6, max: 48 }), fc.constantFrom(0, Number.NaN)),
    maxLines: fc.option(
      fc.oneof(
        fc.integer({ min: 0, max: 8 }),
        fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY),
      ),
      { nil: undefined },
    ),
    weight: fc.constantFrom(400, 700, 'bold' as const, 'normal' as const),
  });

  it('keeps every character unless cut, never exceeds maxLines, and lines fit unless one character wide', () => {
    fc.assert(
      fc.property(text, options, (t, o) => {
        const { lines, truncated } = wrapText(t, o);
        const limit = Math.max(1, Math.floor(o.maxLines ?? Number.POSITIVE_INFINITY) || 1);
        expect(lines.length).toBeLessThanOrEqual(Number.isFinite(limit) ? limit : lines.length);
        // A word broken across lines gets a hyphen: compare without hyphens.
        const kept = (value: string) => value.replace(breaking, '').replaceAll('-', '');
        if (!truncated) expect(kept(lines.join(''))).toBe(kept(t));
        else expect(lines.at(-1)?.endsWith(ELLIPSIS)).toBe(true);
        for (const line of lines) {
          const fits = measureText(line, o.fontSize, o.weight) <= o.maxWidth;
          const length = [...line].length;
          const oneCharacter = length === 1 || (length === 2 && line.endsWith('-'));
          expect(fits || oneCharacter || line.endsWith(ELLIPSIS)).toBe(true);
        }
      }),
      runs(300),
    );
  });
});

describe('themes, contrast and formatting', () => {
  it('resolveTheme: never throws on any override and never pollutes Object.prototype', () => {
    const hostile = fc.oneof(
      fc.anything({ maxDepth: 3 }),
      fc
        .jsonValue()
        .map(
          (v) =>
            JSON.parse(`{"__proto__": {"polluted": 1}, "colors": ${JSON.stringify(v)}}`) as unknown,
        ),
      fc.constant(JSON.parse('{"constructor": {"prototype": {"polluted": 1}}}') as unknown),
    );
    fc.assert(
      fc.property(hostile, theme, (override, base) => {
        const t = resolveTheme(override as never, base);
        expect(typeof t.colors).toBe('object');
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      runs(200),
    );
  });

  it('contrast: 1–21 for any hex colours; readableTextColor never throws on junk', () => {
    const hex = fc.oneof(
      fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`),
      fc.integer({ min: 0, max: 0xfff }).map((n) => `#${n.toString(16).padStart(3, '0')}`),
    );
    fc.assert(
      fc.property(
        hex,
        hex,
        fc.array(fc.oneof(hex, fc.string()), { maxLength: 4 }),
        fc.string(),
        (a, b, candidates, junk) => {
          const ratio = contrastRatio(a, b);
          expect(ratio).toBeGreaterThanOrEqual(1);
          expect(ratio).toBeLessThanOrEqual(21.0000001);
          expect(typeof readableTextColor(junk, candidates)).toBe('string');
          expect(typeof readableTextColor(a, candidates)).toBe('string');
        },
      ),
      runs(200),
    );
  });

  it('chart number formats never throw or print NaN', () => {
    fc.assert(
      fc.property(anyValue, anyValue, locale, (x, y, loc) => {
        const texts = [
          formatScoreOrNoData(x as number, loc),
          formatScoreWithLevel(x as number, loc),
          formatNumber(x as number, loc, y as number),
          formatBase(x as number, y as number, loc),
        ];
        for (const t of texts) expect(t).not.toMatch(/NaN|Infinity|undefined/);
        const level = nearestScaleLevel(x as number);
        expect(level === null || [1, 2, 3, 4, 5].includes(level)).toBe(true);
      }),
      runs(300),
    );
  });
});

describe('GoalBarChart compute', () => {
  const options = fc.record({
    title: label,
    hideTitle: fc.boolean(),
    illustrative: fc.boolean(),
    sort: fc.constantFrom('source' as const, 'score-desc' as const, 'score-asc' as const),
    grouped: fc.boolean(),
    showSubGoals: fc.boolean(),
    comparison: fc.constantFrom(null, 'mean' as const, { value: 3.5, label: 'Tavoite' }),
    maxLabelLines: fc.integer({ min: 1, max: 5 }),
  });
  it('lays out any valid data with finite numbers only, at any width and height', () => {
    fc.assert(
      fc.property(
        goalBarClean,
        fc.integer({ min: 160, max: 2400 }),
        fc.option(fc.integer({ min: 80, max: 2000 }), { nil: undefined }),
        locale,
        theme,
        options,
        (data, width, height, loc, th, opts) => {
          const validation = validateGoalBarData(data);
          fc.pre(validation.ok);
          if (!validation.ok) return;
          const layout = computeGoalBarLayout({
            data: validation.data,
            width,
            height,
            locale: loc,
            theme: th,
            options: opts,
          });
          expect(nonFinite(layout)).toEqual([]);
          expect(layout.naturalHeight).toBeGreaterThan(0);
        },
      ),
      runs(60),
    );
  });
});

describe('adapters from raw responses', () => {
  const response: fc.Arbitrary<RawResponse> = fc.record({
    municipalityId: fc.constantFrom(...MUNICIPALITY_IDS),
    itemId: fc.oneof(fc.constantFrom(...ITEM_IDS), fc.constantFrom('extra', '__proto__')),
    rating: fc.constantFrom<Rating | null>(1, 2, 3, 4, 5, null),
  });
  const responses = fc.array(response, { maxLength: 60 });
  const ok = (v: { ok: boolean; kind?: string }) => v.ok || v.kind === 'empty';

  it('always give data the chart accepts (or an empty chart), in every locale', () => {
    fc.assert(
      fc.property(
        responses,
        locale,
        fc.constantFrom('mean' as const, 'municipality' as const, 'both' as const),
        (list, loc, series) => {
          expect(ok(validateGoalBarData(goalBarFromResponses(list, { locale: loc })))).toBe(true);
          expect(
            ok(validateThemeHeatmapData(themeHeatmapFromResponses(list, { locale: loc }))),
          ).toBe(true);
          expect(
            ok(validateRescueRadarData(rescueRadarFromResponses(list, { locale: loc, series }))),
          ).toBe(true);
          expect(
            ok(validateResponseCoverageData(responseCoverageFromResponses(list, { locale: loc }))),
          ).toBe(true);
        },
      ),
      runs(100),
    );
  });
});
