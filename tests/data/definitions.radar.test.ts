// A survey definition's `radar` (issue 13): which items a RescueRadar of the survey's responses draws —
// a section's questions or items by id — checked against the survey, with every problem's path in
// fi/sv/en, written back to JSON and read again, and agreeing with the JSON Schema. The survey is the
// invented (illustrative) one in tests/fixtures/areas.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  defineSurvey,
  parseSurveyJson,
  survey2024Definition,
  surveyToJson,
} from '@yhdyspinta/data';
import type { SurveyInput } from '@yhdyspinta/data';
import { validateAgainstSchema } from './definitions.schemaValidator';

const read = (path: string) =>
  JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as Record<string, unknown>;
const SURVEY = read('../fixtures/areas/rannikko-2026.survey.json');
const SCHEMA = read('../../packages/data/schema/survey.schema.json');
const withRadar = (radar: unknown) => ({ ...SURVEY, radar });
const parse = (radar: unknown) => parseSurveyJson(JSON.stringify(withRadar(radar)));
const problems = (radar: unknown) => parse(radar).problems.map((p) => [p.path, p.code]);

describe('a survey’s radar', () => {
  it('a section: its questions (each goal’s sub-goals, or the goal rated directly), the mean by default', () => {
    const result = parse({ section: 'turvallisuus' });
    expect(result.problems).toEqual([]);
    expect(result.ok && result.definition.radar).toStrictEqual({
      section: 'turvallisuus',
      items: ['t7.1', 't7.2', 't7.3', 't8', 't9'],
      series: 'mean',
    });
  });

  it('items by id, goals with sub-goals among them, one series per municipality', () => {
    const result = parse({ items: ['t3', 't1', 't7.2'], series: 'municipalities' });
    expect(result.ok && result.definition.radar).toStrictEqual({
      items: ['t3', 't1', 't7.2'],
      series: 'municipalities',
    });
  });

  it('is optional: a survey without it has no radar', () => {
    const result = parseSurveyJson(JSON.stringify(SURVEY));
    expect(result.ok && 'radar' in result.definition).toBe(false);
  });

  it('the shipped 2024 survey draws its rescue-service section: the nine rescue questions', () => {
    expect(survey2024Definition.radar).toStrictEqual({
      section: 'rescue-service',
      items: Array.from({ length: 9 }, (_, i) => `rescue.${i + 1}`),
      series: 'mean',
    });
  });

  it('goes to JSON as declared and reads back equal; the JSON passes the schema', () => {
    for (const radar of [{ section: 'turvallisuus' }, { items: ['t1', 't2', 't3'] }]) {
      const result = parse(radar);
      if (!result.ok) throw new Error('expected a valid survey');
      const json = surveyToJson(result.definition);
      expect(json.radar).toStrictEqual({ ...radar, series: 'mean' });
      expect(validateAgainstSchema(SCHEMA, json)).toEqual([]);
      const again = parseSurveyJson(JSON.stringify(json));
      expect(again.ok && again.definition).toStrictEqual(result.definition);
    }
  });

  it('defineSurvey takes it too, and throws naming the radar’s problem', () => {
    const input = SURVEY as unknown as SurveyInput;
    expect(defineSurvey({ ...input, radar: { section: 'palvelut' } }).radar?.items).toEqual([
      't3.1',
      't3.2',
      't4',
      't5',
      't6',
    ]);
    expect(() => defineSurvey({ ...input, radar: { section: 'ei-ole' } })).toThrow(
      'radar.section: kyselyssä ei ole tunnusta "ei-ole".',
    );
  });
});

describe('a radar’s problems, with their paths', () => {
  it('neither or both of section and items', () => {
    expect(problems({})).toEqual([['radar', 'radar-axes']]);
    expect(problems({ section: 'palvelut', items: ['t1', 't2', 't3'] })).toEqual([
      ['radar', 'radar-axes'],
    ]);
    expect(validateAgainstSchema(SCHEMA, withRadar({}))).toEqual(['/radar: oneOf (0 match)']);
    const both = withRadar({ section: 'palvelut', items: ['t1', 't2', 't3'] });
    expect(validateAgainstSchema(SCHEMA, both)).toEqual(['/radar: oneOf (2 match)']);
  });

  it('a section or an item the survey does not have, an item twice, an unknown field', () => {
    expect(problems({ section: 'ei-ole' })).toEqual([['radar.section', 'unknown-reference']]);
    expect(problems({ items: ['t1', 'x9', 't1', 't2', 't3'], axes: 3 })).toEqual([
      ['radar.axes', 'unknown-field'],
      ['radar.items[1]', 'unknown-reference'],
      ['radar.items[2]', 'duplicate-id'],
    ]);
  });

  it('fewer than three axes, and a series that is not one of the two', () => {
    const few = parse({ section: 'strategia' });
    expect(few.problems.map((p) => p.message)).toEqual([
      {
        fi: 'radar: säteitä on 2, tarvitaan vähintään 3.',
        sv: 'radar: 2 axlar, minst 3 behövs.',
        en: 'radar: 2 axes, at least 3 needed.',
      },
    ]);
    const series = parse({ section: 'palvelut', series: 'kaikki' });
    expect(series.problems.map((p) => [p.path, p.message.en])).toEqual([
      [
        'radar.series',
        'radar.series: "kaikki" is not allowed; choose one of mean, municipalities.',
      ],
    ]);
    expect(validateAgainstSchema(SCHEMA, withRadar({ section: 'x', series: 'kaikki' }))).toEqual([
      '/radar/series: enum',
    ]);
  });

  it('messages in Swedish and English name the path too', () => {
    const [unknown] = parse({ section: 'ei-ole' }).problems;
    expect(unknown?.message.sv).toBe('radar.section: enkäten har inget id "ei-ole".');
    expect(unknown?.message.en).toBe('radar.section: the survey has no id "ei-ole".');
    const [axes] = parse({}).problems;
    expect(axes?.message.fi).toBe(
      'radar: anna joko section (osion tunnus) tai items (kysymysten tunnukset).',
    );
  });
});
