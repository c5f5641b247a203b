/**
 * The reference data the parsers and the aggregation use by default: the shipped area's and 2024 survey's
 * definitions (no copies here). Other areas and surveys come through `contextFor` (definitions/context.ts).
 */
import { findMunicipality, MUNICIPALITY_IDS } from '../municipalities';
import { survey2024Definition } from '../survey2024/definition';
import { surveyItems } from '../definitions/survey';
import type { SurveyDefinition } from '../definitions/types';
import type { MunicipalityId } from '../types';
import type { GoalStructure } from './types';

/** The ten municipalities in the area's order (the survey's response table). */
export const MUNICIPALITY_ORDER: readonly MunicipalityId[] = MUNICIPALITY_IDS;

/** The municipality named by an id or a Finnish or Swedish name (trimmed, case-insensitive). */
export function resolveMunicipality(text: string): MunicipalityId | undefined {
  return findMunicipality(text)?.id;
}

/** A survey's goals (default the 2024 survey's); a goal rated directly has no sub-goal ids. */
export function surveyGoalStructure(
  survey: SurveyDefinition = survey2024Definition,
): readonly GoalStructure[] {
  return survey.sections.flatMap((section) =>
    section.goals.map((goal) => ({ id: goal.id, subGoalIds: goal.subGoals.map((s) => s.id) })),
  );
}

/** Every goal and sub-goal id of a survey (default the 2024 survey's, rescue goals included), in order. */
export function surveyItemIds(survey: SurveyDefinition = survey2024Definition): readonly string[] {
  return surveyItems(survey).map((item) => item.id);
}
