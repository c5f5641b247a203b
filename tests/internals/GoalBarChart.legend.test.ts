// GoalBarChart's legend without React (GoalBarChart/legend.ts): entries packed onto lines, a text wider
// than a line wrapped whole, and the legend beside the header's note when it fits there. Every layout is
// computed inside its test. Illustrative texts only.
import { describe, expect, it } from 'vitest';
import { defaultTheme, measureText, wrapText } from '@yhdyspinta/charts';
import { layoutChartHeader } from '../../packages/charts/src/layout/chartHeader';
import type { ChartHeaderLayout } from '../../packages/charts/src/layout/chartHeader';
import type { GoalBarColumns } from '../../packages/charts/src/GoalBarChart/columns';
import { layoutLegend, placeLegend } from '../../packages/charts/src/GoalBarChart/legend';
import type { LegendItem } from '../../packages/charts/src/GoalBarChart/legend';
import { metricsFor } from '../../packages/charts/src/text/measureText';

const { spacing } = defaultTheme;
const FONT = defaultTheme.fontSize.small;
const LINE = FONT * defaultTheme.lineHeight;
/** An entry's width: the swatch, a gap and the text. */
const entryWidth = (text: string) => spacing.sm + spacing.xs + measureText(text, FONT);

const REFERENCE: LegendItem = { kind: 'reference', text: 'Neutraali taso 3' };
const COMPARISON: LegendItem = { kind: 'comparison', text: 'Kaikkien kuntien keskiarvo' };

describe('GoalBarChart legend: entries on lines', () => {
  it('packs entries left to right on one line, each its swatch then its text', () => {
    const legend = layoutLegend([REFERENCE, COMPARISON], 50, 800, defaultTheme, 'fi');
    const second = spacing.md + entryWidth(REFERENCE.text) + spacing.lg;
    expect(legend.entries.map((e) => [e.kind, e.lines, e.y])).toEqual([
      ['reference', [REFERENCE.text], 50],
      ['comparison', [COMPARISON.text], 50],
    ]);
    expect(legend.entries[0]?.swatchX).toBe(spacing.md + spacing.sm / 2);
    expect(legend.entries[0]?.textX).toBe(spacing.md + spacing.sm + spacing.xs);
    expect(legend.entries[1]?.swatchX).toBeCloseTo(second + spacing.sm / 2, 9);
    expect(legend.entries[1]?.textX).toBeCloseTo(second + spacing.sm + spacing.xs, 9);
    expect([legend.fontSize, legend.lineHeight]).toEqual([FONT, LINE]);
    expect(legend.bottom).toBeCloseTo(50 + LINE + spacing.sm, 9);
  });

  it('starts a new line at the right padding, from the left', () => {
    // Room for the first entry and all of the second but one pixel.
    const width =
      spacing.md + entryWidth(REFERENCE.text) + spacing.lg + entryWidth(COMPARISON.text) - 1;
    const legend = layoutLegend(
      [REFERENCE, COMPARISON],
      50,
      width + spacing.md,
      defaultTheme,
      'fi',
    );
    expect(legend.entries.map((e) => [e.y, e.lines.length])).toEqual([
      [50, 1],
      [50 + LINE, 1],
    ]);
    expect(legend.entries[1]?.swatchX).toBe(spacing.md + spacing.sm / 2);
    expect(legend.bottom).toBeCloseTo(50 + 2 * LINE + spacing.sm, 9);
    // A pixel more and both share the line.
    const wider = layoutLegend(
      [REFERENCE, COMPARISON],
      50,
      width + spacing.md + 2,
      defaultTheme,
      'fi',
    );
    expect(wider.entries.map((e) => e.y)).toEqual([50, 50]);
  });

  it('wraps a text wider than a whole line under its own first line; the next entry starts under it', () => {
    const long: LegendItem = {
      kind: 'previous',
      text: 'Edellisen kyselykierroksen keskiarvo samalla asteikolla, kunnittain vertailtuna',
    };
    const legend = layoutLegend([long, REFERENCE], 50, 240, defaultTheme, 'fi');
    const [first, second] = legend.entries;
    const textX = spacing.md + spacing.sm + spacing.xs;
    const lines = wrapText(long.text, { maxWidth: 240 - spacing.md - textX, fontSize: FONT }).lines;
    expect(lines.length).toBeGreaterThan(1);
    // The first entry never moves down: it starts the line.
    expect(first?.y).toBe(50);
    expect(first?.lines).toEqual(lines);
    expect(second?.y).toBeCloseTo(50 + lines.length * LINE, 9);
    expect(second?.swatchX).toBe(spacing.md + spacing.sm / 2);
    expect(legend.bottom).toBeCloseTo(50 + (lines.length + 1) * LINE + spacing.sm, 9);
  });

  it('starts at `left` and takes no height without entries', () => {
    const legend = layoutLegend([REFERENCE], 50, 800, defaultTheme, 'fi', 300);
    expect(legend.entries[0]?.swatchX).toBe(300 + spacing.sm / 2);
    const empty = layoutLegend([], 50, 800, defaultTheme, 'fi');
    expect(empty.entries).toEqual([]);
    expect(empty.bottom).toBe(50);
  });
});

