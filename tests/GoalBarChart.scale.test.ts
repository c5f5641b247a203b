// GoalBarChart with a survey's own scale words (data.scale) through the public entry: validation, the
// axis words and the neutral line's legend text in the layout at 320/768/1280 px and on a slide, and the
// same layout as before without them; the key finding's sentences never end in "..". The agree–disagree
// words are ILLUSTRATIVE (another survey's kind of scale, invented here); the means are the 2024 survey's
// as printed in 003_ae88570eab8abfd8.txt (goalBarFromSurvey).
import { describe, expect, it } from 'vitest';
import { survey2024 } from '@yhdyspinta/data';
import {
  MESSAGES,
  computeGoalBarLayout,
  defaultTheme,
  goalBarFromSurvey,
  goalBarKeyFinding,
  measureText,
  scaleWords,
  slideTheme,
  validateGoalBarData,
} from '@yhdyspinta/charts';
import type { GoalBarData, GoalBarLayout, ChartScale } from '@yhdyspinta/charts';
import { OPTIONS } from './support/goalBarLayout';

/** An agree–disagree scale (illustrative), given in reverse order: the order does not matter. */
const AGREE: ChartScale = {
  levels: [
    { value: 5, label: 'Täysin samaa mieltä' },
    { value: 4, label: 'Jokseenkin samaa mieltä' },
    { value: 3, label: 'Ei samaa eikä eri mieltä' },
    { value: 2, label: 'Jokseenkin eri mieltä' },
    { value: 1, label: 'Täysin eri mieltä' },
  ],
};
/** The same kind of scale in Swedish (illustrative). */
const AGREE_SV: ChartScale = {
  levels: [
    { value: 1, label: 'Helt av annan åsikt' },
    { value: 2, label: 'Delvis av annan åsikt' },
    { value: 3, label: 'Varken av samma eller annan åsikt' },
    { value: 4, label: 'Delvis av samma åsikt' },
    { value: 5, label: 'Helt av samma åsikt' },
  ],
};
const OWN = ['Täysin eri mieltä', 'Jokseenkin eri mieltä', 'Ei samaa eikä eri mieltä'];
const survey = goalBarFromSurvey(survey2024, 'fi');
const withScale: GoalBarData = { ...survey, scale: AGREE };

const layoutOf = (data: GoalBarData, width: number, theme = defaultTheme, height?: number) =>
  computeGoalBarLayout({ data, width, height, locale: 'fi', theme, options: OPTIONS });

/** The axis' level names as drawn, each name's lines joined: level → name. */
const axisNames = (axis: GoalBarLayout['axis']) =>
  new Map(axis.ticks.filter((t) => t.labelLines.length > 0).map((t) => [t.value, t.labelLines]));

describe('validateGoalBarData: scale', () => {
  const check = (scale: unknown) => validateGoalBarData({ ...survey, scale });

  it('accepts the five levels in any order, and no scale', () => {
    expect(check(AGREE).ok).toBe(true);
    expect(validateGoalBarData(survey).ok).toBe(true);
  });

  it.each([
    ['not an object', 'sana', 'data.scale.levels is not an array'],
    ['null', null, 'data.scale.levels is not an array'],
    ['levels not a list', { levels: {} }, 'data.scale.levels is not an array'],
    [
      'a level 0',
      { levels: [{ value: 0, label: 'Nolla' }, ...AGREE.levels] },
      'data.scale.levels[0] has value 0, not a level 1, 2, 3, 4 or 5',
    ],
    [
      'a level 2.5',
      { levels: [...AGREE.levels, { value: 2.5, label: 'Puoli' }] },
      'data.scale.levels[5] has value 2.5, not a level 1, 2, 3, 4 or 5',
    ],
    [
      'a level "3" as text',
      { levels: [...AGREE.levels.slice(0, 2), { value: '3', label: 'Kolme' }] },
      'data.scale.levels[2] has value 3, not a level 1, 2, 3, 4 or 5',
    ],
    [
      'a level twice',
      { levels: [...AGREE.levels, { value: 4, label: 'Hyvin' }] },
      'data.scale.levels[5] repeats the level 4',
    ],
    ['a level missing', { levels: AGREE.levels.slice(1) }, 'data.scale has no level 5'],
    [
      'an empty label',
      { levels: [{ value: 5, label: '  ' }, ...AGREE.levels.slice(1)] },
      'data.scale.levels[0] has no label',
    ],
    [
      'no label',
      { levels: [{ value: 5 }, ...AGREE.levels.slice(1)] },
      'data.scale.levels[0] has no label',
    ],
  ])('rejects %s', (_name, scale, problem) => {
    const result = check(scale);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.kind).toBe('invalid');
    expect(result.problems).toContain(problem);
  });
});

