// GoalBarChart's data, validation and layout through the public entry (computeGoalBarLayout and its
// face). The internal parts of the layout (the build pass, columns, sort order, the words of describe.ts
// beyond the key finding) are tested in tests/internals/GoalBarChart.compute.test.ts.
// Values hard-coded as printed in 003_ae88570eab8abfd8.txt (the 2024 municipal survey): the summary page's
// goal means and the title page's "6/10 alueen kuntaa vastasi".
import { describe, expect, it } from 'vitest';
import { survey2024 } from '@yhdyspinta/data';
import {
  computeGoalBarLayout,
  defaultTheme,
  getMessages,
  goalBarFromSurvey,
  goalBarKeyFinding,
  measureText,
  slideTheme,
  validateGoalBarData,
} from '@yhdyspinta/charts';
import type { GoalBarLayout } from '@yhdyspinta/charts';
import {
  OPTIONS,
  PRINTED_GOAL_MEANS,
  expectNoOverlap,
  fiData,
  illustrative,
  layout,
} from './support/goalBarLayout';

describe('goalBarFromSurvey', () => {
  it('takes the goals in source order with their published means and the base 6/10', () => {
    const values = fiData.groups.flatMap((g) => g.items.map((i) => i.value));
    expect(values).toEqual(PRINTED_GOAL_MEANS);
    expect(fiData.groups).toHaveLength(10);
    expect(fiData.base).toEqual({ answered: 6, total: 10 });
    const older = fiData.groups.find((g) => g.id === 'older-people');
    expect(older?.items[0]?.label).toBe('Ikääntyneiden palvelut');
    expect(fiData.groups.at(-1)?.items[0]?.children).toHaveLength(9);
  });

  it('uses the locale of the texts', () => {
    const sv = goalBarFromSurvey(survey2024, 'sv');
    expect(sv.groups[0]?.label).toBe('Välfärdsområdesstrategin');
    expect(sv.groups.flatMap((g) => g.items.map((i) => i.value))).toEqual(PRINTED_GOAL_MEANS);
  });
});

describe('validateGoalBarData', () => {
  it('accepts the survey data and null (no data) values', () => {
    expect(validateGoalBarData(fiData).ok).toBe(true);
    expect(validateGoalBarData(illustrative).ok).toBe(true);
  });

  it('calls data without items empty', () => {
    expect(validateGoalBarData({ groups: [] })).toEqual({ ok: false, kind: 'empty', problems: [] });
    expect(validateGoalBarData({ groups: [{ id: 'a', label: 'A', items: [] }] }).ok).toBe(false);
  });

  it('rejects values off the 1–5 scale, NaN, duplicate ids, missing labels and a bad base', () => {
    const bad = (value: unknown) =>
      validateGoalBarData({
        groups: [{ id: 'g', label: '', items: [{ id: 'x', label: 'X', value }] }],
      });
    for (const value of [0, 5.1, Number.NaN, Number.POSITIVE_INFINITY, '2,7', undefined]) {
      expect(bad(value)).toMatchObject({ ok: false, kind: 'invalid' });
    }
    const dup = validateGoalBarData({
      groups: [
        {
          id: 'g',
          label: '',
          items: [
            { id: 'x', label: 'X', value: 2, children: [{ id: 'x', label: 'Y', value: 3 }] },
            { id: 'z', label: ' ', value: 2 },
          ],
        },
      ],
      base: { answered: 11, total: 10 },
    });
    expect(dup.ok).toBe(false);
    if (!dup.ok) expect(dup.problems).toHaveLength(3);
    expect(validateGoalBarData(null).ok).toBe(false);
    expect(validateGoalBarData({ groups: 'x' }).ok).toBe(false);
  });
});

