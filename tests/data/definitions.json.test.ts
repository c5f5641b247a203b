import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  areaToJson,
  lansiUusimaa,
  parseAreaJson,
  parseSurveyJson,
  survey2024Definition,
  surveyToJson,
} from '@yhdyspinta/data';
import { validateAgainstSchema } from './definitions.schemaValidator';

const schemaDir = new URL('../../packages/data/schema/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, schemaDir), 'utf8');
const json = (name: string) => JSON.parse(read(name)) as Record<string, unknown>;

describe('the shipped definitions as JSON (packages/data/schema, scripts/definitions-json.mjs)', () => {
  it('lansi-uusimaa.area.json is the TypeScript area, and parses back into an equal area', () => {
    expect(json('lansi-uusimaa.area.json')).toEqual(areaToJson(lansiUusimaa));
    const parsed = parseAreaJson(read('lansi-uusimaa.area.json'));
    expect(parsed.problems).toEqual([]);
    expect(parsed.ok && parsed.definition).toEqual(lansiUusimaa);
  });

  it('kuntakysely-2024.survey.json is the TypeScript survey, and parses back into an equal survey', () => {
    expect(json('kuntakysely-2024.survey.json')).toEqual(surveyToJson(survey2024Definition));
    const parsed = parseSurveyJson(read('kuntakysely-2024.survey.json'));
    expect(parsed.problems).toEqual([]);
    expect(parsed.ok && parsed.definition).toEqual(survey2024Definition);
  });

  it('both pass their JSON Schemas (draft 2020-12)', () => {
    const area = json('area.schema.json');
    const survey = json('survey.schema.json');
    expect(area.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(survey.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(validateAgainstSchema(area, json('lansi-uusimaa.area.json'))).toEqual([]);
    expect(validateAgainstSchema(survey, json('kuntakysely-2024.survey.json'))).toEqual([]);
  });

  it('the invented test area and survey (tests/fixtures/areas) pass the schemas and the parsers', () => {
    const fixtures = new URL('../fixtures/areas/', import.meta.url);
    const areaText = readFileSync(new URL('rannikko.area.json', fixtures), 'utf8');
    const surveyText = readFileSync(new URL('rannikko-2026.survey.json', fixtures), 'utf8');
    expect(validateAgainstSchema(json('area.schema.json'), JSON.parse(areaText))).toEqual([]);
    expect(validateAgainstSchema(json('survey.schema.json'), JSON.parse(surveyText))).toEqual([]);
    const area = parseAreaJson(areaText);
    const survey = parseSurveyJson(surveyText);
    expect(area.problems).toEqual([]);
    expect(survey.problems).toEqual([]);
    expect(area.ok && area.definition.municipalities).toHaveLength(25);
    expect(survey.ok && survey.definition.sections.flatMap((s) => s.goals)).toHaveLength(12);
  });

  it('the schema validator and the parser both refuse what the schema can express', () => {
    const area = json('area.schema.json');
    const bad = {
      id: 'x y',
      name: { fi: 'A' },
      municipalities: [{ id: 'a', name: { fi: 'A', sv: 'A' }, extra: 1 }],
    };
    expect(validateAgainstSchema(area, bad)).toEqual([
      '/id: pattern',
      '/name/sv: required',
      '/municipalities/0/extra: additional',
    ]);
    const parsed = parseAreaJson(JSON.stringify(bad));
    expect(parsed.problems.map((p) => [p.path, p.code])).toEqual([
      ['id', 'invalid-id'],
      ['name.sv', 'missing'],
      ['municipalities[0].extra', 'unknown-field'],
    ]);
  });
});