describe('scaleWords', () => {
  it("gives the data's words by level, else the 2024 survey's in the locale", () => {
    expect(scaleWords(AGREE, 'sv')[3]).toBe('Ei samaa eikä eri mieltä');
    expect(Object.values(scaleWords(AGREE, 'fi'))).toEqual([
      ...OWN,
      'Jokseenkin samaa mieltä',
      'Täysin samaa mieltä',
    ]);
    expect(scaleWords(undefined, 'sv')).toEqual(MESSAGES.sv.common.scaleLevels);
  });
});

describe('GoalBarChart layout with the scale words', () => {
  const cases = [
    ['320 px', 320, defaultTheme, undefined],
    ['768 px', 768, defaultTheme, undefined],
    ['1280 px', 1280, defaultTheme, undefined],
    ['a 16:9 slide', 1920, slideTheme, 1080],
  ] as const;

  it.each(cases)(
    'names the levels in its own words at %s, whole',
    (_name, width, theme, height) => {
      const l = layoutOf(withScale, width, theme, height);
      const names = axisNames(l.axis);
      // At least both ends are named; each name drawn is its own level's word, whole (never cut).
      expect([...names.keys()]).toEqual(expect.arrayContaining([1, 5]));
      for (const [value, lines] of names) {
        expect(lines.join(' ').replace(/- /g, '-')).toBe(l.levelWords[value as 1 | 2 | 3 | 4 | 5]);
        expect(lines.join('')).not.toContain('…');
      }
      expect(names.get(1)?.join(' ')).toBe('Täysin eri mieltä');
      const drawn = l.axis.ticks.flatMap((t) => t.labelLines).join(' ');
      for (const word of Object.values(MESSAGES.fi.common.scaleLevels)) {
        expect(drawn).not.toContain(word);
      }
      const reference = l.legend.entries.find((e) => e.kind === 'reference');
      expect(reference?.text).toBe('Ei samaa eikä eri mieltä (3), asteikon keskikohta');
    },
  );

  it('names no two neighbouring levels so that their words touch', () => {
    // Also a Swedish agree–disagree scale (illustrative): at 320 px "Helt av annan åsikt" was kept
    // inside the chart 2 px from "Delvis av annan åsikt", so the two read as one line.
    const swedish: GoalBarData = { ...survey, scale: AGREE_SV };
    for (const [data, locale] of [
      [withScale, 'fi'],
      [swedish, 'sv'],
    ] as const) {
      for (const [, width, theme, height] of cases) {
        const { axis } = computeGoalBarLayout({
          data,
          width,
          height,
          locale,
          theme,
          options: OPTIONS,
        });
        const spans = axis.ticks
          .filter((t) => t.labelLines.length > 0)
          .map((t) => {
            const half = Math.max(...t.labelLines.map((l) => measureText(l, axis.fontSize))) / 2;
            return [t.labelX - half, t.labelX + half] as const;
          });
        expect(spans.length).toBeGreaterThanOrEqual(2);
        spans.slice(1).forEach(([left], i) => {
          expect(left - (spans[i]?.[1] ?? 0)).toBeGreaterThanOrEqual(theme.spacing.sm);
        });
      }
    }
  });

  it('names every level when the words fit their steps (1280 px)', () => {
    expect([...axisNames(layoutOf(withScale, 1280).axis).keys()]).toEqual([1, 2, 3, 4, 5]);
  });

  it('wraps a legend text wider than the chart, whole, and starts the rows under it', () => {
    const l = layoutOf(withScale, 320, slideTheme);
    const reference = l.legend.entries.find((e) => e.kind === 'reference');
    expect(reference?.lines.length).toBeGreaterThan(1);
    expect(reference?.lines.join(' ')).toBe('Ei samaa eikä eri mieltä (3), asteikon keskikohta');
    const right = 320 - slideTheme.spacing.md;
    for (const line of reference?.lines ?? []) {
      expect((reference?.textX ?? 0) + measureText(line, l.legend.fontSize)).toBeLessThanOrEqual(
        right + 0.01,
      );
    }
    const legendBottom = (reference?.y ?? 0) + (reference?.lines.length ?? 0) * l.legend.lineHeight;
    expect(l.legend.bottom).toBeGreaterThanOrEqual(legendBottom);
    expect(l.plot.top).toBeGreaterThanOrEqual(legendBottom);
  });

  it('repeats its words over the rows of a tall chart', () => {
    const goals = Array.from({ length: 70 }, (_, i) => ({
      id: `g${i}`,
      label: `Tavoite ${i + 1}`,
      value: 1 + (i % 40) / 10,
    }));
    const tall = layoutOf({ groups: [{ id: 'a', label: '', items: goals }], scale: AGREE }, 800);
    expect(tall.topAxis).not.toBeNull();
    expect(
      axisNames(tall.topAxis ?? tall.axis)
        .get(1)
        ?.join(' '),
    ).toBe('Täysin eri mieltä');
  });

  it('keeps the 2024 words and legend text without a scale, in each locale', () => {
    for (const locale of ['fi', 'sv', 'en'] as const) {
      const data = goalBarFromSurvey(survey2024, locale);
      const l = computeGoalBarLayout({
        data,
        width: 1280,
        locale,
        theme: defaultTheme,
        options: OPTIONS,
      });
      const common = MESSAGES[locale].common;
      expect(l.levelWords).toEqual(common.scaleLevels);
      expect(axisNames(l.axis).get(3)?.join(' ')).toBe(common.scaleLevels[3]);
      const reference = l.legend.entries.find((e) => e.kind === 'reference');
      expect(reference?.text).toBe(common.neutralReference);
      expect(MESSAGES[locale].goalBar.neutralReference(common.scaleLevels[3])).toBe(
        common.neutralReference,
      );
    }
  });
});