describe('computeGoalBarLayout: scale and bars', () => {
  const l = layout();

  it('uses the full 1–5 scale with bars starting at the minimum 1', () => {
    expect(l.scale.domain()).toEqual([1, 5]);
    expect(l.scale.range()).toEqual([l.plot.x0, l.plot.x1]);
    expect(l.rows).toHaveLength(PRINTED_GOAL_MEANS.length);
    for (const row of l.rows) {
      expect(row.bar?.x).toBe(l.plot.x0);
      expect(row.bar?.width).toBeCloseTo(l.scale(row.item.value ?? 1) - l.plot.x0, 6);
    }
    expect(l.reference).toEqual({ value: 3, x: l.scale(3) });
    expect(l.axis.ticks.map((t) => t.number)).toEqual(['1', '2', '3', '4', '5']);
    expect(l.axis.ticks.map((t) => t.labelLines.join(' '))).toEqual([
      'Ei lainkaan',
      'Heikosti',
      'Kohtalaisesti',
      'Hyvin',
      'Erinomaisesti',
    ]);
  });

  it('prints each value with one decimal and a decimal comma', () => {
    expect(l.rows.map((r) => r.valueText)).toEqual(
      PRINTED_GOAL_MEANS.map((v) => v.toFixed(1).replace('.', ',')),
    );
  });

  it('draws a value of 1 as a minimum bar (so it is not read as no data) and a missing value as a hatched square with "ei tietoa"', () => {
    const rows = layout({ data: illustrative }).rows;
    expect(rows[1]?.item.value).toBe(1);
    expect(rows[1]?.bar?.width).toBe(defaultTheme.spacing.xs);
    expect(rows[1]?.valueText).toBe('1,0');
    expect(rows[2]?.bar).toBeNull();
    expect(rows[2]?.missing).not.toBeNull();
    expect(rows[2]?.valueText).toBe('ei tietoa');
  });

  it('shows section headers except where one would repeat its only goal', () => {
    expect(l.groups.map((g) => g.lines.join(' '))).toEqual([
      'Hyvinvointialuestrategia',
      'Palvelustrategia 1/4',
      'Palvelustrategia 2/4',
      'Palvelustrategia 3/4',
      'Palvelustrategia 4/4',
    ]);
  });
});

describe('computeGoalBarLayout: labels and heights', () => {
  it('wraps labels within the label column and grows rows with their line count', () => {
    const l = layout();
    const labelRoom = l.plot.x0 - defaultTheme.spacing.lg - defaultTheme.spacing.md;
    expect(l.rows).toHaveLength(PRINTED_GOAL_MEANS.length);
    for (const row of l.rows) {
      for (const line of row.labelLines)
        expect(measureText(line, l.font.label)).toBeLessThanOrEqual(labelRoom);
    }
    const oneLine = l.rows.find((r) => r.labelLines.length === 1);
    const threeLines = l.rows.find((r) => r.labelLines.length === 3);
    expect(threeLines!.rowBox.height).toBeGreaterThan(oneLine!.rowBox.height);
  });

  it('never overlaps rows, headers or the axis', () => {
    expectNoOverlap(layout({}, { showSubGoals: true }));
    expectNoOverlap(layout());
  });

  it('cuts a 300-character label at maxLabelLines with an ellipsis', () => {
    const row = layout({ data: illustrative }, { maxLabelLines: 2 }).rows[1]!;
    expect(row.item.label.length).toBeGreaterThan(300);
    expect(row.labelLines).toHaveLength(2);
    expect(row.labelTruncated).toBe(true);
    expect(row.labelLines[1]?.endsWith('…')).toBe(true);
  });

  it('gives cut labels one more line from the top when room remains, completing labels first', () => {
    // Between the tightest 1-line and 2-line layouts: every label has 1 line, some get a second.
    const floor = layout({ height: 1 });
    const l = layout({ height: floor.naturalHeight + 2 * floor.font.labelLineHeight + 1 });
    expect(l.maxLabelLines).toBe(1);
    expect(l.promotedRows.size).toBe(2);
    for (const row of l.rows) {
      expect(row.labelLines.length).toBe(l.promotedRows.has(row.index) ? 2 : 1);
    }
    const full = layout({}, { maxLabelLines: 2 });
    const completable = full.rows.filter((r) => r.labelLines.length === 2 && !r.labelTruncated);
    expect([...l.promotedRows]).toEqual(completable.slice(0, 2).map((r) => r.index));
    expect(l.overflow).toBe(false);
  });
});

