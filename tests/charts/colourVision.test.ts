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
import { defaultTheme, highContrastTheme, slideTheme } from '@yhdyspinta/charts';
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
