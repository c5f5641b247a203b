// The internal parts of GoalBarChart's layout, below its public computeGoalBarLayout (tested through the
// entry in tests/GoalBarChart.compute.test.ts): the build pass and its density limits (build.ts,
// compute.ts's constants), the column split (columns.ts), the sort order and mean (order.ts) and the
// words of describe.ts beyond the key finding (item names, tooltip, table).
import { describe, expect, it } from 'vitest';
import { defaultTheme, slideTheme } from '@yhdyspinta/charts';
import { buildGoalBarLayout } from '../../packages/charts/src/GoalBarChart/build';
import { layoutGoalBarColumns } from '../../packages/charts/src/GoalBarChart/columns';
import { MIN_GAP_SCALE, STACKED_BELOW_WIDTH } from '../../packages/charts/src/GoalBarChart/compute';
import {
  goalBarItemName,
  goalBarTable,
  goalBarTooltip,
} from '../../packages/charts/src/GoalBarChart/describe';
import { meanOfGoals, sortLeaves } from '../../packages/charts/src/GoalBarChart/order';
import { OPTIONS, expectNoOverlap, fiData, illustrative, layout } from '../support/goalBarLayout';

describe('computeGoalBarLayout: labels and heights', () => {
  it('fits a fixed height: spreads rows when there is room, narrows spacing before it cuts lines', () => {
    const natural = layout();
    expect(natural.density).toEqual({ gapScale: 1, packedBars: false, extra: 0 });
    const tall = layout({ height: natural.height + 200 });
    expect(tall.height).toBe(natural.height + 200);
    expect(tall.axis.bottom).toBeLessThanOrEqual(tall.height + 0.001);
    expect(tall.rows.at(-1)!.rowBox.y).toBeGreaterThan(natural.rows.at(-1)!.rowBox.y);

    // A little short: same lines and type, packed bars and narrower gaps.
    const short = layout({ height: natural.height - 60 });
    expect(short.height).toBe(natural.height - 60);
    expect(short.maxLabelLines).toBe(3);
    expect(short.rows.map((r) => r.labelLines)).toEqual(natural.rows.map((r) => r.labelLines));
    expect(short.density.packedBars).toBe(true);
    expect(short.density.gapScale).toBeLessThan(1);
    expect(short.density.gapScale).toBeGreaterThanOrEqual(MIN_GAP_SCALE);
    expect(short.font).toEqual(natural.font);
    expect(short.overflow).toBe(false);
    expect(short.axis.bottom).toBeLessThanOrEqual(short.height + 0.001);
    expectNoOverlap(short);

    // Shorter than even the tightest three-line layout: only then are lines cut.
    const input = { data: fiData, width: 800, locale: 'fi' as const, theme: defaultTheme };
    const tight = { gapScale: MIN_GAP_SCALE, packedBars: true, extra: 0 };
    const threeLines = { max: 3, promoted: new Set<number>() };
    const cut = layout({ height: natural.height - 200 });
    expect(
      buildGoalBarLayout({ ...input, options: OPTIONS }, threeLines, tight).naturalHeight,
    ).toBeGreaterThan(natural.height - 200);
    expect(cut.maxLabelLines).toBeLessThan(3);
    expect(cut.overflow).toBe(false);
    expect(cut.axis.bottom).toBeLessThanOrEqual(cut.height + 0.001);
    expectNoOverlap(cut);

    const tiny = layout({ height: 200 });
    expect(tiny.overflow).toBe(true);
    expect(tiny.maxLabelLines).toBe(1);
    expect(tiny.density).toMatchObject({ gapScale: MIN_GAP_SCALE, packedBars: true });
    expect(tiny.height).toBe(tiny.naturalHeight);
    expect(tiny.height).toBeLessThan(layout({}, { maxLabelLines: 1 }).height);
  });

  it('stacks labels above bars below the breakpoint, with lines only over the bar bands', () => {
    const l = layout({ width: STACKED_BELOW_WIDTH - 200 });
    expect(l.mode).toBe('stacked');
    expect(l.rows).toHaveLength(11);
    for (const row of l.rows) {
      expect(row.bar!.y).toBeGreaterThanOrEqual(
        row.labelY + row.labelLines.length * l.font.labelLineHeight,
      );
    }
    expect(l.bands).toHaveLength(l.rows.length);
    expect(layout().bands).toHaveLength(1);
  });
});

