// GoalBarChart's previous survey round through the public entry: validation, the adapters, the change,
// the layout (marker x, printed change, room for it) and the key finding. The previous round's means
// here are ILLUSTRATIVE (invented; no second round of the survey exists yet); the current means are the
// 2024 survey's as printed in 003_ae88570eab8abfd8.txt (goalBarFromSurvey).
import { describe, expect, it } from 'vitest';
import { survey2024 } from '@yhdyspinta/data';
import {
  computeGoalBarLayout,
  defaultTheme,
  goalBarFromSurvey,
  goalBarKeyFinding,
  goalBarMeans,
  goalBarWithPrevious,
  measureText,
  scoreChange,
  slideTheme,
  validateGoalBarData,
} from '@yhdyspinta/charts';
import type { GoalBarData, GoalBarLayout } from '@yhdyspinta/charts';
import { OPTIONS, expectNoOverlap } from './support/goalBarLayout';

/** Illustrative previous-round means by goal id (invented). */
const PREVIOUS = {
  'ws-1': 2.5,
  'ws-2': 2.4,
  'ss-1': 2.7,
  'ss-2': 2.0,
  'ss-3': 2.6,
  'ss-4': 2.5,
  adult: 2.3,
  older: 2.2,
  children: 2.4,
  disability: 1.9,
  rescue: 3.6,
  'rescue.2': 5,
} as const;
const LABEL = 'Kuntakysely 2021 (kuvitteellinen)';
const withPrevious = (locale: 'fi' | 'sv' | 'en' = 'fi') =>
  goalBarFromSurvey(survey2024, locale, { previous: PREVIOUS, previousLabel: LABEL });

function layoutOf(data: GoalBarData, width = 800, height?: number, theme = defaultTheme) {
  return computeGoalBarLayout({
    data,
    width,
    height,
    locale: 'fi',
    theme,
    options: { ...OPTIONS, illustrative: true },
  });
}

const row = (l: GoalBarLayout, id: string) => {
  const found = l.rows.find((r) => r.item.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
};

describe('validateGoalBarData: previous round', () => {
  const one = (leaf: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    validateGoalBarData({
      groups: [{ id: 'g', label: 'G', items: [{ id: 'a', label: 'A', value: 3, ...leaf }] }],
      ...extra,
    });

  it('accepts a previous mean on 1–5, null (no data in that round) and none', () => {
    expect(one({ previous: 1 }).ok).toBe(true);
    expect(one({ previous: 5 }).ok).toBe(true);
    expect(one({ previous: null }).ok).toBe(true);
    expect(one({}, { previousLabel: 'Kuntakysely 2021' }).ok).toBe(true);
  });

  it.each([0.9, 5.1, Number.NaN, Infinity, '3', true])('rejects previous %s', (previous) => {
    const result = one({ previous });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      `groups[0].items[0] (a) has previous ${String(previous)}, not a mean on 1–5 or null`,
    ]);
  });

  it('checks sub-goals and the previous label', () => {
    const sub = validateGoalBarData({
      groups: [
        {
          id: 'g',
          label: 'G',
          items: [
            {
              id: 'a',
              label: 'A',
              value: 3,
              children: [{ id: 'b', label: 'B', value: 2, previous: 7 }],
            },
          ],
        },
      ],
    });
    expect(!sub.ok && sub.problems).toEqual([
      'groups[0].items[0].children[0] (b) has previous 7, not a mean on 1–5 or null',
    ]);
    const label = one({ previous: 3 }, { previousLabel: ' ' });
    expect(!label.ok && label.problems).toEqual(['data.previousLabel " " is not a non-empty text']);
  });
});

