// GoalBarChart's layout through the public entry (computeGoalBarLayout): scale, bars, printed values and
// their halos, labels, sections, legend and axis. Slides, sorting and odd line limits are in
// GoalBarChart.layoutOptions.test.ts, the data and its words in GoalBarChart.data.test.ts; the internal
// parts (the build pass, columns, sort order) in tests/internals/GoalBarChart.compute.test.ts.
// Values hard-coded as printed in 003_ae88570eab8abfd8.txt (the 2024 municipal survey).
import { describe, expect, it } from 'vitest';
import { defaultTheme, measureText } from '@yhdyspinta/charts';
import type { GoalBarRow } from '@yhdyspinta/charts';
import { PRINTED_GOAL_MEANS, expectNoOverlap, illustrative, layout } from './support/goalBarLayout';

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

describe('comparison marker', () => {
  it('places a given value, and drops one off the scale', () => {
    const l = layout({}, { comparison: { value: 3.2, label: 'Tavoite' } });
    expect(l.comparison).toEqual({ value: 3.2, label: 'Tavoite', x: l.scale(3.2) });
    expect(layout({}, { comparison: { value: 6, label: 'x' } }).comparison).toBeNull();
    expect(layout().comparison).toBeNull();
  });
});

describe('computeGoalBarLayout: value halos', () => {
  const item = (id: string, value: number | null) => ({ id, label: `Tavoite ${id}`, value });
  const data = {
    groups: [
      {
        id: 'a',
        label: '',
        // 1,9 ends just before the grid line at 2; 1,2 far from any line; 2,9 just before the neutral 3.
        items: [item('a', 1.9), item('b', 1.2), item('c', 2.9), item('d', 4.9), item('e', null)],
      },
    ],
  };
  const l = layout({ data });
  const row = (id: string) => l.rows.find((r) => r.item.id === id) as GoalBarRow;
  const { bold, normal } = defaultTheme.fontWeight;
  const width = (r: GoalBarRow) => measureText(r.valueText, l.font.value, r.bar ? bold : normal);
  // A 1 px grid line at a tick runs through the value's box.
  const gridRunsThrough = (r: GoalBarRow) =>
    l.axis.ticks.some((t) => t.x + 0.5 > r.valueX && t.x - 0.5 < r.valueX + width(r));

  it('puts a halo under a value a grid line runs through, and none under one no line crosses', () => {
    expect(gridRunsThrough(row('a'))).toBe(true);
    expect(row('a').valueHalo).toBe(true);
    expect(gridRunsThrough(row('b'))).toBe(false);
    expect(row('b').valueHalo).toBe(false);
    expect(l.rows).toHaveLength(5);
    for (const r of l.rows) expect(r.valueHalo, r.valueText).toBe(gridRunsThrough(r));
  });

  it('moves a value past the neutral line instead, so it needs no halo', () => {
    const c = row('c');
    expect(c.valueText).toBe('2,9');
    expect(c.bar && c.bar.x + c.bar.width).toBeLessThan(l.reference.x);
    expect(c.valueX).toBeGreaterThan(l.reference.x);
    expect(c.valueHalo).toBe(false);
  });
});