describe('GoalBarChart legend: beside the header or under it', () => {
  const header = (note: string, width = 900): ChartHeaderLayout =>
    layoutChartHeader({
      title: 'Tavoitteet',
      notes: [note],
      width,
      theme: defaultTheme,
      locale: 'fi',
    });
  const columns = (mode: GoalBarColumns['mode'], x0 = 420): GoalBarColumns => ({
    mode,
    pad: spacing.md,
    inner: 900 - 2 * spacing.md,
    labelWidth: x0 - 2 * spacing.md,
    x0,
    x1: 900 - spacing.md,
  });
  const items = [REFERENCE, COMPARISON];
  /** placeLegend in a 900-px chart, default theme, Finnish. */
  const place = (shown: readonly LegendItem[], head: ChartHeaderLayout, cols: GoalBarColumns) =>
    placeLegend(shown, head, cols, 900, defaultTheme, 'fi');

  it('goes over the bar column on the note’s line, baselines aligned, when the note ends left of it', () => {
    const head = header('n = 6/10 kuntaa');
    const note = head.notes[0];
    const legend = place(items, head, columns('side'));
    const cap = metricsFor(400).capHeight;
    const top =
      (note?.y ?? NaN) +
      ((note?.lineHeight ?? NaN) - LINE) / 2 +
      (cap * ((note?.fontSize ?? NaN) - FONT)) / 2;
    expect(legend.entries[0]?.swatchX).toBe(420 + spacing.sm / 2);
    expect(legend.entries[0]?.y).toBeCloseTo(top, 9);
    expect(legend.entries[0]?.y).not.toBeCloseTo(note?.y ?? NaN, 1);
    // The rows start under the header or the legend, whichever is lower.
    expect(legend.bottom).toBe(Math.max(head.height, top + LINE + spacing.sm));
  });

  it('takes its own lines under the header when stacked, without a note, or without entries', () => {
    const head = header('n = 6/10 kuntaa');
    const under = place(items, head, columns('stacked'));
    expect(under.entries[0]?.y).toBe(head.height);
    expect(under.entries[0]?.swatchX).toBe(spacing.md + spacing.sm / 2);
    const noNote = layoutChartHeader({ title: 'Tavoitteet', width: 900, theme: defaultTheme });
    const bare = place(items, noNote, columns('side'));
    expect(bare.entries[0]?.y).toBe(noNote.height);
    const none = place([], head, columns('side'));
    expect(none.bottom).toBe(head.height);
  });

  it('goes under the header when the note reaches the bar column (with a gap of spacing.lg)', () => {
    const note = 'n = 6/10 kuntaa vastasi kyselyyn';
    const head = header(note);
    const noteRight = head.x + measureText(note, head.notes[0]?.fontSize ?? NaN);
    // The bar column starts just inside the gap after the note: under the header.
    const close = place(items, head, columns('side', noteRight + spacing.lg - 1));
    expect(close.entries[0]?.y).toBe(head.height);
    // Just outside it: beside.
    const apart = place(items, head, columns('side', noteRight + spacing.lg + 1));
    expect(apart.entries[0]?.y).toBeLessThan(head.height);
  });

  it('goes under the header when an entry is wider than the bar column', () => {
    const head = header('n = 6/10');
    // The column from x0 to the right padding holds the reference entry but not the comparison's.
    const x0 = 900 - spacing.md - entryWidth(COMPARISON.text) + 1;
    expect(900 - spacing.md - x0).toBeGreaterThan(entryWidth(REFERENCE.text));
    const legend = place(items, head, columns('side', x0));
    expect(legend.entries[0]?.y).toBe(head.height);
    const fits = place([REFERENCE], head, columns('side', x0));
    expect(fits.entries[0]?.y).toBeLessThan(head.height);
  });
});
