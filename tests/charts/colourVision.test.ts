// Colour that holds for everyone (issue 12): every pair of series colours and every pair of neighbouring
// ramp steps is ΔE₀₀ ≥ 10 apart under normal vision and simulated protanopia, deuteranopia and tritanopia
// (culori's Machado et al. 2009 filters at full severity, CIEDE2000). culori is a test-only dependency.
import { describe, expect, it } from 'vitest';
import {
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  parse,
} from 'culori';
import type { Color } from 'culori';
import {
  defaultTheme,
  highContrastTheme,
  SERIES_DASHES,
  SERIES_MARKERS,
  seriesMarkerArea,
  seriesMarkerPath,
  seriesStyle,
  seriesSymbolType,
  slideTheme,
} from '@yhdyspinta/charts';
import type { ChartTheme } from '@yhdyspinta/charts';

const MIN_DELTA_E = 10;

const VISIONS: readonly (readonly [string, (c: Color) => Color])[] = [
  ['normal vision', (c) => c],
  ['protanopia', filterDeficiencyProt(1)],
  ['deuteranopia', filterDeficiencyDeuter(1)],
  ['tritanopia', filterDeficiencyTrit(1)],
];

const deltaE = differenceCiede2000();

function color(hex: string): Color {
  const c = parse(hex);
  if (!c) throw new Error(`Not a colour: ${hex}`);
  return c;
}

interface Pair {
  readonly a: string;
  readonly b: string;
  readonly vision: string;
  readonly deltaE: number;
}

/** ΔE₀₀ of each pair under each vision. */
function measure(pairs: readonly (readonly [string, string])[]): Pair[] {
  return VISIONS.flatMap(([vision, filter]) =>
    pairs.map(([a, b]) => ({
      a,
      b,
      vision,
      deltaE: deltaE(filter(color(a)), filter(color(b))),
    })),
  );
}

function allPairs(colors: readonly string[]): [string, string][] {
  return colors.flatMap((a, i) => colors.slice(i + 1).map((b): [string, string] => [a, b]));
}

function neighbourPairs(colors: readonly string[]): [string, string][] {
  return colors.slice(1).map((b, i): [string, string] => [colors[i] ?? b, b]);
}

/** The pairs closer than the minimum, written out for the failure message. */
function tooClose(pairs: readonly Pair[]): string[] {
  return pairs
    .filter((p) => p.deltaE < MIN_DELTA_E)
    .map((p) => `${p.a} / ${p.b} under ${p.vision}: ΔE₀₀ ${p.deltaE.toFixed(1)}`);
}

/** The smallest ΔE₀₀ per vision, e.g. { protanopia: 14.0, … }. */
function minimumPerVision(pairs: readonly Pair[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of pairs) out[p.vision] = Math.min(out[p.vision] ?? Infinity, p.deltaE);
  return out;
}

const THEMES: [string, ChartTheme][] = [
  ['defaultTheme', defaultTheme],
  ['slideTheme', slideTheme],
  ['highContrastTheme', highContrastTheme],
];

describe.each(THEMES)('%s under colour-vision deficiencies', (_name, theme) => {
  it(`every pair of series colours is ΔE₀₀ ≥ ${MIN_DELTA_E} apart`, () => {
    expect(theme.series.length).toBeGreaterThanOrEqual(6);
    expect(tooClose(measure(allPairs(theme.series)))).toEqual([]);
  });

  it(`neighbouring sequential steps are ΔE₀₀ ≥ ${MIN_DELTA_E} apart`, () => {
    expect(theme.sequential.length).toBeGreaterThanOrEqual(5);
    expect(tooClose(measure(neighbourPairs(theme.sequential)))).toEqual([]);
  });

  it(`neighbouring diverging steps are ΔE₀₀ ≥ ${MIN_DELTA_E} apart, and its two ends too`, () => {
    const steps = theme.diverging;
    expect(steps.length).toBeGreaterThanOrEqual(5);
    const ends: [string, string] = [steps[0] ?? '', steps.at(-1) ?? ''];
    expect(tooClose(measure([...neighbourPairs(steps), ends]))).toEqual([]);
  });
});

