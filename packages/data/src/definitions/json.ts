/**
 * The JSON form of the definitions (schema: packages/data/schema/area.schema.json and
 * survey.schema.json): parsed into the same validated definitions as `defineArea` / `defineSurvey`, or
 * every problem with its path in fi/sv/en; and a definition written back as that JSON.
 */
import type { LocalizedText } from '../types';
import { problem, visible } from './messages';
import { readArea } from './area';
import { readSurvey } from './survey';
import type { Area, DefinitionResult, PlaceName, SurveyDefinition } from './types';

function parse(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: visible(reason) };
  }
}

/** An area from its JSON text (a leading BOM is allowed). */
export function parseAreaJson(text: string): DefinitionResult<Area> {
  const json = parse(text);
  if (!json.ok)
    return { ok: false, problems: [problem('invalid-json', '', { value: json.reason })] };
  return readArea(json.value);
}

/** A survey from its JSON text (a leading BOM is allowed). */
export function parseSurveyJson(text: string): DefinitionResult<SurveyDefinition> {
  const json = parse(text);
  if (!json.ok)
    return { ok: false, problems: [problem('invalid-json', '', { value: json.reason })] };
  return readSurvey(json.value);
}

function placeName(name: LocalizedText): PlaceName {
  return name.en === name.fi
    ? { fi: name.fi, sv: name.sv }
    : { fi: name.fi, sv: name.sv, en: name.en };
}

/** The JSON value of an area (what parseAreaJson reads back into an equal area). */
export function areaToJson(area: Area): Record<string, unknown> {
  return {
    $schema: './area.schema.json',
    id: area.id,
    name: placeName(area.name),
    municipalities: area.municipalities.map((m) => ({
      id: m.id,
      name: placeName(m.name),
      ...(m.code === undefined ? {} : { code: m.code }),
    })),
    ...(area.source === undefined ? {} : { source: area.source }),
  };
}

/** The JSON value of a survey (what parseSurveyJson reads back into an equal survey). */
export function surveyToJson(survey: SurveyDefinition): Record<string, unknown> {
  const { radar, source, ...rest } = survey;
  // The radar as declared: its section, or else its items (the items of a section follow from it).
  const axes = radar?.section === undefined ? { items: radar?.items } : { section: radar.section };
  return {
    $schema: './survey.schema.json',
    ...rest,
    ...(radar === undefined ? {} : { radar: { ...axes, series: radar.series } }),
    ...(source === undefined ? {} : { source }),
  };
}
