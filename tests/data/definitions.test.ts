import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  DEFAULT_NO_ANSWER_TOKENS,
  defineArea,
  DefinitionError,
  defineSurvey,
  lansiUusimaa,
  municipalities,
  parseAreaJson,
  parseSurveyJson,
  survey2024,
  survey2024Definition,
  surveyItems,
} from '@yhdyspinta/data';
import type { Area, MunicipalityId, SurveyInput } from '@yhdyspinta/data';

const words = (fi: string, sv: string, en: string) => ({ fi: [fi], sv: [sv], en: [en] });

const SCALE = {
  min: 1,
  max: 3,
  levels: [
    { value: 1, words: words('Huono', 'Dålig', 'Poor') },
    { value: 2, words: words('Kohtalainen', 'Måttlig', 'Fair') },
    { value: 3, words: words('Hyvä', 'Bra', 'Good') },
  ],
};

const SURVEY: SurveyInput = {
  id: 'test-survey',
  name: { fi: 'Testikysely (keksitty)' },
  year: 2026,
  scale: SCALE,
  noAnswer: { fi: ['En osaa sanoa'], sv: ['Vet ej'], en: [] },
  sections: [
    {
      id: 's1',
      label: { fi: 'Osio', sv: 'Avsnitt' },
      goals: [
        { id: 'g1', label: { fi: 'Tavoite yksi' } },
        {
          id: 'g2',
          label: { fi: 'Tavoite kaksi', sv: 'Mål två' },
          subGoals: [{ id: 'g2.1', label: { fi: 'Alatavoite' } }],
        },
      ],
    },
  ],
};

function problemsOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof DefinitionError) return error.problems;
    throw error;
  }
  throw new Error('no DefinitionError thrown');
}

describe('defineArea', () => {
  it('keeps the literal id union and fills English with the Finnish name', () => {
    const area = defineArea({
      id: 'a',
      name: { fi: 'Alue', sv: 'Område' },
      municipalities: [
        { id: 'x', name: { fi: 'Äksä', sv: 'Ix' }, code: '001' },
        { id: 'y', name: { fi: 'Yy', sv: 'Ypsilon', en: 'Why' } },
      ],
    });
    expectTypeOf(area).toEqualTypeOf<Area<'x' | 'y'>>();
    expectTypeOf(lansiUusimaa.municipalities[0]!.id).toEqualTypeOf<MunicipalityId>();
    expect(area.municipalities).toEqual([
      { id: 'x', name: { fi: 'Äksä', sv: 'Ix', en: 'Äksä', unofficial: [] }, code: '001' },
      { id: 'y', name: { fi: 'Yy', sv: 'Ypsilon', en: 'Why', unofficial: [] } },
    ]);
  });

  it('lists every problem with its path, in Finnish, Swedish and English', () => {
    const problems = problemsOf(() =>
      defineArea({
        id: 'bad id',
        name: { fi: ' ', sv: 'Område' },
        municipalities: [
          { id: 'x', name: { fi: 'Lohja', sv: 'Lojo' }, code: '1' },
          { id: 'x', name: { fi: 'LOJO', sv: 'Ett' }, code: '1' },
        ],
      }),
    );
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['id', 'invalid-id'],
      ['name.fi', 'empty'],
      ['municipalities[1].id', 'duplicate-id'],
      ['municipalities[1].name.fi', 'duplicate-name'],
      ['municipalities[1].code', 'duplicate-code'],
    ]);
    const duplicate = problems[3]!.message;
    expect(duplicate.fi).toBe(
      'municipalities[1].name.fi: nimi "LOJO" on jo kohdassa municipalities[0].name.sv.',
    );
    expect(duplicate.sv).toBe(
      'municipalities[1].name.fi: namnet "LOJO" finns redan i municipalities[0].name.sv.',
    );
    expect(duplicate.en).toBe(
      'municipalities[1].name.fi: the name "LOJO" is already at municipalities[0].name.sv.',
    );
  });

  it('throws a DefinitionError whose message is Finnish and messageIn gives the others', () => {
    let error: unknown;
    try {
      defineArea({ id: 'a', name: { fi: 'A', sv: 'A' }, municipalities: [] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DefinitionError);
    const e = error as DefinitionError;
    expect(e.message).toBe('Virheellinen alueen määrittely:\n  municipalities: ei saa olla tyhjä.');
    expect(e.messageIn('sv')).toBe('municipalities: får inte vara tom.');
    expect(e.messageIn('en')).toBe('municipalities: must not be empty.');
  });
});

