// chartDataFromDefinitions('rescue-radar', …) (issue 13): another area's and survey's responses drawn as
// RescueRadarData from the items the survey's `radar` names. The expected means are computed here from
// the CSV's own text (the survey's words for the levels, its no-answer word, the area's names), not by
// the importer: per municipality first, then across municipalities. The area and survey are the
// invented (illustrative) ones in tests/fixtures/areas.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartDataFromDefinitions, UnsupportedChartError } from '@yhdyspinta/charts/static';
import { rescueRadarFromResponses } from '@yhdyspinta/charts';
import { parseAreaJson, parseResponsesCsv, parseSurveyJson } from '@yhdyspinta/data';
import type { Area, SurveyDefinition } from '@yhdyspinta/data';

const text = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const AREA_JSON = JSON.parse(text('../fixtures/areas/rannikko.area.json')) as {
  municipalities: { id: string; name: { fi: string; sv: string } }[];
};
const SURVEY_JSON = JSON.parse(text('../fixtures/areas/rannikko-2026.survey.json')) as {
  scale: { levels: { value: number; words: { fi: string[] } }[] };
};
const CSV = text('../fixtures/areas/rannikko-long.csv');

function area(): Area {
  const result = parseAreaJson(JSON.stringify(AREA_JSON));
  if (!result.ok) throw new Error('invalid test area');
  return result.definition;
}

function survey(radar?: unknown): SurveyDefinition {
  const result = parseSurveyJson(JSON.stringify({ ...SURVEY_JSON, radar }));
  if (!result.ok) throw new Error(result.problems.map((p) => p.message.en).join('\n'));
  return result.definition;
}

