import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_CHART_WIDTH,
  MIN_CHART_WIDTH,
  resolveChartSize,
  validDimension,
} from '../../packages/charts/src/layout/chartSize';
import { layoutChartHeader } from '../../packages/charts/src/layout/chartHeader';
import { layoutTooltip, placeTooltip } from '../../packages/charts/src/interaction/tooltipLayout';
import { defaultTheme } from '@yhdyspinta/charts';

describe('resolveChartSize', () => {
  it('works out the natural height only when no height is given (it costs a whole layout)', () => {
    let calls = 0;
    const heightForWidth = (w: number) => {
      calls += 1;
      return w / 2;
    };
    expect(resolveChartSize({ width: 600, height: 300, heightForWidth }).height).toBe(300);
    expect(
      resolveChartSize({ measuredWidth: 600, containerHeight: 420, heightForWidth }).height,
    ).toBe(420);
    expect(calls).toBe(0);
    expect(resolveChartSize({ width: 600, heightForWidth }).height).toBe(300);
    expect(calls).toBe(1);
  });

  it('uses fixed props first', () => {
    expect(resolveChartSize({ width: 640, height: 300, measuredWidth: 900 })).toEqual({
      width: 640,
      height: 300,
    });
  });
  it('uses the measured width, else the default, and the natural height', () => {
    expect(resolveChartSize({ measuredWidth: 500, heightForWidth: (w) => w / 2 })).toEqual({
      width: 500,
      height: 250,
    });
    expect(resolveChartSize({ measuredWidth: 0 }).width).toBe(DEFAULT_CHART_WIDTH);
    expect(resolveChartSize({ measuredWidth: 0 }).height).toBe(450);
  });
  it('fills a container that has its own height', () => {
    expect(resolveChartSize({ measuredWidth: 500, containerHeight: 420 }).height).toBe(420);
  });
  it('falls back to the aspect ratio when the container has no height', () => {
    expect(resolveChartSize({ measuredWidth: 1600, containerHeight: 0 }).height).toBe(900);
  });
  it('never returns NaN, zero or a size below the minimum, and survives a throwing heightForWidth', () => {
    const size = resolveChartSize({
      width: Number.NaN,
      height: -5,
      measuredWidth: 20,
      heightForWidth: () => {
        throw new Error('boom');
      },
    });
    expect(size.width).toBe(MIN_CHART_WIDTH);
    expect(Number.isFinite(size.height) && size.height > 0).toBe(true);
    expect(validDimension('10')).toBeUndefined();
  });
});

describe('layoutChartHeader', () => {
  it('stacks the title and the notes and reports where the body starts', () => {
    const header = layoutChartHeader({
      title: 'Otsikko',
      notes: ['n = 6/10 kuntaa', ''],
      width: 600,
      theme: defaultTheme,
    });
    expect(header.title?.lines).toEqual(['Otsikko']);
    expect(header.notes).toHaveLength(1);
    expect(header.notes[0]?.y).toBeGreaterThan(header.title?.y ?? 0);
    expect(header.height).toBeGreaterThan(header.notes[0]?.y ?? 0);
  });
  it('omits a hidden title', () => {
    const header = layoutChartHeader({
      title: 'x',
      hideTitle: true,
      width: 600,
      theme: defaultTheme,
    });
    expect(header.title).toBeNull();
  });
});

describe('tooltip placement', () => {
  const size = { width: 100, height: 50 };
  const bounds = { width: 400, height: 300 };
  it('goes right of the anchor when there is room', () => {
    const p = placeTooltip({ x: 50, y: 100, width: 20, height: 10 }, size, bounds, 8);
    expect(p).toEqual({ x: 78, y: 80, placement: 'right' });
  });
  it('flips left near the right edge, and below/above when neither side has room', () => {
    expect(placeTooltip({ x: 350, y: 100, width: 20, height: 10 }, size, bounds, 8).placement).toBe(
      'left',
    );
    const wide = { x: 0, y: 10, width: 400, height: 10 };
    expect(placeTooltip(wide, size, bounds, 8).placement).toBe('below');
    expect(placeTooltip({ ...wide, y: 280 }, size, bounds, 8).placement).toBe('above');
  });
  it('property: a tooltip that fits the chart is always fully inside it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 100 }),
        (x, y, w, h) => {
          const p = placeTooltip({ x, y, width: w, height: h }, size, bounds, 8);
          expect(p.x).toBeGreaterThanOrEqual(0);
          expect(p.y).toBeGreaterThanOrEqual(0);
          expect(p.x + size.width).toBeLessThanOrEqual(bounds.width);
          expect(p.y + size.height).toBeLessThanOrEqual(bounds.height);
        },
      ),
    );
  });
  it('wraps the full text and keeps the box within the chart', () => {
    const content = {
      title: 'Yhteistyötä sijaishuollon ja kuntien sivistystoimen välillä kehitetään.',
      rows: [{ label: 'Keskiarvo', value: '1,5' }],
    };
    const t = layoutTooltip(content, { x: 10, y: 10, width: 10, height: 10 }, bounds, defaultTheme);
    expect(t.titleLines.join(' ')).toBe(content.title);
    expect(t.rowLines).toEqual(['Keskiarvo: 1,5']);
    expect(t.width).toBeLessThanOrEqual(bounds.width);
    expect(t.y + t.height).toBeLessThanOrEqual(bounds.height);
  });
});
