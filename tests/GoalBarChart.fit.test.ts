// GoalBarChart on data larger than a slide (issue 12): labels that would read the same are shown whole,
// a fixed height never lowers the line limit into sameness, and a layout that cannot fit says how to
// split its rows instead of shrinking (the static renderer turns that into RenderError 'does-not-fit').
// The printed values and shortLabel: GoalBarChart.values.test.ts.
import { describe, expect, it } from 'vitest';
import { computeGoalBarLayout, defaultTheme, slideTheme } from '@yhdyspinta/charts';
import type { GoalBarData } from '@yhdyspinta/charts';
import { RenderError, renderToSvgDocument } from '@yhdyspinta/charts/static';
import { OPTIONS } from './support/goalBarLayout';
import { ENDINGS, expectDistinct, manyGoals, OPENING, oneGroup } from './support/goalBarStress';
import { goalBars12 } from './fixtures/stress/goalBars';

describe('GoalBarChart: labels that can be told apart', () => {
  it('shows whole the labels whose cut text would read the same (natural height)', () => {
    const data: GoalBarData = oneGroup(
      'A',
      ENDINGS.slice(0, 3).map((end, i) => ({
        id: `g${i}`,
        label: `${OPENING}${OPENING}${end}`,
        value: 3,
      })),
    );
    const options = { ...OPTIONS, maxLabelLines: 2 };
    const layout = computeGoalBarLayout({
      data,
      width: 800,
      locale: 'fi',
      theme: slideTheme,
      options,
    });
    expectDistinct(layout);
    expect(layout.rows.every((row) => !row.labelTruncated)).toBe(true);
    expect(Math.min(...layout.rows.map((row) => row.labelLines.length))).toBeGreaterThan(2);
  });

  it('keeps labels that differ within the line limit cut as before', () => {
    const data = manyGoals(1, 3);
    const layout = computeGoalBarLayout({
      data,
      width: 1920,
      locale: 'fi',
      theme: slideTheme,
      options: { ...OPTIONS, maxLabelLines: 1 },
    });
    // One line cannot tell them apart: they are shown whole instead.
    expectDistinct(layout);
  });
});