/** item → municipality id → ratings, read from the CSV text directly. */
function ratingsByItem(): Map<string, Map<string, number[]>> {
  const idOf = new Map<string, string>();
  for (const m of AREA_JSON.municipalities)
    for (const n of [m.id, m.name.fi, m.name.sv]) idOf.set(n, m.id);
  const words = new Map(SURVEY_JSON.scale.levels.map((l) => [l.words.fi[0], l.value]));
  const byItem = new Map<string, Map<string, number[]>>();
  for (const line of CSV.trim().split(/\r?\n/).slice(1)) {
    const [name = '', item = '', cell = ''] = line.split(';');
    const rating = /^\d$/.test(cell) ? Number(cell) : words.get(cell);
    const id = idOf.get(name);
    if (rating === undefined || id === undefined) continue; // "En osaa sanoa"
    const own = byItem.get(item) ?? new Map<string, number[]>();
    own.set(id, [...(own.get(id) ?? []), rating]);
    byItem.set(item, own);
  }
  return byItem;
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const EXPECTED = ratingsByItem();
const itemMean = (item: string) => mean([...(EXPECTED.get(item)?.values() ?? [])].map(mean));

const responses = () =>
  parseResponsesCsv(CSV, { area: area(), survey: survey({ section: 'turvallisuus' }) }).responses;

describe('chartDataFromDefinitions: rescue-radar from another survey', () => {
  it('the section’s questions as axes and the area’s mean per question, the base and the survey’s words', () => {
    const definitions = { area: area(), survey: survey({ section: 'turvallisuus' }) };
    const { data, warnings } = chartDataFromDefinitions(
      'rescue-radar',
      responses(),
      definitions,
      'fi',
    );
    expect(warnings).toEqual([]);
    expect(data.axes.map((a) => a.id)).toEqual(['t7.1', 't7.2', 't7.3', 't8', 't9']);
    expect(data.axes[3]?.label).toMatch(/\S/);
    expect(data.series.map((s) => [s.id, s.label])).toEqual([
      ['mean', 'Kuntien vastausten keskiarvo'],
    ]);
    const values = data.series[0]?.values ?? {};
    expect(Object.keys(values)).toHaveLength(5);
    for (const axis of data.axes) expect(values[axis.id]).toBeCloseTo(itemMean(axis.id), 10);
    // Municipalities with a rating of one of the five questions.
    const answered = new Set(data.axes.flatMap((a) => [...(EXPECTED.get(a.id)?.keys() ?? [])]));
    expect(data.base).toEqual({ answered: answered.size, total: 25 });
    expect(data.scale?.levels.find((l) => l.value === 5)?.label).toBe('Täysin samaa mieltä');
  });

  it('in Swedish: the questions’ and the levels’ Swedish words', () => {
    const definitions = { area: area(), survey: survey({ section: 'turvallisuus' }) };
    const fi = chartDataFromDefinitions('rescue-radar', responses(), definitions, 'fi').data;
    const sv = chartDataFromDefinitions('rescue-radar', responses(), definitions, 'sv').data;
    expect(sv.axes.map((a) => a.label)).not.toEqual(fi.axes.map((a) => a.label));
    expect(sv.scale?.levels.find((l) => l.value === 5)?.label).toBe('Helt av samma åsikt');
  });

  it('a goal with sub-goals is its goal mean; one series per municipality with a rating, in the area’s order', () => {
    const definitions = {
      area: area(),
      survey: survey({ items: ['t7', 't8', 't9'], series: 'municipalities' }),
    };
    const { data } = chartDataFromDefinitions('rescue-radar', responses(), definitions, 'fi');
    const ids = AREA_JSON.municipalities.map((m) => m.id);
    const rated = ids.filter((id) =>
      ['t7.1', 't7.2', 't7.3', 't8', 't9'].some((item) => EXPECTED.get(item)?.has(id)),
    );
    expect(rated.length).toBeGreaterThan(2);
    expect(data.series.map((s) => s.id)).toEqual(rated);
    const first = data.series[0];
    const own = (item: string) => EXPECTED.get(item)?.get(first?.id ?? '');
    const subMeans = ['t7.1', 't7.2', 't7.3'].flatMap((item) => {
      const ratings = own(item);
      return ratings ? [mean(ratings)] : [];
    });
    expect(first?.values.t7).toBeCloseTo(mean(subMeans), 10);
    expect(first?.values.t8 ?? null).toBe(own('t8') ? mean(own('t8') ?? []) : null);
  });

  it('a survey that names no radar: UnsupportedChartError saying how to name one, in each language', () => {
    const definitions = { area: area(), survey: survey() };
    const texts = (['fi', 'sv', 'en'] as const).map((locale) => {
      try {
        chartDataFromDefinitions('rescue-radar', [], definitions, locale);
      } catch (error) {
        expect(error).toBeInstanceOf(UnsupportedChartError);
        // Every language's text beside the chart's own (a tool may speak another).
        const { localized, message } = error as UnsupportedChartError;
        expect(localized[locale]).toBe(message);
        return message;
      }
      return 'no error';
    });
    expect(texts[0]).toContain('radar: { "section": "<osion tunnus>" }');
    expect(texts[1]).toContain('radar: { "section": "<avsnittets id>" }');
    expect(texts[2]).toContain('radar: { "section": "<section id>" }');
  });

  it('texts the survey lacks in the chart’s language: a warning in that language, and in each language', () => {
    const definitions = { area: area(), survey: survey({ section: 'turvallisuus' }) };
    const made = chartDataFromDefinitions('rescue-radar', responses(), definitions, 'en');
    expect(made.localizedWarnings).toHaveLength(1);
    const [warning] = made.localizedWarnings;
    expect(made.warnings).toEqual([warning?.en]);
    expect(warning?.en).toMatch(
      /^the survey definition has no English text for \d+ heading\(s\) or question\(s\); they are shown in Finnish\.$/,
    );
    expect(warning?.fi).toMatch(/^kyselyn määrittelyssä ei ole englanninkielistä tekstiä \d+ /);
    expect(warning?.sv).toMatch(/^enkätdefinitionen har ingen engelsk text för \d+ rubriker/);
    // Finnish is every survey's own language: nothing to warn of.
    const fi = chartDataFromDefinitions('rescue-radar', responses(), definitions, 'fi');
    expect([fi.warnings, fi.localizedWarnings]).toEqual([[], []]);
  });

  it('the shipped survey draws the rescue radar its own adapter draws from the same responses', () => {
    const example = text('../fixtures/responses-example.csv');
    const parsed = parseResponsesCsv(example).responses;
    const { data } = chartDataFromDefinitions('rescue-radar', parsed, {}, 'fi');
    const shipped = rescueRadarFromResponses(parsed);
    expect(data.axes).toEqual(shipped.axes);
    expect(data.series).toEqual(shipped.series);
    expect(data.base).toEqual(shipped.base);
  });
});
