// The drawing of GoalBarChart without React: marks (paths and texts), pointer → row, keyboard moves, the
// data table (full or summarised), the measure pass and the per-call cache. Illustrative data only.
import { describe, expect, it } from 'vitest';
import { survey2024 } from '@yhdyspinta/data';
import {
  computeGoalBarLayout,
  defaultTheme,
  goalBarFromSurvey,
  measureText,
  wrapText,
} from '@yhdyspinta/charts';
import type { GoalBarData, GoalBarLayoutInput, GoalBarOptions } from '@yhdyspinta/charts';
import {
  buildGoalBarLayout,
  measureGoalBarLayout,
} from '../../packages/charts/src/GoalBarChart/build';
import { createGoalBarBuildCache } from '../../packages/charts/src/GoalBarChart/buildCache';
import { goalBarTable } from '../../packages/charts/src/GoalBarChart/describe';
import { goalBarMarks, rowIndexAt } from '../../packages/charts/src/GoalBarChart/marks';
import { LOOSE } from '../../packages/charts/src/GoalBarChart/stack';
import {
  GOAL_TABLE_ROW_LIMIT,
  goalBarDataTable,
} from '../../packages/charts/src/GoalBarChart/table';
import { RectsPath } from '../../packages/charts/src/geometry/path';
import { OPTIONS as DEFAULT_OPTIONS } from '../support/goalBarLayout';
import { lineBaseline } from '../../packages/charts/src/text/TextLines';

/** The compute tests' default options, with the mean marker. */
const OPTIONS: GoalBarOptions = { ...DEFAULT_OPTIONS, comparison: 'mean' };

/** `count` goals in two sections, every 7th without a value (illustrative). */
function manyGoals(count: number): GoalBarData {
  const item = (i: number) => ({
    id: `g${i}`,
    label: `Tavoite ${i + 1}`,
    value: i % 7 === 3 ? null : 1 + ((i * 13) % 41) / 10,
  });
  const half = Math.ceil(count / 2);
  return {
    groups: [
      { id: 'a', label: 'Osio A', items: Array.from({ length: half }, (_, i) => item(i)) },
      {
        id: 'b',
        label: 'Osio B',
        items: Array.from({ length: count - half }, (_, i) => item(half + i)),
      },
    ],
  };
}

function input(data: GoalBarData, overrides: Partial<GoalBarLayoutInput> = {}): GoalBarLayoutInput {
  return { data, width: 800, locale: 'fi', theme: defaultTheme, options: OPTIONS, ...overrides };
}