describe('computeGoalBarLayout: sections, legend and axis title', () => {
  it('joins the name of a one-goal section to its goal as a prefix line; larger sections get a header row', () => {
    const l = layout();
    expect(l.groups.map((g) => [g.kind, g.lines.join(' ')])).toEqual([
      ['header', 'Hyvinvointialuestrategia'],
      ['prefix', 'Palvelustrategia 1/4'],
      ['prefix', 'Palvelustrategia 2/4'],
      ['prefix', 'Palvelustrategia 3/4'],
      ['prefix', 'Palvelustrategia 4/4'],
    ]);
    const prefix = l.groups[1]!;
    const row = l.rows[2]!; // "Kuntien ja muiden keskeisten toimijoiden…", the only goal of 1/4
    expect(row.groupLabel).toBe('Palvelustrategia 1/4');
    expect(prefix.y).toBeCloseTo(row.rowBox.y + defaultTheme.spacing.xs / 2, 6);
    expect(row.labelY).toBeGreaterThanOrEqual(prefix.y + l.font.prefixLineHeight - 0.001);
    // One style per level: a prefix is drawn like a header (size, weight, colour), only placed on its row.
    expect(l.font.prefix).toBe(l.font.group);
    expect(l.font.prefix).toBe(defaultTheme.fontSize.groupLabel);
    // With its sub-goals shown the section has several rows: a header row again.
    const subs = layout({}, { showSubGoals: true });
    expect(subs.groups.find((g) => g.lines.join(' ') === 'Palvelustrategia 1/4')?.kind).toBe(
      'header',
    );
  });

  it('sets every section apart, with or without a header', () => {
    const l = layout();
    const gap = (i: number) =>
      l.rows[i]!.rowBox.y - (l.rows[i - 1]!.rowBox.y + l.rows[i - 1]!.rowBox.height);
    // Rows 6 and 7 ("Aikuisten sosiaalipalvelut", "Ikääntyneiden palvelut") are headerless sections;
    // rows 0 and 1 share the section "Hyvinvointialuestrategia".
    expect(l.rows[7]!.item.label).toBe('Ikääntyneiden palvelut');
    expect(gap(7)).toBeCloseTo(gap(1) + defaultTheme.spacing.sm, 6);
    expect(layout({}, { grouped: false }).groups).toHaveLength(0);
  });

  it('puts the legend over the bar column on the line of the base note, and the axis title under the axis', () => {
    const l = layout({}, { comparison: 'mean' });
    const note = l.header.notes[0]!;
    expect(l.legend.entries.map((e) => e.swatchX - defaultTheme.spacing.sm / 2)).toEqual([
      l.plot.x0,
      l.plot.x0,
    ]);
    expect(l.legend.entries[0]!.y).toBeGreaterThan(note.y);
    expect(l.legend.entries[0]!.y).toBeLessThan(note.y + note.lineHeight);
    expect(l.plot.top).toBe(Math.max(l.header.height, l.legend.bottom));
    // Under the level names, centred on the bars.
    expect(l.axis.titleAnchor).toBe('middle');
    expect(l.axis.titleY).toBeGreaterThan(l.axis.labelY);
    expect(l.axis.titleX).toBeCloseTo((l.plot.x0 + l.plot.x1) / 2, 6);
    // Stacked (narrow): the legend under the header, the axis title centred under the level names.
    const narrow = layout({ width: 400 });
    expect(narrow.legend.entries[0]!.y).toBe(narrow.header.height);
    expect(narrow.axis.titleAnchor).toBe('middle');
    expect(narrow.axis.titleY).toBeGreaterThan(narrow.axis.labelY);
  });
});

describe('computeGoalBarLayout: slides (slideTheme, 1080 px high)', () => {
  const slide = (locale: 'fi' | 'sv' | 'en', width: number) =>
    computeGoalBarLayout({
      data: goalBarFromSurvey(survey2024, locale),
      width,
      height: 1080,
      locale,
      theme: slideTheme,
      options: { ...OPTIONS, title: getMessages(locale).goalBar.title },
    });

  it.each([
    ['fi', 1920],
    ['sv', 1920],
    ['fi', 1440],
    ['sv', 1440],
  ] as const)(
    '%s at %i × 1080: every goal text has at least 2 lines or is complete',
    (locale, width) => {
      const l = slide(locale, width);
      expect(l.rows).toHaveLength(11);
      for (const row of l.rows) {
        expect(row.labelLines.length >= 2 || !row.labelTruncated).toBe(true);
      }
      expect(l.naturalHeight).toBeLessThanOrEqual(1080);
      expect(l.overflow).toBe(false);
      expect(l.font.label).toBe(slideTheme.fontSize.label);
      expect(l.font.value).toBe(slideTheme.fontSize.value);
      expectNoOverlap(l);
    },
  );

  it.each([1920, 1440])('en at %i × 1080 fits without scaling', (width) => {
    const l = slide('en', width);
    expect(l.naturalHeight).toBeLessThanOrEqual(1080);
    expect(l.overflow).toBe(false);
    expect(l.height).toBe(1080);
    expect(l.font.label).toBe(slideTheme.fontSize.label);
    expectNoOverlap(l);
  });

  it('keeps the semantics: bars from 1, the neutral 3 line, every value printed', () => {
    const l = slide('fi', 1920);
    expect(l.rows.every((r) => r.bar?.x === l.plot.x0)).toBe(true);
    expect(l.reference.x).toBeCloseTo(l.scale(3), 6);
    expect(l.rows.map((r) => r.valueText)).toEqual(
      PRINTED_GOAL_MEANS.map((v) => v.toFixed(1).replace('.', ',')),
    );
    expect(l.header.notes[0]?.lines).toEqual(['n = 6/10 kuntaa']);
  });
});

