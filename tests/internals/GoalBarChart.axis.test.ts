// GoalBarChart's 1–5 axes without React (GoalBarChart/axis.ts): where the numbers, the level names and
// the title go, which levels are named when the names do not all fit, and how the texts stay inside the
// chart. Every layout is computed inside its test. Illustrative words only.
import { describe, expect, it } from 'vitest';
import { defaultTheme, measureText, slideTheme, wrapText } from '@yhdyspinta/charts';
import type { ChartTheme } from '@yhdyspinta/charts';
import { layoutAxis, layoutTopAxis } from '../../packages/charts/src/GoalBarChart/axis';
import type { AxisArgs } from '../../packages/charts/src/GoalBarChart/axis';
import type { ScaleWords } from '../../packages/charts/src/common/chartScale';

const FONT = defaultTheme.fontSize.tick;
const LINE = FONT * defaultTheme.lineHeight;
const PAD = defaultTheme.spacing.md;

/** The same word at every level. */
const every = (word: string): ScaleWords => ({ 1: word, 2: word, 3: word, 4: word, 5: word });

/** A word of repeated "n" whose width at the tick size is the first one above `min` px. */
function wordWider(min: number): string {
  let word = 'n';
  while (measureText(word, FONT) <= min) word += 'n';
  return word;
}

/** An axis from x0 to x1 (a step of (x1 − x0) / 4 per level) in a chart `width` wide. */
function args(
  x0: number,
  x1: number,
  width: number,
  words: ScaleWords,
  extra: Partial<AxisArgs> = {},
): AxisArgs {
  return {
    top: 200,
    x: (value) => x0 + ((value - 1) * (x1 - x0)) / 4,
    x0,
    x1,
    width,
    locale: 'fi',
    theme: defaultTheme,
    words,
    ...extra,
  };
}

const named = (axis: { ticks: readonly { labelLines: readonly string[] }[] }) =>
  axis.ticks.map((t) => t.labelLines.length > 0);

describe('GoalBarChart axis: numbers, names and title', () => {
  it('names every level when each word fits its step, numbers and names centred on their ticks', () => {
    const words: ScaleWords = { 1: 'yksi', 2: 'kaksi', 3: 'kolme', 4: 'neljä', 5: 'viisi' };
    const axis = layoutAxis(args(100, 500, 600, words, { title: 'Asteikko' }));
    expect(axis.ticks.map((t) => [t.value, t.x, t.number, t.labelX, t.labelLines])).toEqual([
      [1, 100, '1', 100, ['yksi']],
      [2, 200, '2', 200, ['kaksi']],
      [3, 300, '3', 300, ['kolme']],
      [4, 400, '4', 400, ['neljä']],
      [5, 500, '5', 500, ['viisi']],
    ]);
    expect(axis.y).toBe(200);
    expect([axis.x0, axis.x1, axis.fontSize]).toEqual([100, 500, FONT]);
    expect(axis.lineHeight).toBeCloseTo(LINE, 9);
    expect(axis.tickLength).toBe(4);
    // Ticks, half a gap, the numbers, then one line of names, a gap and the title.
    expect(axis.numberY).toBeCloseTo(206, 9);
    expect(axis.labelY).toBeCloseTo(206 + LINE, 9);
    expect(axis.titleY).toBeCloseTo(206 + 2 * LINE + 4, 9);
    expect(axis.titleLines).toEqual(['Asteikko']);
    expect(axis.titleX).toBe(300);
    expect(axis.titleAnchor).toBe('middle');
    expect(axis.bottom).toBeCloseTo(206 + 3 * LINE + 4 + PAD, 9);
  });

  it("titles the axis with the survey's words in the chart's locale unless given a title", () => {
    const fi = layoutAxis(args(100, 500, 600, every('a')));
    expect(fi.titleLines.join(' ')).toBe('Kuntien vastausten keskiarvo asteikolla 1–5');
    const sv = layoutAxis(args(100, 500, 600, every('a'), { locale: 'sv' }));
    expect(sv.titleLines.join(' ')).toBe('Medelvärde av kommunernas svar på skalan 1–5');
  });

  it('keeps the names at the ends inside the chart, a pad from its edges', () => {
    const word = wordWider(50);
    const half = measureText(word, FONT) / 2;
    const axis = layoutAxis(args(20, 420, 440, every(word)));
    expect(named(axis)).toEqual([true, true, true, true, true]);
    expect(axis.ticks[0]?.labelX).toBeCloseTo(PAD + half, 9);
    expect(axis.ticks[1]?.labelX).toBe(120);
    expect(axis.ticks[4]?.labelX).toBeCloseTo(440 - PAD - half, 9);
  });

  it('grows the name block by the most lines a name wraps to', () => {
    // Each word fits a step (100 px), the whole name does not: three lines at level 3 only.
    const short = wordWider(50);
    const words: ScaleWords = { ...every('a'), 3: `${short} ${short} ${short}` };
    const room = 100 - defaultTheme.spacing.xs;
    expect(2 * measureText(`${short} `, FONT)).toBeGreaterThan(room);
    const axis = layoutAxis(args(100, 500, 600, words, { title: 'Asteikko' }));
    expect(axis.ticks[2]?.labelLines).toEqual([short, short, short]);
    expect(axis.titleY).toBeCloseTo(axis.labelY + 3 * LINE + 4, 9);
    expect(axis.bottom).toBeCloseTo(axis.titleY + LINE + PAD, 9);
  });
});