/** The rectangles of a path written by RectsPath, in absolute coordinates. */
function rects(d: string): { x: number; y: number; width: number; height: number }[] {
  const out: { x: number; y: number; width: number; height: number }[] = [];
  let x = 0;
  let y = 0;
  for (const m of d.matchAll(/([Mm])(-?[\d.]+) (-?[\d.]+)h(-?[\d.]+)v(-?[\d.]+)h-(-?[\d.]+)z/g)) {
    const [, command, a, b, w, h, back] = m;
    x = command === 'M' ? Number(a) : Math.round((x + Number(a)) * 100) / 100;
    y = command === 'M' ? Number(b) : Math.round((y + Number(b)) * 100) / 100;
    expect(back).toBe(w);
    out.push({ x, y, width: Number(w), height: Number(h) });
  }
  return out;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

describe('goalBarMarks', () => {
  const layout = computeGoalBarLayout(input(manyGoals(60)));
  const marks = goalBarMarks(layout, defaultTheme);

  it('draws every bar as one rectangle of one path per fill, at the layout boxes (to 0.01 px)', () => {
    const bars = layout.rows.filter((r) => r.bar && r.bar.width > 0).map((r) => r.bar!);
    const drawn = rects(marks.goalBars);
    expect(bars.length).toBeGreaterThan(0);
    expect(drawn).toHaveLength(bars.length);
    drawn.forEach((box, i) => {
      const bar = bars[i]!;
      expect(box.x).toBeCloseTo(bar.x, 2);
      expect(box.y).toBeCloseTo(bar.y, 2);
      expect(box.width).toBeCloseTo(bar.width, 2);
      expect(box.height).toBeCloseTo(bar.height, 2);
    });
    const missing = layout.rows.filter((r) => r.missing);
    expect(missing.length).toBeGreaterThan(0);
    expect(rects(marks.missing)).toHaveLength(missing.length);
    expect(marks.subGoalBars).toBe('');
    expect(marks.comparisonPath).toMatch(/^M[\d.]+ [\d.]+V[\d.]+$/);
  });

  it('relative moves never drift over thousands of bars', () => {
    const path = new RectsPath();
    const boxes = Array.from({ length: 3000 }, (_, i) => ({
      x: 425,
      y: 76.5 + i * 28.036512,
      width: (i % 41) * 8.4105,
      height: 18,
    }));
    boxes.forEach((b) => path.add(b));
    const drawn = rects(path.toString());
    expect(drawn).toHaveLength(boxes.length);
    drawn.forEach((box, i) => {
      expect(box.y).toBe(round2(boxes[i]!.y));
      expect(box.width).toBe(round2(boxes[i]!.width));
    });
  });

  it('has every label and value once, at its row baseline, grouped by x', () => {
    const labels = marks.labels.flatMap((c) => c.lines.map((l) => ({ x: c.x, ...l })));
    expect(labels).toHaveLength(layout.rows.length);
    const first = layout.rows[0]!;
    expect(labels[0]).toEqual({
      x: round2(first.labelX),
      key: first.item.id,
      y: round2(lineBaseline(first.labelY, 0, layout.font.label, layout.font.labelLineHeight)),
      text: 'Tavoite 1',
    });
    const { values: plain, haloValues: halo } = marks;
    const columns = [...plain.bold, ...plain.normal, ...halo.bold, ...halo.normal];
    const values = columns.flatMap((c) => c.values.map((v) => ({ x: c.x, ...v })));
    expect(values.map((v) => v.text).sort()).toEqual(layout.rows.map((r) => r.valueText).sort());
    expect([...plain.normal, ...halo.normal].flatMap((c) => c.values).map((v) => v.text)).toEqual(
      Array(layout.rows.filter((r) => r.missing).length).fill('ei tietoa'),
    );
    // Values share their x: one group per position (values moved past a line share the line's).
    const xs = (haloed: boolean) =>
      new Set(
        layout.rows.filter((r) => r.bar && r.valueHalo === haloed).map((r) => round2(r.valueX)),
      );
    expect(plain.bold).toHaveLength(xs(false).size);
    expect(halo.bold).toHaveLength(xs(true).size);
  });

  it('puts a value over a halo exactly when the layout says a line runs through it', () => {
    const haloed = layout.rows.filter((r) => r.valueHalo).map((r) => r.valueText);
    const plain = layout.rows.filter((r) => !r.valueHalo).map((r) => r.valueText);
    expect(haloed.length).toBeGreaterThan(0);
    expect(plain.length).toBeGreaterThan(haloed.length);
    const texts = (v: typeof marks.values) =>
      [...v.bold, ...v.normal].flatMap((c) => c.values.map((p) => p.text)).sort();
    expect(texts(marks.haloValues)).toEqual(haloed.sort());
    expect(texts(marks.values)).toEqual(plain.sort());
  });

  it('writes a label of several lines as lines ending in a space, but the last', () => {
    const long =
      'Pitkä tavoite, joka ei mahdu yhdelle riville vaan jatkuu seuraavalle ja vielä sitäkin seuraavalle';
    const l = computeGoalBarLayout(
      input({ groups: [{ id: 'a', label: '', items: [{ id: 'x', label: long, value: 3 }] }] }),
    );
    const [wrapped] = goalBarMarks(l, defaultTheme).labels.flatMap((c) => c.wrapped);
    expect(wrapped!.lines.length).toBeGreaterThan(1);
    expect(wrapped!.lines.map((line) => line.text).join('')).toBe(long);
    expect(wrapped!.lines.at(-1)!.text.endsWith(' ')).toBe(false);
  });
});

describe('rowIndexAt (pointer → row)', () => {
  const layout = computeGoalBarLayout(input(manyGoals(40)));
  it('finds the row whose box holds the point, and null between rows, on headers and outside', () => {
    expect(layout.rows).toHaveLength(40);
    layout.rows.forEach((row, i) => {
      const { x, y, width, height } = row.rowBox;
      expect(rowIndexAt(layout.rows, x + width / 2, y + height / 2)).toBe(i);
      expect(rowIndexAt(layout.rows, x + 1, y)).toBe(i);
    });
    const first = layout.rows[0]!.rowBox;
    expect(rowIndexAt(layout.rows, first.x + 10, first.y - 1)).toBeNull();
    expect(rowIndexAt(layout.rows, first.x - 1, first.y + 1)).toBeNull();
    const header = layout.groups[1]!;
    expect(rowIndexAt(layout.rows, header.x + 2, header.y + 2)).toBeNull();
    expect(rowIndexAt([], 10, 10)).toBeNull();
  });
});

describe('goalBarDataTable', () => {
  it('lists every bar up to GOAL_TABLE_ROW_LIMIT rows, as goalBarTable does', () => {
    const layout = computeGoalBarLayout(input(goalBarFromSurvey(survey2024, 'fi')));
    const table = goalBarDataTable(layout.rows, 'Otsikko', 'fi');
    const full = goalBarTable(layout.rows, 'fi');
    expect(table.rows).toEqual(full.rows);
    expect(table.columns).toEqual(full.columns);
    expect(table.rows.length).toBe(layout.rows.length);
    expect(table.caption).not.toContain('yhteenveto');
  });

  it('summarises each section above the limit: bars with a value, lowest, highest, mean', () => {
    const count = GOAL_TABLE_ROW_LIMIT + 2;
    const data = manyGoals(count);
    const layout = computeGoalBarLayout(input(data));
    expect(layout.rows.length).toBe(count);
    const table = goalBarDataTable(layout.rows, 'Otsikko', 'fi');
    expect(table.caption).toContain(`Tavoitteita on ${count}`);
    expect(table.columns).toEqual([
      'Osio',
      'Tavoitteita, joilla arvo',
      'Pienin',
      'Suurin',
      'Keskiarvo',
    ]);
    expect(table.rows.map((r) => r.header)).toEqual(['Osio A', 'Osio B']);
    const values = (data.groups[0]?.items ?? []).map((i) => i.value);
    const present = values.filter((v): v is number => v !== null);
    const mean = present.reduce((a, b) => a + b, 0) / present.length;
    expect(table.rows[0]?.cells).toEqual([
      `${present.length}/${values.length}`,
      Math.min(...present)
        .toFixed(1)
        .replace('.', ','),
      Math.max(...present)
        .toFixed(1)
        .replace('.', ','),
      (Math.round(mean * 10) / 10).toFixed(1).replace('.', ','),
    ]);
  });
});

describe('measureGoalBarLayout', () => {
  it('finds the height and row count that buildGoalBarLayout builds, without the rows', () => {
    const survey = goalBarFromSurvey(survey2024, 'fi');
    const cases: GoalBarLayoutInput[] = [
      input(survey),
      input(survey, { width: 360 }),
      input(survey, { options: { ...OPTIONS, showSubGoals: true } }),
      input(manyGoals(120), { width: 1200 }),
    ];
    const densities = [LOOSE, { gapScale: 0.5, packedBars: true, extra: 0 }];
    for (const c of cases) {
      for (const density of densities) {
        for (const max of [1, 3]) {
          const lines = { max, promoted: new Set([0, 2]) };
          const measured = measureGoalBarLayout(c, lines, density);
          const built = buildGoalBarLayout(c, lines, density);
          expect(measured.naturalHeight).toBe(built.naturalHeight);
          expect(measured.rowCount).toBe(built.rows.length);
        }
      }
    }
  });
});

describe('createGoalBarBuildCache', () => {
  const fontSize = defaultTheme.fontSize.label;

  it('wraps labels exactly as wrapText does, also where its one-line shortcut does not apply', () => {
    const cache = createGoalBarBuildCache('fi', defaultTheme);
    const texts = [
      'Lyhyt',
      'Hyvinvointialueen ja kuntien yhteistyö toimii',
      'Kaksi  välilyöntiä',
      ' alussa välilyönti',
      'lopussa välilyönti ',
      'sarkain\tvälissä',
      'Pitkä tavoite, joka ei mahdu yhdelle riville vaan rivittyy useammalle riville ja katkeaa lopulta',
      '',
    ];
    for (const maxWidth of [80, 160, 400]) {
      const wrap = cache.labels(maxWidth, 3);
      texts.forEach((text, i) => {
        expect(wrap(i, text)).toEqual(wrapText(text, { maxWidth, fontSize, maxLines: 3 }));
      });
    }
    // The exact width of a one-line label still fits it whole.
    const exact = measureText('Tasan mahtuva', fontSize);
    expect(cache.labels(exact, 3)(0, 'Tasan mahtuva')).toEqual(
      wrapText('Tasan mahtuva', { maxWidth: exact, fontSize, maxLines: 3 }),
    );
  });

  it('re-wraps a row whose text changed and prints values with their bold width', () => {
    const cache = createGoalBarBuildCache('fi', defaultTheme);
    const wrap = cache.labels(80, 2);
    expect(wrap(0, 'Yksi').lines).toEqual(['Yksi']);
    expect(wrap(0, 'Toinen').lines).toEqual(['Toinen']);
    const printed = cache.value(2.7);
    expect(printed.text).toBe('2,7');
    expect(printed.width).toBe(
      measureText('2,7', defaultTheme.fontSize.value, defaultTheme.fontWeight.bold),
    );
    expect(cache.value(null).text).toBe('ei tietoa');
  });
});