describe('the check', () => {
  it('finds the pair the issue reported (#D55E00 / #9A6200: ΔE₀₀ 1.5 under protanopia, 5.9 deuteranopia)', () => {
    const measured = minimumPerVision(measure([['#D55E00', '#9A6200']]));
    expect(measured['protanopia']).toBeCloseTo(1.5, 1);
    expect(measured['deuteranopia']).toBeCloseTo(5.9, 1);
    expect(tooClose(measure([['#D55E00', '#9A6200']]))).toHaveLength(2);
  });

  it('is measured, not assumed: a colour against itself is 0, black against white 100', () => {
    const [same] = measure([['#0072B2', '#0072B2']]);
    expect(same?.deltaE).toBe(0);
    const [bw] = measure([['#000000', '#FFFFFF']]);
    expect(bw?.deltaE).toBeCloseTo(100, 0);
  });
});

describe.each(THEMES)('%s: colour is never the only channel', (_name, theme) => {
  it('every series within the palette has its own colour, marker shape and dash pattern', () => {
    const styles = theme.series.map((_, i) => seriesStyle(i, theme));
    expect(SERIES_MARKERS.length).toBeGreaterThanOrEqual(theme.series.length);
    expect(SERIES_DASHES.length).toBeGreaterThanOrEqual(theme.series.length);
    expect(new Set(styles.map((s) => s.color)).size).toBe(styles.length);
    expect(new Set(styles.map((s) => s.marker)).size).toBe(styles.length);
    expect(new Set(styles.map((s) => s.dash.join(' '))).size).toBe(styles.length);
  });

  it('past the palette, no two series share colour, marker and dash all three', () => {
    const count = theme.series.length * SERIES_MARKERS.length;
    const keys = Array.from({ length: count }, (_, i) => {
      const s = seriesStyle(i, theme);
      return `${s.color}|${s.marker}|${s.dash.join(' ')}`;
    });
    expect(new Set(keys).size).toBe(keys.length);
  });
});

/** The points a path passes through: M/L/l/h/v/m ends and arc ends (absolute or relative). */
function pathPoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, cmd, args] of d.matchAll(/([MmLlHhVvAaZz])([^MmLlHhVvAaZz]*)/g)) {
    const n = (args ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    const [a = 0, b = 0] = n.length >= 2 ? n.slice(-2) : [n[0] ?? 0, 0];
    if (cmd === 'M' || cmd === 'L' || cmd === 'A') [x, y] = [a, b];
    else if (cmd === 'm' || cmd === 'l' || cmd === 'a') [x, y] = [x + a, y + b];
    else if (cmd === 'h') x += a;
    else if (cmd === 'v') y += a;
    else if (cmd === 'H') x = a;
    else if (cmd === 'V') y = a;
    else continue;
    points.push([x, y]);
  }
  return points;
}

describe('series markers are d3-shape symbols', () => {
  it.each(SERIES_MARKERS.map((shape) => [shape]))(
    '%s: the same points as d3 draws, placed at the centre',
    (shape) => {
      const radius = 6.3;
      // Let d3's own symbol draw into a recording context: the points it visits, in order.
      const expected: [number, number][] = [];
      const visit = (...points: [number, number][]): void => {
        expected.push(...points);
      };
      const recorder = {
        moveTo: (x: number, y: number) => visit([x, y]),
        lineTo: (x: number, y: number) => visit([x, y]),
        arc: (x: number, y: number, r: number) => visit([x - r, y], [x + r, y]),
        rect: (x: number, y: number, w: number, h: number) =>
          visit([x, y], [x + w, y], [x + w, y + h], [x, y + h]),
        closePath: () => undefined,
      } as unknown as Parameters<ReturnType<typeof seriesSymbolType>['draw']>[0];
      seriesSymbolType(shape).draw(recorder, seriesMarkerArea(shape, radius));
      const drawn = pathPoints(seriesMarkerPath(shape, radius, 100, 50));
      expect(expected.length).toBeGreaterThan(1);
      expect(drawn).toHaveLength(expected.length);
      drawn.forEach(([x, y], i) => {
        const [ex = 0, ey = 0] = expected[i] ?? [];
        expect(Math.abs(x - 100 - ex), `${shape} point ${i}`).toBeLessThan(0.02);
        expect(Math.abs(y - 50 - ey), `${shape} point ${i}`).toBeLessThan(0.02);
      });
    },
  );

  it('no two shapes draw the same path', () => {
    const paths = SERIES_MARKERS.map((shape) => seriesMarkerPath(shape, 5));
    expect(new Set(paths).size).toBe(paths.length);
  });
});