describe('GoalBarChart axis: fewer names when they do not fit', () => {
  it('names 1, 3 and 5 in two steps each when a word is wider than one step', () => {
    // Steps of 100 px: a 150-px word fits two steps (196 px of room), not one (96).
    const word = wordWider(150);
    const axis = layoutAxis(args(200, 600, 800, every(word)));
    expect(named(axis)).toEqual([true, false, true, false, true]);
    expect(axis.ticks.map((t) => t.labelLines)).toEqual([[word], [], [word], [], [word]]);
  });

  it('names only 1 and 5 when the names of 1, 3 and 5 would touch (an end name pushed inwards)', () => {
    // Level 1's name is kept a pad from the left edge, so it reaches into level 3's.
    const word = wordWider(150);
    const axis = layoutAxis(args(20, 420, 440, every(word)));
    expect(named(axis)).toEqual([true, false, false, false, true]);
  });

  it('keeps every name when neighbours are apart by at least half the smallest gap', () => {
    // Words that fit their step with little to spare: every level named, none touching.
    const word = wordWider(88);
    expect(measureText(word, FONT)).toBeLessThanOrEqual(100 - defaultTheme.spacing.xs);
    const axis = layoutAxis(args(200, 600, 800, every(word)));
    expect(named(axis)).toEqual([true, true, true, true, true]);
  });

  it('names 1, 3 and 5 when an end name pushed inwards would touch its neighbour', () => {
    // Every word fits its step (96 px), but level 1's name, kept a pad from the left edge, reaches
    // into level 2's.
    const word = wordWider(88);
    expect(measureText(word, FONT)).toBeLessThanOrEqual(100 - defaultTheme.spacing.xs);
    const axis = layoutAxis(args(20, 420, 440, every(word)));
    expect(named(axis)).toEqual([true, false, true, false, true]);
  });
});

describe('GoalBarChart axis: the title', () => {
  const title =
    'Kuntien ja hyvinvointialueen yhteistyön onnistuminen tavoitteittain, kuntien vastausten keskiarvo asteikolla yhdestä viiteen';

  const wrapped = (maxWidth: number, theme: ChartTheme = defaultTheme) =>
    wrapText(title, { maxWidth, fontSize: theme.fontSize.tick, maxLines: 2, locale: 'fi' }).lines;

  it('wraps to two lines at most, as wide as the bars or half the chart, whichever is wider', () => {
    expect(wrapped(400)).not.toEqual(wrapped(576));
    expect(wrapped(400)).not.toEqual(wrapped(300));
    // Bars 400 px wide in a 600-px chart: 400.
    expect(layoutAxis(args(100, 500, 600, every('a'), { title })).titleLines).toEqual(wrapped(400));
    // Bars 100 px wide: half the chart, 300.
    expect(layoutAxis(args(250, 350, 600, every('a'), { title })).titleLines).toEqual(wrapped(300));
    // Bars as wide as the chart: the chart less its pads, 576.
    expect(layoutAxis(args(0, 600, 600, every('a'), { title })).titleLines).toEqual(wrapped(576));
  });

  it('keeps the title inside the chart when the bars sit near an edge', () => {
    const lines = wrapped(300);
    const half = Math.max(...lines.map((l) => measureText(l, FONT))) / 2;
    expect(half).toBeGreaterThan(120 - PAD);
    const left = layoutAxis(args(20, 220, 600, every('a'), { title }));
    expect(left.titleX).toBeCloseTo(PAD + half, 9);
    const right = layoutAxis(args(380, 580, 600, every('a'), { title }));
    expect(right.titleX).toBeCloseTo(600 - PAD - half, 9);
  });
});

describe('GoalBarChart top axis (over the rows of a tall chart)', () => {
  it('puts the names first, then the numbers, and ticks rising to them from the axis line', () => {
    const axis = layoutTopAxis({ ...args(100, 500, 600, every('a')), top: 10 });
    expect(axis.labelY).toBe(10);
    expect(axis.numberY).toBeCloseTo(10 + LINE, 9);
    expect(axis.y).toBeCloseTo(10 + 2 * LINE + 2 + 4, 9);
    expect(axis.tickLength).toBe(-4);
    expect(axis.bottom).toBeCloseTo(axis.y + defaultTheme.spacing.sm, 9);
    expect(axis.titleLines).toEqual([]);
    expect([axis.titleX, axis.titleY, axis.titleAnchor]).toEqual([300, axis.y, 'middle']);
    expect(axis.lineHeight).toBeCloseTo(LINE, 9);
  });

  it('draws ticks as long as the theme’s smallest gap, at least 4 px (slides: 6)', () => {
    const slide = { ...args(100, 1500, 1920, every('a')), theme: slideTheme };
    const font = slideTheme.fontSize.tick;
    const line = font * slideTheme.lineHeight;
    const top = layoutTopAxis({ ...slide, top: 10 });
    expect(top.tickLength).toBe(-6);
    expect(top.y).toBeCloseTo(10 + 2 * line + 3 + 6, 9);
    const bottom = layoutAxis(slide);
    expect(bottom.tickLength).toBe(6);
    expect(bottom.numberY).toBeCloseTo(200 + 6 + 3, 9);
  });
});