describe('sorting and sub-goals', () => {
  const values = (l: ReturnType<typeof layout>) => l.rows.map((r) => r.item.value);

  it('keeps source order by default', () => {
    expect(values(layout())).toEqual(PRINTED_GOAL_MEANS);
  });

  it('sorts within sections when grouped (sections keep their order)', () => {
    const l = layout({}, { sort: 'score-desc' });
    expect(values(l).slice(0, 2)).toEqual([2.7, 2.2]);
    expect(l.groups[0]!.y).toBeLessThan(l.rows[0]!.rowBox.y);
  });

  it('ranks all goals without headers when not grouped; ties keep source order', () => {
    const desc = layout({}, { sort: 'score-desc', grouped: false });
    expect(desc.groups).toHaveLength(0);
    expect(values(desc)).toEqual([...PRINTED_GOAL_MEANS].sort((a, b) => b - a));
    const ties = desc.rows.filter((r) => r.item.value === 2.7).map((r) => r.groupLabel);
    expect(ties).toEqual([
      'Hyvinvointialuestrategia',
      'Palvelustrategia 1/4',
      'Ikääntyneiden palvelut',
    ]);
    expect(values(layout({}, { sort: 'score-asc', grouped: false }))).toEqual(
      [...PRINTED_GOAL_MEANS].sort((a, b) => a - b),
    );
  });

  it('shows sub-goals under their goal, indented, in their own order', () => {
    const l = layout({}, { showSubGoals: true });
    expect(l.rows).toHaveLength(11 + 4 + 1 + 1 + 1 + 2 + 1 + 3 + 2 + 9);
    const first = l.rows.findIndex((r) => r.level === 1);
    expect(l.rows[first - 1]?.item.value).toBe(2.7); // "Kuntien ja muiden keskeisten toimijoiden…"
    expect(l.rows.slice(first, first + 4).map((r) => r.item.value)).toEqual([2.3, 2.8, 2.5, 3.2]);
    expect(l.rows[first]!.labelX).toBeGreaterThan(l.rows[0]!.labelX);
    expect(l.rows[first]!.parent?.id).toBe(l.rows[first - 1]!.item.id);
  });
});

describe('comparison marker', () => {
  it('places a given value, and drops one off the scale', () => {
    const l = layout({}, { comparison: { value: 3.2, label: 'Tavoite' } });
    expect(l.comparison).toEqual({ value: 3.2, label: 'Tavoite', x: l.scale(3.2) });
    expect(layout({}, { comparison: { value: 6, label: 'x' } }).comparison).toBeNull();
    expect(layout().comparison).toBeNull();
  });
});

describe('words: the key finding', () => {
  it('states the key finding: highest, lowest (ties), count and base', () => {
    expect(goalBarKeyFinding(fiData, 'fi')).toBe(
      '11 tavoitetta asteikolla 1–5 (n = 6/10 kuntaa). Korkein keskiarvo 3,4: ' +
        'Pelastustoimen palvelutasopäätös. Matalin keskiarvo 2,1: ' +
        '”Lasten, nuorten ja perheiden palvelut” ja ”Vammaispalvelut”.',
    );
    expect(goalBarKeyFinding(goalBarFromSurvey(survey2024, 'en'), 'en')).toContain(
      'Highest mean 3.4',
    );
  });
});

describe('computeGoalBarLayout: odd maxLabelLines (found by the property tests)', () => {
  const lines = (l: GoalBarLayout) => l.rows.map((r) => r.labelLines);

  it('treats NaN, 0 and negatives as the default 3', () => {
    const byDefault = layout({ data: illustrative });
    for (const odd of [Number.NaN, 0, -1, Number.NEGATIVE_INFINITY]) {
      const l = layout({ data: illustrative }, { maxLabelLines: odd });
      expect(l.maxLabelLines, String(odd)).toBe(3);
      expect(lines(l), String(odd)).toEqual(lines(byDefault));
    }
  });

  it('finishes on 1e6 and Infinity with a fixed height (it tried every limit down to 1 and hung)', () => {
    const natural = layout({ data: illustrative }, { maxLabelLines: 20 });
    for (const huge of [1e6, Number.POSITIVE_INFINITY]) {
      for (const height of [natural.height - 40, 200, 1]) {
        const start = performance.now();
        const l = layout({ data: illustrative, height }, { maxLabelLines: huge });
        expect(performance.now() - start).toBeLessThan(1000);
        const capped = layout({ data: illustrative, height }, { maxLabelLines: 20 });
        expect(l.maxLabelLines).toBe(capped.maxLabelLines);
        expect(lines(l)).toEqual(lines(capped));
        expect(l.overflow).toBe(capped.overflow);
      }
    }
  });
});
