import { describe, expect, it } from 'vitest';
import {
  contextFor,
  defineArea,
  DefinitionError,
  defineSurvey,
  parseResponsesCsv,
  survey2024Definition,
} from '@yhdyspinta/data';

const words = (fi: string, sv: string, en: string) => ({ fi: [fi], sv: [sv], en: [en] });

/** A 1–3 survey (invented): the definitions accept it, contextFor does not (the importers read 1–5). */
const SURVEY = {
  id: 'test-survey',
  name: { fi: 'Testikysely (keksitty)' },
  year: 2026,
  scale: {
    min: 1,
    max: 3,
    levels: [
      { value: 1, words: words('Huono', 'Dålig', 'Poor') },
      { value: 2, words: words('Kohtalainen', 'Måttlig', 'Fair') },
      { value: 3, words: words('Hyvä', 'Bra', 'Good') },
    ],
  },
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

describe('contextFor and the importers driven by the definitions', () => {
  const area = defineArea({
    id: 'test-area',
    name: { fi: 'Keksitty alue', sv: 'Påhittat område' },
    municipalities: [
      { id: 'm1', name: { fi: 'Ensikunta', sv: 'Förstaby' } },
      { id: 'm2', name: { fi: 'Toinen kunta', sv: 'Andra kommun' } },
    ],
  });
  const survey = defineSurvey(SURVEY);
  const fiveLevel = defineSurvey({
    ...SURVEY,
    scale: survey2024Definition.scale,
    noAnswer: { fi: ['EOS'], sv: [], en: [] },
  });

  it('matches municipalities by id or name, items by id or question text, level and no-answer words', () => {
    const c = contextFor({ area, survey: fiveLevel });
    expect(c.municipalityIds).toEqual(['m1', 'm2']);
    expect(['M1', ' förstaby ', 'TOINEN  KUNTA', 'Lohja'].map(c.matchMunicipality)).toEqual([
      'm1',
      'm1',
      'm2',
      undefined,
    ]);
    expect(c.matchItem('G2.1')).toBe('g2.1');
    expect(c.matchQuestion('Mål två?')).toBe('g2');
    expect(c.itemTexts.g2).toEqual(['Tavoite kaksi', 'Mål två']);
    expect(c.levels.get('bra')).toBe(4);
    expect(c.noAnswerWords).toEqual(['EOS']);
    expect(c.goals).toEqual([
      { id: 'g1', subGoalIds: [] },
      { id: 'g2', subGoalIds: ['g2.1'] },
    ]);
  });

  it('contextFor() with no argument is the shipped area and 2024 survey', () => {
    const c = contextFor();
    expect(c.matchMunicipality('Raseborg')).toBe('raasepori');
    expect(c.matchItem('rescue.9')).toBe('rescue.9');
    expect(c.levels.get('utmärkt')).toBe(5);
  });

  it('refuses a survey whose scale is not 1–5 (the importers and charts read 1–5)', () => {
    expect(() => contextFor({ survey })).toThrow(DefinitionError);
  });

  it('parseResponsesCsv reads another area and survey row by row', () => {
    const csv =
      'kunta;kysymys;vastaus\nEnsikunta;g1;4\nAndra kommun;g2.1;Bra\nm2;g1;EOS\nLohja;g1;3\n';
    const result = parseResponsesCsv(csv, { area, survey: fiveLevel, locale: 'en' });
    expect(result.responses).toEqual([
      { municipalityId: 'm1', itemId: 'g1', rating: 4 },
      { municipalityId: 'm2', itemId: 'g2.1', rating: 4 },
      { municipalityId: 'm2', itemId: 'g1', rating: null },
    ]);
    expect(result.rowsRejected).toBe(1);
    expect(result.errors.map((e) => [e.line, e.code, e.value])).toEqual([
      [5, 'unknown-municipality', 'Lohja'],
    ]);
  });
});