describe('the previous round adapters', () => {
  it('goalBarFromSurvey takes the previous means by goal and sub-goal id; ids it lacks get null', () => {
    const data = withPrevious();
    expect(data.previousLabel).toBe(LABEL);
    const goals = data.groups.flatMap((g) => g.items);
    expect(goals.map((g) => g.previous)).toEqual([
      2.5, 2.4, 2.7, 2.0, 2.6, 2.5, 2.3, 2.2, 2.4, 1.9, 3.6,
    ]);
    const rescue = goals.find((g) => g.id === 'rescue');
    expect(rescue?.children?.map((c) => c.previous)).toEqual([
      null,
      5,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    // The current means are untouched.
    expect(goals.map((g) => g.value)).toEqual([
      2.2, 2.7, 2.7, 2.2, 2.3, 2.8, 2.3, 2.7, 2.1, 2.1, 3.4,
    ]);
    expect(validateGoalBarData(data).ok).toBe(true);
  });

  it('goalBarWithPrevious adds a Map of means to any data; without the option nothing changes', () => {
    const plain = goalBarFromSurvey(survey2024, 'fi');
    expect(JSON.stringify(plain)).not.toContain('previous');
    const data = goalBarWithPrevious(plain, new Map([['ws-1', 3]]));
    expect(data.groups[0]?.items.map((i) => i.previous)).toEqual([3, null]);
    expect(data.previousLabel).toBeUndefined();
    // Not inherited properties: an id "toString" is not in a plain record.
    const odd = goalBarWithPrevious(
      { groups: [{ id: 'g', label: '', items: [{ id: 'toString', label: 'T', value: 2 }] }] },
      {},
    );
    expect(odd.groups[0]?.items[0]?.previous).toBeNull();
  });

  it("goalBarMeans gives any data's means by id, to pass an earlier round's data as the previous", () => {
    const earlier = goalBarFromSurvey(survey2024, 'fi');
    const means = goalBarMeans(earlier);
    expect(means.get('ws-1')).toBe(2.2);
    expect(means.get('rescue.2')).toBe(3.8);
    expect(means.size).toBe(11 + 24);
    const twice = goalBarWithPrevious(earlier, means, 'Sama kierros');
    expect(twice.groups.flatMap((g) => g.items).every((i) => i.previous === i.value)).toBe(true);
    expect(goalBarKeyFinding(twice, 'fi')).toContain(
      'Edellisestä kierroksesta (Sama kierros) keskiarvo pysyi ennallaan 11 tavoitteella.',
    );
  });
});

describe('scoreChange', () => {
  it('is the printed change, rounded to one decimal with halves away from zero', () => {
    expect(scoreChange({ id: 'a', label: 'A', value: 3.4, previous: 3.1 })).toBe(0.3);
    expect(scoreChange({ id: 'a', label: 'A', value: 2.1, previous: 2.4 })).toBe(-0.3);
    expect(scoreChange({ id: 'a', label: 'A', value: 3.45, previous: 3.4 })).toBe(0.1);
    expect(scoreChange({ id: 'a', label: 'A', value: 3.4, previous: 3.45 })).toBe(-0.1);
    expect(scoreChange({ id: 'a', label: 'A', value: 2.7, previous: 2.7 })).toBe(0);
    expect(scoreChange({ id: 'a', label: 'A', value: 2.72, previous: 2.7 })).toBe(0);
  });

  it('is null when either mean is missing', () => {
    expect(scoreChange({ id: 'a', label: 'A', value: null, previous: 3 })).toBeNull();
    expect(scoreChange({ id: 'a', label: 'A', value: 3, previous: null })).toBeNull();
    expect(scoreChange({ id: 'a', label: 'A', value: 3 })).toBeNull();
  });
});

describe('computeGoalBarLayout with a previous round', () => {
  const l = layoutOf(withPrevious());

  it('puts each marker at the previous mean on the scale, centred on its bar', () => {
    for (const [id, previous] of Object.entries(PREVIOUS).filter(([id]) => !id.includes('.'))) {
      const r = row(l, id);
      expect(r.previous?.x).toBeCloseTo(l.scale(previous), 6);
      expect(r.previous!.y).toBeCloseTo(r.bar!.y + r.bar!.height / 2, 6);
      // At least as tall as the bar, narrower than tall.
      expect(2 * r.previous!.halfHeight).toBeGreaterThanOrEqual(r.bar!.height);
      expect(r.previous!.halfWidth).toBeLessThan(r.previous!.halfHeight);
    }
  });

  it('prints the signed change after the value: +, U+2212 minus, 0,0 unsigned', () => {
    expect(row(l, 'ws-2').valueText).toBe('2,7');
    expect(row(l, 'ws-2').changeText).toBe('\u00a0(+0,3)');
    expect(row(l, 'ws-1').changeText).toBe('\u00a0(\u22120,3)');
    expect(row(l, 'ss-1').changeText).toBe('\u00a0(0,0)');
    expect(row(l, 'older').changeText).toBe('\u00a0(+0,5)');
  });

  it('keeps every value with its change clear of its marker and inside the chart, at every width', () => {
    for (const width of [320, 768, 1280]) {
      const w = layoutOf(withPrevious(), width);
      expectNoOverlap(w);
      for (const r of w.rows) {
        const text =
          measureText(r.valueText, w.font.value, 700) + measureText(r.changeText, w.font.value);
        expect(r.valueX + text).toBeLessThanOrEqual(width - defaultTheme.spacing.md + 0.01);
        const marker = r.previous;
        if (!marker || marker.x + marker.halfWidth < r.valueX) continue;
        // A marker the text would cross lies wholly left of the text or right of it.
        expect(marker.x - marker.halfWidth).toBeGreaterThanOrEqual(r.valueX + text);
      }
    }
  });

  it('names the marker in the legend with the round, and leaves data without previous as it was', () => {
    expect(l.legend.entries.map((e) => [e.kind, e.text])).toEqual([
      ['reference', 'Kohtalaisesti (3), asteikon keskikohta'],
      ['previous', LABEL],
    ]);
    const unnamed = layoutOf(goalBarWithPrevious(goalBarFromSurvey(survey2024, 'fi'), PREVIOUS));
    expect(unnamed.legend.entries.at(-1)?.text).toBe('Edellinen kierros');
    const plain = layoutOf(goalBarFromSurvey(survey2024, 'fi'));
    expect(plain.legend.entries.map((e) => e.kind)).toEqual(['reference']);
    expect(plain.rows.every((r) => r.previous === null && r.changeText === '')).toBe(true);
    // The longer values take room from the bars only when there is a previous round.
    expect(l.plot.x1).toBeLessThan(plain.plot.x1);
  });

  it('fits a 1920 × 1080 slide, and still reports a plan when the data cannot fit', () => {
    const slide = layoutOf(withPrevious(), 1920, 1080, slideTheme);
    expect(slide.fit?.fits).toBe(true);
    expect(slide.height).toBe(1080);
    const many: GoalBarData = {
      previousLabel: 'Edellinen',
      groups: [
        {
          id: 'g',
          label: '',
          items: Array.from({ length: 80 }, (_, i) => ({
            id: `i${i}`,
            label: `Kuvitteellinen tavoite ${i + 1}`,
            value: 1 + (i % 40) / 10,
            previous: 5 - (i % 40) / 10,
          })),
        },
      ],
    };
    const tall = layoutOf(many, 1920, 1080, slideTheme);
    expect(tall.fit?.fits).toBe(false);
    expect(tall.fit && !tall.fit.fits && tall.fit.pages.length).toBeGreaterThan(1);
  });
});