describe('computeGoalBarLayout: columns', () => {
  it('gives the labels more of a wide chart while every scale level stays named', () => {
    const share = (width: number, theme = defaultTheme) => {
      const c = layoutGoalBarColumns(width, 'fi', theme);
      return c.labelWidth / c.inner;
    };
    expect(share(600)).toBeCloseTo(0.42, 2);
    expect(share(1920, slideTheme)).toBeCloseTo(0.55, 2);
    expect(share(800)).toBeGreaterThan(0.42);
    for (const [width, theme] of [
      [800, defaultTheme],
      [1440, slideTheme],
      [1920, slideTheme],
    ] as const) {
      const l = layout({ width, theme });
      expect(l.axis.ticks).toHaveLength(5);
      expect(l.axis.ticks.every((t) => t.labelLines.length > 0)).toBe(true);
    }
  });
});

describe('sorting', () => {
  it('puts missing values last in both directions', () => {
    const items = [
      { id: 'a', label: 'a', value: null },
      { id: 'b', label: 'b', value: 2 },
      { id: 'c', label: 'c', value: 4 },
    ];
    expect(sortLeaves(items, 'score-desc').map((i) => i.id)).toEqual(['c', 'b', 'a']);
    expect(sortLeaves(items, 'score-asc').map((i) => i.id)).toEqual(['b', 'c', 'a']);
  });
});

describe('comparison marker', () => {
  it("'mean' marks the plain mean of the goals' published means", () => {
    expect(meanOfGoals(fiData)).toBeCloseTo(27.5 / 11, 10);
    const l = layout({}, { comparison: 'mean' });
    expect(l.comparison?.value).toBeCloseTo(2.5, 10);
    expect(l.comparison?.x).toBeCloseTo(l.scale(2.5), 6);
    expect(l.comparison?.label).toBe('Kaikkien tavoitteiden keskiarvo');
    expect(l.legend.entries.map((e) => e.text)).toContain('Kaikkien tavoitteiden keskiarvo 2,5');
  });
});

describe('words (describe.ts)', () => {
  it('names each bar with its full text, section, value and level; the tooltip and table have the same numbers', () => {
    const l = layout({ data: illustrative }, { maxLabelLines: 1 });
    const long = l.rows[1]!;
    expect(goalBarItemName(long, 'fi')).toBe(`${long.item.label} (Ryhmä): 1,0 (Ei lainkaan)`);
    expect(goalBarItemName(l.rows[2]!, 'fi')).toBe('Ei arvoa (Ryhmä): ei tietoa');
    expect(goalBarItemName(l.rows[0]!, 'en')).toBe('Lyhyt (Ryhmä): 4.0 (Well)');
    // A section that only repeats the goal's own text is not said twice.
    const alone = layout({
      data: { groups: [{ id: 's', label: 'Sama', items: [{ id: 'a', label: 'Sama', value: 3 }] }] },
    });
    expect(goalBarItemName(alone.rows[0]!, 'fi')).toBe('Sama: 3,0 (Kohtalaisesti)');
    const tip = goalBarTooltip(l.rows[0]!, illustrative, 'fi');
    expect(tip.title).toBe('Lyhyt');
    expect(tip.rows).toEqual([
      { label: 'Keskiarvo', value: '4,0' },
      { label: 'Lähin asteikon kohta', value: 'Hyvin' },
      { label: 'Osio', value: 'Ryhmä' },
    ]);
    const table = goalBarTable(l.rows, 'sv');
    expect(table.columns).toEqual(['Mål', 'Avsnitt', 'Medelvärde (1–5)']);
    expect(table.rows.map((r) => r.cells[1])).toEqual(['4,0', '1,0', 'ingen uppgift']);
  });
});