describe('goalBarKeyFinding: one full stop', () => {
  const one = (label: string, value: number) => ({ id: label, label, value });
  it('ends a lone goal text that has its own stop with no second one', () => {
    const data: GoalBarData = {
      groups: [
        {
          id: 'a',
          label: '',
          items: [one('Yhteistyö toimii.', 3.4), one('Tieto kulkee?', 2.1), one('Muu', 2.8)],
        },
      ],
    };
    const fi = goalBarKeyFinding(data, 'fi');
    expect(fi).toBe(
      '3 tavoitetta asteikolla 1–5. Korkein keskiarvo 3,4: Yhteistyö toimii. ' +
        'Matalin keskiarvo 2,1: Tieto kulkee?',
    );
    expect(goalBarKeyFinding(data, 'sv')).toBe(
      '3 mål på skalan 1–5. Högsta medelvärde 3,4: Yhteistyö toimii. ' +
        'Lägsta medelvärde 2,1: Tieto kulkee?',
    );
    expect(goalBarKeyFinding(data, 'en')).toContain('Lowest mean 2.1: Tieto kulkee?');
    expect(goalBarKeyFinding(data, 'en').endsWith('?')).toBe(true);
  });

  it('still ends a text without a stop, and quoted ties, with one', () => {
    const data: GoalBarData = {
      groups: [{ id: 'a', label: '', items: [one('A.', 3), one('B', 3), one('C', 2)] }],
    };
    expect(goalBarKeyFinding(data, 'fi')).toBe(
      '3 tavoitetta asteikolla 1–5. Korkein keskiarvo 3,0: ”A.” ja ”B”. Matalin keskiarvo 2,0: C.',
    );
  });
});
