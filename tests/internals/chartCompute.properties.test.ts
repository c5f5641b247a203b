/**
 * Properties of the charts' internal shared modules: sizing (resolveChartSize), tooltip placement
 * (layoutTooltip), roving focus (nextRovingIndex), and wrapping and ellipsizing a 100 000-character word
 * in linear time. The public pure functions' properties are in tests/properties/chartCompute.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultTheme,
  highContrastTheme,
  measureText,
  slideTheme,
  wrapText,
} from '@yhdyspinta/charts';
import { nextRovingIndex } from '../../packages/charts/src/a11y/rovingFocus';
import { layoutTooltip } from '../../packages/charts/src/interaction/tooltipLayout';
import { resolveChartSize } from '../../packages/charts/src/layout/chartSize';
import { ellipsize } from '../../packages/charts/src/text/wrapText';
import { anyValue, label, LONG_WORD, runs } from '../properties/support/arbitraries';
import { nonFinite } from '../properties/support/finite';

const theme = fc.constantFrom(defaultTheme, slideTheme, highContrastTheme);

describe('text: wrapText and ellipsize', () => {
  it('wraps a 100 000-character word in linear time (a hostile label cannot freeze the page)', () => {
    const word = LONG_WORD.repeat(10);
    let started = performance.now();
    const cut = wrapText(word, { maxWidth: 200, fontSize: 14, maxLines: 3 });
    expect(cut.truncated).toBe(true);
    const whole = wrapText(word, { maxWidth: 200, fontSize: 14 });
    // Every line but the last ends in an added hyphen (the word has none of its own).
    expect(whole.lines.map((line) => line.replace(/-$/, '')).join('')).toBe(word);
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
