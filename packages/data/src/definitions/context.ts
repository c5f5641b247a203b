/**
 * What the importers need from an area and a survey, derived once: matching municipalities (id or any
 * name) and items (id, or question text in any language), the no-answer words, the scale's level words
 * and the goal structure. `contextFor()` with no arguments gives the shipped Länsi-Uusimaa area and 2024
 * survey.
 */
import { lansiUusimaa, municipalityFinder } from '../municipalities';
import { survey2024Definition } from '../survey2024/definition';
import type { Rating } from '../types';
import { problem } from './messages';
import { DefinitionError } from './messages';
import { normalizeQuestion, normalizeText } from './normalize';
import { surveyItems } from './survey';
import type { Area, SurveyDefinition } from './types';

export interface DefinitionContextOptions {
  /** Default: the shipped area (`lansiUusimaa`). */
  readonly area?: Area;
  /** Default: the shipped 2024 survey (`survey2024Definition`). */
  readonly survey?: SurveyDefinition;
}

export interface DefinitionContext {
  readonly area: Area;
  readonly survey: SurveyDefinition;
  /** The area's municipality ids, in the area's order. */
  readonly municipalityIds: readonly string[];
  /** A municipality's id from its id or its fi/sv/en name (normalizeText: case, spaces, NFC). */
  readonly matchMunicipality: (text: string) => string | undefined;
  /** Every goal and sub-goal id, in definition order (a goal before its sub-goals). */
  readonly itemIds: readonly string[];
  /** An item's id from its id (case-insensitive, trimmed). */
  readonly matchItem: (text: string) => string | undefined;
  /** Each item's question texts (fi, and sv / en where defined), by item id: for header matching. */
  readonly itemTexts: Readonly<Record<string, readonly string[]>>;
  /** An item's id from its question text in any language (normalizeQuestion: also trailing . : ? !). */
  readonly matchQuestion: (text: string) => string | undefined;
  /** The no-answer words of every language, as defined. */
  readonly noAnswerWords: readonly string[];
  /** The scale's level words of every language (normalizeText) → the level's value. */
  readonly levels: ReadonlyMap<string, Rating>;
  /** The goals with their sub-goal ids (none = the goal is rated directly), for `aggregate`. */
  readonly goals: readonly { readonly id: string; readonly subGoalIds: readonly string[] }[];
}

/**
 * The importers' reference data from an area and a survey. Throws a DefinitionError when the survey's
 * scale is not 1–5: the importers' ratings and the charts' axes are the 1–5 scale.
 */
export function contextFor(options: DefinitionContextOptions = {}): DefinitionContext {
  const area = options.area ?? lansiUusimaa;
  const survey = options.survey ?? survey2024Definition;
  if (survey.scale.min !== 1 || survey.scale.max !== 5) {
    throw new DefinitionError('survey', [
      problem('level-outside-scale', 'scale', {
        value: `${survey.scale.min}–${survey.scale.max}`,
        min: 1,
        max: 5,
      }),
    ]);
  }
  const findMunicipality = municipalityFinder(area);
  const items = surveyItems(survey);
  const byId = new Map(items.map((item) => [normalizeText(item.id), item.id]));
  const itemTexts: Record<string, readonly string[]> = {};
  const byText = new Map<string, string>();
  for (const item of items) {
    const texts = [item.label.fi, item.label.sv, item.label.en].filter((t) => t !== undefined);
    itemTexts[item.id] = texts;
    for (const text of texts) byText.set(normalizeQuestion(text), item.id);
  }
  const levels = new Map<string, Rating>();
  for (const level of survey.scale.levels) {
    const { fi, sv, en } = level.words;
    for (const word of [...fi, ...sv, ...en])
      levels.set(normalizeText(word), level.value as Rating);
  }
  return {
    area,
    survey,
    municipalityIds: area.municipalities.map((m) => m.id),
    matchMunicipality: (text) => findMunicipality(text)?.id,
    itemIds: items.map((item) => item.id),
    matchItem: (text) => byId.get(normalizeText(text)),
    itemTexts,
    matchQuestion: (text) => byText.get(normalizeQuestion(text)),
    noAnswerWords: [...survey.noAnswer.fi, ...survey.noAnswer.sv, ...survey.noAnswer.en],
    levels,
    goals: survey.sections.flatMap((section) =>
      section.goals.map((goal) => ({ id: goal.id, subGoalIds: goal.subGoals.map((s) => s.id) })),
    ),
  };
}
