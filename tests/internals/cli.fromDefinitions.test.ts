// The CLI's chart data from another area's and survey's export (packages/cli/src/fromDefinitions.ts):
// the chart in its own language, what is said of it (the warning of texts drawn in Finnish, the refusal
// of a radar the survey names no questions for) in the command's language, as a deck speaks one
// language while drawing slides in several.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAreaJson, parseResponsesCsv, parseSurveyJson } from '@yhdyspinta/data';
import { CliError } from '../../packages/cli/src/errors';
import { chartDataFromDefinitions } from '../../packages/cli/src/fromDefinitions';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/areas/${name}`, import.meta.url), 'utf8');

function definitions(radar?: unknown) {
  const area = parseAreaJson(fixture('rannikko.area.json'));
  const json = JSON.parse(fixture('rannikko-2026.survey.json')) as object;
  const survey = parseSurveyJson(JSON.stringify({ ...json, radar }));
  if (!area.ok || !survey.ok) throw new Error('invalid test definitions');
  return { area: area.definition, survey: survey.definition };
}

describe('chartDataFromDefinitions (CLI)', () => {
  it('draws in the chart’s language and warns in the command’s', () => {
    const defined = definitions({ section: 'turvallisuus' });
    const { responses } = parseResponsesCsv(fixture('rannikko-long.csv'), defined);
    const en = chartDataFromDefinitions('goal-bars', responses, defined, 'en');
    expect(en.warnings).toEqual([
      expect.stringMatching(/^the survey definition has no English text/),
    ]);
    const spoken = chartDataFromDefinitions('goal-bars', responses, defined, 'en', 'sv');
    expect(spoken.data).toEqual(en.data);
    expect(spoken.warnings).toEqual([
      expect.stringMatching(/^enkätdefinitionen har ingen engelsk text/),
    ]);
  });

  it('refuses a radar the survey names no questions for, in the command’s language', () => {
    const refusal = (speaks: 'fi' | 'en') => {
      try {
        chartDataFromDefinitions('rescue-radar', [], definitions(), 'sv', speaks);
      } catch (error) {
        expect(error).toBeInstanceOf(CliError);
        return (error as Error).message;
      }
      return 'no error';
    };
    expect(refusal('fi')).toMatch(/^kyselyn määrittely ei nimeä tutkakaavion kysymyksiä/);
    expect(refusal('en')).toMatch(/^the survey definition names no questions for the radar/);
  });
});
