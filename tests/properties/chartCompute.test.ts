/**
 * Properties of the charts' pure functions: the shared modules (text wrapping, sizing, tooltip
 * placement, roving focus, themes, contrast, formatting), each chart's compute function on any data its
 * validator accepts (every number in the layout finite), and the adapters from raw survey responses
 * (their output always passes the chart's validator, or is empty; never invalid).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MUNICIPALITY_IDS } from '@yhdyspinta/data';
import type { Rating, RawResponse } from '@yhdyspinta/data';
import { nextRovingIndex } from '../../packages/charts/src/a11y/rovingFocus';
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
import { layoutTooltip } from '../../packages/charts/src/interaction/tooltipLayout';
import { resolveChartSize } from '../../packages/charts/src/layout/chartSize';
import { ellipsize, ELLIPSIS } from '../../packages/charts/src/text/wrapText';
import { anyValue, label, LONG_WORD, locale, runs } from './support/arbitraries';
import { goalBarClean } from './support/chartData';
import { ITEM_IDS } from './support/responsesModel';

/** Paths of every number in `value` that is NaN or ±Infinity. */
function nonFinite(
  value: unknown,
  path = '$',
  out: string[] = [],
  seen = new Set<unknown>(),
): string[] {
  if (typeof value === 'number' && !Number.isFinite(value)) out.push(path);
  else if (value && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    for (const [key, inner] of Object.entries(value)) nonFinite(inner, `${path}.${key}`, out, seen);
  }
  return out;
}

const theme = fc.constantFrom(defaultTheme, slideTheme, highContrastTheme);
const breaking = /[ \t\n\r\f\v\u2009\u200b]+/g;

describe('text: wrapText and ellipsize', () => {
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
        if (!truncated) expect(lines.join('').replace(breaking, '')).toBe(t.replace(breaking, ''));
        else expect(lines.at(-1)?.endsWith(ELLIPSIS)).toBe(true);
        for (const line of lines) {
          const fits = measureText(line, o.fontSize, o.weight) <= o.maxWidth;
          expect(fits || [...line].length === 1 || line.endsWith(ELLIPSIS)).toBe(true);
        }
      }),
      runs(300),
    );
  });

  it('wraps a 100 000-character word in linear time (a hostile label cannot freeze the page)', () => {
    const word = LONG_WORD.repeat(10);
    let started = performance.now();
    const cut = wrapText(word, { maxWidth: 200, fontSize: 14, maxLines: 3 });
    expect(cut.truncated).toBe(true);
    const whole = wrapText(word, { maxWidth: 200, fontSize: 14 });
    expect(whole.lines.join('')).toBe(word);
    // Quadratic wrapping took about 47 s here; linear takes milliseconds.
    expect(performance.now() - started).toBeLessThan(1500);
    started = performance.now();
    const short = ellipsize(word, (s) => measureText(s, 14) <= 300);
    expect(performance.now() - started).toBeLessThan(500);
    expect(measureText(short, 14)).toBeLessThanOrEqual(300);
  });
});

describe('sizing, tooltips and keyboard focus', () => {
  const dim = fc.oneof(fc.double({ min: -1e6, max: 1e6 }), anyValue);

  it('resolveChartSize: whole pixels, at least 160 × 80, never NaN, even if heightForWidth throws', () => {
    fc.assert(
      fc.property(
        dim,
        dim,
        dim,
        dim,
        fc.option(dim),
        fc.boolean(),
        (width, height, measuredWidth, containerHeight, natural, throws) => {
          const size = resolveChartSize({
            width: width as number,
            height: height as number,
            measuredWidth: measuredWidth as number,
            containerHeight: containerHeight as number,
            heightForWidth: () => {
              if (throws) throw new Error('boom');
              return natural as number;
            },
          });
          expect(Number.isInteger(size.width) && Number.isInteger(size.height)).toBe(true);
          expect(size.width).toBeGreaterThanOrEqual(160);
          expect(size.height).toBeGreaterThanOrEqual(80);
        },
      ),
      runs(300),
    );
  });

  it('layoutTooltip: any text, anchor and chart size gives a box inside the chart when it fits', () => {
    const box = fc.record({
      x: fc.double({ min: -500, max: 2000, noNaN: true }),
      y: fc.double({ min: -500, max: 2000, noNaN: true }),
      width: fc.double({ min: 0, max: 400, noNaN: true }),
      height: fc.double({ min: 0, max: 400, noNaN: true }),
    });
    const content = fc.record({
      title: label,
      rows: fc.array(fc.record({ label, value: label }), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(
        content,
        box,
        fc.integer({ min: 160, max: 2000 }),
        fc.integer({ min: 80, max: 1200 }),
        theme,
        (c, anchor, width, height, th) => {
          const t = layoutTooltip(c, anchor, { width, height }, th);
          expect(nonFinite(t)).toEqual([]);
          expect(t.x).toBeGreaterThanOrEqual(0);
          expect(t.y).toBeGreaterThanOrEqual(0);
          if (t.width <= width) expect(t.x + t.width).toBeLessThanOrEqual(width + 1e-6);
          if (t.height <= height) expect(t.y + t.height).toBeLessThanOrEqual(height + 1e-6);
        },
      ),
      runs(150),
    );
  });

  it('nextRovingIndex: any key from any index lands on an item, or nowhere', () => {
    const key = fc.oneof(
      fc.constantFrom(
        'ArrowLeft',
        'ArrowRight',
        'ArrowUp',
        'ArrowDown',
        'Home',
        'End',
        'PageUp',
        'Tab',
        'Enter',
        'a',
      ),
      fc.string(),
    );
    fc.assert(
      fc.property(
        key,
        fc.boolean(),
        fc.integer({ min: -3, max: 40 }),
        fc.integer({ min: 0, max: 30 }),
        fc.option(fc.oneof(fc.integer({ min: -2, max: 12 }), fc.constant(Number.NaN)), {
          nil: undefined,
        }),
        (k, ctrl, index, count, columns) => {
          const next = nextRovingIndex({ key: k, ctrlKey: ctrl }, index, { count, columns });
          if (next !== null) {
            expect(Number.isInteger(next)).toBe(true);
            expect(next).toBeGreaterThanOrEqual(0);
            expect(next).toBeLessThan(count);
          }
        },
      ),
      runs(400),
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
          expect(ok(validateGoalBarData(goalBarFromResponses(list, loc)))).toBe(true);
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
