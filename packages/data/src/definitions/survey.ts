/**
 * `defineSurvey` and the survey's validation (shared with `parseSurveyJson`): ids valid and unique
 * (section ids among sections, item ids among every goal and sub-goal), texts non-empty, no two items with
 * the same question text in a language (a column header must name one item), the scale's levels one per
 * whole number from min to max, and no word both two levels' or a level's and a no-answer word.
 */
import { DefinitionError } from './messages';
import { normalizeQuestion } from './normalize';
import { readRadar } from './radar';
import { join, Reader, UniqueKeys } from './read';
import { readScale, readWords } from './scale';
import type {
  GoalDefinition,
  SectionDefinition,
  SubGoalDefinition,
  SurveyDefinition,
  SurveyInput,
  DefinitionResult,
} from './types';

const SURVEY_REQUIRED = ['id', 'name', 'year', 'scale', 'noAnswer', 'sections'];
const SURVEY_FIELDS = ['$schema', ...SURVEY_REQUIRED, 'radar', 'source'];
const SECTION_FIELDS = ['id', 'label', 'shortLabel', 'goals'];
const GOAL_FIELDS = ['id', 'label', 'subGoals'];

interface ItemKeys {
  readonly ids: UniqueKeys;
  readonly texts: UniqueKeys;
}

function readItem(
  reader: Reader,
  value: unknown,
  path: string,
  keys: ItemKeys,
  fields: readonly string[],
): { item: SubGoalDefinition; record: Readonly<Record<string, unknown>> } | undefined {
  const record = reader.object(value, path, fields, ['id', 'label']);
  if (record === undefined) return undefined;
  const id = reader.id(record.id, join(path, 'id'));
  const label = reader.definedText(record.label, join(path, 'label'));
  if (id !== undefined) keys.ids.claim(id, join(path, 'id'));
  if (label !== undefined) {
    for (const locale of ['fi', 'sv', 'en'] as const) {
      const text = label[locale];
      if (text === undefined) continue;
      const at = join(join(path, 'label'), locale);
      keys.texts.claim(`${locale}:${normalizeQuestion(text)}`, at, text);
    }
  }
  if (id === undefined || label === undefined) return undefined;
  return { item: { id, label }, record };
}

function readGoal(
  reader: Reader,
  value: unknown,
  path: string,
  keys: ItemKeys,
): GoalDefinition | undefined {
  const read = readItem(reader, value, path, keys, GOAL_FIELDS);
  if (read === undefined) return undefined;
  const list =
    read.record.subGoals === undefined
      ? []
      : reader.list(read.record.subGoals, join(path, 'subGoals'), false);
  const subGoals = (list ?? []).map(
    (sub, i) => readItem(reader, sub, join(join(path, 'subGoals'), i), keys, ['id', 'label'])?.item,
  );
  return { ...read.item, subGoals: subGoals.filter((s) => s !== undefined) };
}

function readSection(
  reader: Reader,
  value: unknown,
  path: string,
  sectionIds: UniqueKeys,
  keys: ItemKeys,
): SectionDefinition | undefined {
  const record = reader.object(value, path, SECTION_FIELDS, ['id', 'label', 'goals']);
  if (record === undefined) return undefined;
  const id = reader.id(record.id, join(path, 'id'));
  if (id !== undefined) sectionIds.claim(id, join(path, 'id'));
  const label = reader.definedText(record.label, join(path, 'label'));
  const shortLabel =
    record.shortLabel === undefined
      ? undefined
      : reader.definedText(record.shortLabel, join(path, 'shortLabel'));
  const goals = (reader.list(record.goals, join(path, 'goals')) ?? []).map((goal, i) =>
    readGoal(reader, goal, join(join(path, 'goals'), i), keys),
  );
  if (id === undefined || label === undefined) return undefined;
  return {
    id,
    label,
    ...(shortLabel === undefined ? {} : { shortLabel }),
    goals: goals.filter((g) => g !== undefined),
  };
}

/** Validates a survey given as an unknown value (TS literal or parsed JSON). */
export function readSurvey(value: unknown): DefinitionResult<SurveyDefinition> {
  const reader = new Reader();
  const record = reader.root(value, SURVEY_FIELDS, SURVEY_REQUIRED);
  if (record === undefined) return reader.failed();
  const id = reader.id(record.id, 'id');
  const name = reader.definedText(record.name, 'name');
  const year = reader.wholeNumber(record.year, 'year');
  const words = new UniqueKeys(reader, 'duplicate-word');
  const scale = readScale(reader, record.scale, 'scale', words);
  const noAnswer = readWords(reader, record.noAnswer, 'noAnswer', words, false);
  const source = reader.source(record.source, 'source');
  const keys = {
    ids: new UniqueKeys(reader, 'duplicate-id'),
    texts: new UniqueKeys(reader, 'duplicate-text'),
  };
  const sectionIds = new UniqueKeys(reader, 'duplicate-id');
  const sections = (reader.list(record.sections, 'sections') ?? [])
    .map((section, i) => readSection(reader, section, join('sections', i), sectionIds, keys))
    .filter((s) => s !== undefined);
  const radar = readRadar(reader, record.radar, 'radar', sections);
  if (
    id === undefined ||
    name === undefined ||
    year === undefined ||
    scale === undefined ||
    noAnswer === undefined
  ) {
    return reader.failed();
  }
  return reader.result({
    id,
    name,
    year,
    scale,
    noAnswer,
    sections,
    ...(radar === undefined ? {} : { radar }),
    ...(source === undefined ? {} : { source }),
  });
}

/**
 * Declares a survey round: `defineSurvey({ id, name, year, scale: { min, max, levels }, noAnswer,
 * sections: [{ id, label, goals: [{ id, label, subGoals? }] }] })`. Literal item and section ids are kept.
 * Throws a DefinitionError (fi/sv/en, with the path of each bad field) for an invalid survey.
 */
export function defineSurvey<const ItemId extends string, const SectionId extends string>(
  input: SurveyInput<ItemId, SectionId>,
): SurveyDefinition<ItemId, SectionId> {
  const result = readSurvey(input);
  if (!result.ok) throw new DefinitionError('survey', result.problems);
  return result.definition as SurveyDefinition<ItemId, SectionId>;
}

/** Every rated item of a survey (each goal, then its sub-goals), in definition order. */
export function surveyItems<ItemId extends string>(
  survey: SurveyDefinition<ItemId>,
): readonly (SubGoalDefinition<ItemId> & { readonly goalId: ItemId })[] {
  return survey.sections.flatMap((section) =>
    section.goals.flatMap((goal) => [
      { id: goal.id, label: goal.label, goalId: goal.id },
      ...goal.subGoals.map((sub) => ({ id: sub.id, label: sub.label, goalId: goal.id })),
    ]),
  );
}