describe('GoalBarChart at a fixed height that cannot hold the data', () => {
  const data = manyGoals(7, 6); // 42 goals
  const input = { data, width: 1920, height: 1080, locale: 'fi' as const, theme: slideTheme };
  const layout = computeGoalBarLayout({ ...input, options: OPTIONS });

  it('never lowers the line limit so far that two rows read the same', () => {
    expectDistinct(layout);
    expect(layout.fit?.fits).toBe(false);
  });

  it('reports the split: pages in order covering every row once, each fitting the height', () => {
    const fit = layout.fit;
    expect(fit).toBeDefined();
    if (!fit) return;
    expect(fit.unit).toBe('rows');
    expect(fit.total).toBe(42);
    expect(fit.neededHeight).toBeGreaterThan(1080);
    expect(fit.pages.length).toBeGreaterThan(1);
    expect(fit.pages[0]?.start).toBe(0);
    expect(fit.pages.at(-1)?.end).toBe(42);
    fit.pages.forEach((page, i) => {
      expect(page.end).toBeGreaterThan(page.start);
      if (i > 0) expect(page.start).toBe(fit.pages[i - 1]?.end);
    });
    // Each part, drawn alone at the same size, fits.
    for (const page of fit.pages) {
      const rows = layout.rows.slice(page.start, page.end).map((row) => row.item.id);
      const part: GoalBarData = {
        groups: data.groups
          .map((g) => ({ ...g, items: g.items.filter((item) => rows.includes(item.id)) }))
          .filter((g) => g.items.length > 0),
      };
      const drawn = computeGoalBarLayout({ ...input, data: part, options: OPTIONS });
      expect(drawn.fit?.fits, `rows ${page.start}–${page.end}`).toBe(true);
      expect(drawn.height).toBe(1080);
    }
  });

  it('splits at section boundaries when a section fits a part', () => {
    // 7 sections of 3 goals: each section fits a slide, so no part starts inside one.
    const sections = computeGoalBarLayout({ ...input, data: manyGoals(7, 3), options: OPTIONS });
    const pages = sections.fit?.pages ?? [];
    expect(pages.length).toBeGreaterThan(1);
    const sectionOf = (i: number) => sections.rows[i]?.item.id.split('-')[0];
    for (const page of pages.slice(1)) {
      expect(sectionOf(page.start)).not.toBe(sectionOf(page.start - 1));
    }
  });

  it('a static render refuses it with the plan, in the preset and size it names', () => {
    let error: unknown;
    try {
      renderToSvgDocument({ chart: 'goal-bars', data }, { preset: 'slide-16x9' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RenderError);
    const renderError = error as RenderError;
    expect(renderError.code).toBe('does-not-fit');
    expect(renderError.message).toMatch(
      /^"goal-bars" does not fit slide-16x9 \(1920×1080 px\) with text of at least 20 px: its 42 rows need \d+ px of height\. Split it into \d+ parts \(rows 1–\d+, /,
    );
    expect(renderError.plan?.pages.length).toBe(layout.fit?.pages.length);
  });

  it('fits whole at the natural height (no fixed height): no report of not fitting', () => {
    const natural = computeGoalBarLayout({ ...input, height: undefined, options: OPTIONS });
    expect(natural.fit).toBeUndefined();
    expect(natural.height).toBe(natural.naturalHeight);
  });
});

describe('GoalBarChart at a fixed height with room to spare', () => {
  it('gives cut labels more lines before it spreads the rows apart', () => {
    // Four 330-character goals: three lines cut them on a slide, and the slide has room for all of them.
    const data: GoalBarData = oneGroup(
      '',
      ENDINGS.slice(0, 4).map((end, i) => ({
        id: `g${i}`,
        label: `Tavoite ${i + 1}: ${OPENING}${OPENING}${end}`,
        value: 2 + i / 2,
      })),
    );
    const input = { data, width: 1920, locale: 'fi' as const, theme: slideTheme, options: OPTIONS };
    const natural = computeGoalBarLayout(input);
    expect(natural.truncatedCount).toBeGreaterThan(0);
    const slide = computeGoalBarLayout({ ...input, height: 1080 });
    expect(slide.fit?.fits).toBe(true);
    expect(slide.truncatedCount).toBe(0);
    expect(slide.maxLabelLines).toBeGreaterThan(3);
    expect(slide.height).toBe(1080);
  });
});

describe('GoalBarChart packed to a fixed height', () => {
  it('keeps room between the bars of one-line rows (bars thinner than a label line)', () => {
    // 12 long goals (invented stress data) on a 16:9 slide: eight rows get a second line, four stay at
    // one, the gaps at their narrowest. With bars as thick as a line those rows read as bar on bar.
    const data = goalBars12('fi');
    const slide = computeGoalBarLayout({
      data,
      width: 1920,
      height: 1080,
      locale: 'fi',
      theme: slideTheme,
      options: OPTIONS,
    });
    expect(slide.density.packedBars).toBe(true);
    const line = slide.font.labelLineHeight;
    const oneLine = slide.rows.filter((row) => row.labelLines.length === 1);
    expect(oneLine.length).toBeGreaterThan(1);
    const pairs = slide.rows.slice(1).flatMap((row, i) => {
      const above = slide.rows[i];
      return above?.bar && row.bar && above.labelLines.length === 1 && row.labelLines.length === 1
        ? [[above.bar, row.bar] as const]
        : [];
    });
    expect(pairs.length).toBeGreaterThan(0);
    for (const [upper, lower] of pairs) {
      expect(lower.y - (upper.y + upper.height)).toBeGreaterThanOrEqual(line / 4);
    }
    for (const row of slide.rows) {
      if (row.bar) expect(row.bar.height).toBeLessThanOrEqual(0.75 * line);
    }
  });
});

describe('GoalBarChart taller than a screen', () => {
  it('repeats the scale over the rows (numbers and level names above, ticks rising to its line)', () => {
    const tall = computeGoalBarLayout({
      data: manyGoals(7, 6),
      width: 1280,
      locale: 'fi',
      theme: defaultTheme,
      options: OPTIONS,
    });
    expect(tall.plot.bottom - tall.plot.top).toBeGreaterThan(60 * defaultTheme.fontSize.label);
    const top = tall.topAxis;
    expect(top).not.toBeNull();
    if (!top) return;
    expect(top.ticks.map((t) => t.number)).toEqual(['1', '2', '3', '4', '5']);
    expect(top.ticks.map((t) => t.x)).toEqual(tall.axis.ticks.map((t) => t.x));
    expect(top.labelY).toBeLessThan(top.numberY);
    expect(top.numberY).toBeLessThan(top.y);
    expect(top.tickLength).toBeLessThan(0);
    expect(top.titleLines).toEqual([]);
    // Rows start under it; the first row's box is below its line.
    expect(tall.plot.top).toBeGreaterThan(top.y);
    expect(tall.rows[0]?.rowBox.y).toBeGreaterThanOrEqual(top.y);
  });

  it('keeps one axis, at the bottom, on a chart that fits a screen', () => {
    const short = computeGoalBarLayout({
      data: manyGoals(1, 5),
      width: 1280,
      locale: 'fi',
      theme: defaultTheme,
      options: OPTIONS,
    });
    expect(short.topAxis).toBeNull();
  });

  it('measures the same height it builds, with the top axis (fixed height fits exactly)', () => {
    const data = manyGoals(7, 6);
    const natural = computeGoalBarLayout({
      data,
      width: 1280,
      locale: 'fi',
      theme: defaultTheme,
      options: OPTIONS,
    });
    const fixed = computeGoalBarLayout({
      data,
      width: 1280,
      height: natural.naturalHeight,
      locale: 'fi',
      theme: defaultTheme,
      options: OPTIONS,
    });
    expect(fixed.fit?.fits).toBe(true);
    expect(fixed.naturalHeight).toBeLessThanOrEqual(natural.naturalHeight);
    expect(fixed.topAxis).not.toBeNull();
  });
});