describe('defineSurvey', () => {
  it('returns the survey with sub-goals listed (empty where rated directly) and literal ids', () => {
    const survey = defineSurvey({
      ...SURVEY,
      sections: [{ id: 'only', label: { fi: 'O' }, goals: [{ id: 'q1', label: { fi: 'K' } }] }],
    });
    expectTypeOf(survey.sections[0]!.goals[0]!.id).toEqualTypeOf<'q1'>();
    expectTypeOf(survey.sections[0]!.id).toEqualTypeOf<'only'>();
    expect(survey.sections[0]!.goals[0]).toEqual({ id: 'q1', label: { fi: 'K' }, subGoals: [] });
    expect(surveyItems(defineSurvey(SURVEY)).map((i) => [i.id, i.goalId])).toEqual([
      ['g1', 'g1'],
      ['g2', 'g2'],
      ['g2.1', 'g2'],
    ]);
  });

  it('checks the scale: min < max, one level per value, no word twice, no number as a word', () => {
    const problems = problemsOf(() =>
      defineSurvey({
        ...SURVEY,
        scale: {
          min: 1,
          max: 4,
          levels: [
            { value: 1, words: words('Huono', 'Dålig', 'Poor') },
            { value: 1, words: words('Heikko', 'Svag', 'Weak') },
            { value: 7, words: words('Hyvä', 'Bra', 'good') },
            { value: 2, words: words('huono', '2', 'Fair') },
          ],
        },
        noAnswer: { fi: ['HYVÄ'], sv: [], en: [] },
      }),
    );
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['scale.levels[1].value', 'duplicate-level'],
      ['scale.levels[2].value', 'level-outside-scale'],
      ['scale.levels[3].words.fi[0]', 'duplicate-word'],
      ['scale.levels[3].words.sv[0]', 'number-word'],
      ['scale.levels', 'level-missing'],
      ['scale.levels', 'level-missing'],
      ['noAnswer.fi[0]', 'duplicate-word'],
    ]);
    expect(problems[1]!.message.fi).toBe('scale.levels[2].value: arvo "7" ei ole asteikolla 1–4.');
  });

  it('refuses duplicate item ids across goals and sub-goals, and duplicate question texts', () => {
    const problems = problemsOf(() =>
      defineSurvey({
        ...SURVEY,
        sections: [
          {
            id: 's',
            label: { fi: 'S' },
            goals: [
              {
                id: 'a',
                label: { fi: 'Sama teksti.' },
                subGoals: [{ id: 'a', label: { fi: 'B' } }],
              },
              { id: 'c', label: { fi: 'sama  TEKSTI' } },
            ],
          },
          { id: 's', label: { fi: 'S2' }, goals: [] },
        ],
      }),
    );
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['sections[0].goals[0].subGoals[0].id', 'duplicate-id'],
      ['sections[0].goals[1].label.fi', 'duplicate-text'],
      ['sections[1].id', 'duplicate-id'],
      ['sections[1].goals', 'empty'],
    ]);
  });

  it('shows control and invisible characters of a value escaped in the message', () => {
    const problems = problemsOf(() => defineSurvey({ ...SURVEY, id: 'x\u001b[2J\u200b' }));
    expect(problems[0]!.message.en).toBe(
      "id: the id \"x\\u001b[2J\\u200b\" is not valid (letters a–z, digits, '.', '-' and '_', no spaces).",
    );
  });
});

describe('the shipped instance (Länsi-Uusimaa, kuntakysely 2024) built with the helpers', () => {
  it('lansiUusimaa is the ten municipalities of the data package', () => {
    expect(lansiUusimaa.municipalities).toBe(municipalities);
    expect(lansiUusimaa.municipalities.map((m) => m.id)).toEqual([
      'espoo',
      'kauniainen',
      'kirkkonummi',
      'siuntio',
      'vihti',
      'karkkila',
      'lohja',
      'inkoo',
      'hanko',
      'raasepori',
    ]);
  });

  it('survey2024Definition has the 2024 survey’s sections, goals, sub-goals and texts as published', () => {
    const def = survey2024Definition;
    expect(def.sections.map((s) => s.id)).toEqual(survey2024.sections.map((s) => s.id));
    const goals = def.sections.flatMap((s) => s.goals);
    expect(goals.map((g) => g.id)).toEqual(survey2024.goals.map((g) => g.id));
    goals.forEach((goal, i) => {
      const published = survey2024.goals[i]!;
      expect(goal.label).toEqual({
        fi: published.text.fi,
        sv: published.text.sv,
        en: published.text.en,
      });
      expect(goal.subGoals.map((s) => [s.id, s.label.fi])).toEqual(
        published.subGoals.map((s) => [s.id, s.text.fi]),
      );
    });
    // 11 goals and their 24 sub-goals (the rescue goal's nine included).
    expect(surveyItems(def)).toHaveLength(11 + 24);
    expect(def.scale.levels.map((l) => [l.value, l.words.fi[0]])).toEqual([
      [5, 'Erinomaisesti'],
      [4, 'Hyvin'],
      [3, 'Kohtalaisesti'],
      [2, 'Heikosti'],
      [1, 'Ei lainkaan'],
    ]);
    expect(def.source?.file).toBe('003_ae88570eab8abfd8.txt');
    const noAnswer = [...def.noAnswer.fi, ...def.noAnswer.sv, ...def.noAnswer.en];
    expect([...noAnswer].sort()).toEqual([...DEFAULT_NO_ANSWER_TOKENS].sort());
  });
});

describe('parseAreaJson / parseSurveyJson', () => {
  it('report invalid JSON and wrong types with paths instead of throwing', () => {
    const broken = parseAreaJson('{ "id": ');
    expect(broken.ok).toBe(false);
    expect(broken.problems[0]?.code).toBe('invalid-json');
    const typed = parseSurveyJson(
      JSON.stringify({ ...SURVEY, year: '2026', sections: {}, name: { fi: 3 } }),
    );
    expect(typed.problems.map((p) => [p.path, p.code])).toEqual([
      ['name.fi', 'not-a-string'],
      ['year', 'not-a-whole-number'],
      ['sections', 'not-a-list'],
    ]);
  });

  it('accept a BOM and a $schema field, and give the same definition as defineSurvey', () => {
    const parsed = parseSurveyJson(`\uFEFF${JSON.stringify({ $schema: 'x', ...SURVEY })}`);
    expect(parsed.ok && parsed.definition).toEqual(defineSurvey(SURVEY));
  });
});
