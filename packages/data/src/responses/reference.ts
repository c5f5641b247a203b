/**
 * The reference data the parsers and the aggregation use, taken from the package's municipalities and
 * 2024 survey modules (no copies here).
 */
import { findMunicipality, MUNICIPALITY_IDS } from '../municipalities';
import { survey2024 } from '../survey2024';
import type { MunicipalityId } from '../types';
import type { GoalStructure } from './types';

/** The ten municipalities in the area's order (the survey's response table). */
export const MUNICIPALITY_ORDER: readonly MunicipalityId[] = MUNICIPALITY_IDS;

/** The municipality named by an id or a Finnish or Swedish name (trimmed, case-insensitive). */
export function resolveMunicipality(text: string): MunicipalityId | undefined {
  return findMunicipality(text)?.id;
}

/** The 2024 survey's goals; a goal rated directly has no sub-goal ids. */
export function surveyGoalStructure(): readonly GoalStructure[] {
  return survey2024.goals.map((goal) => ({
    id: goal.id,
    subGoalIds: goal.subGoals.map((subGoal) => subGoal.id),
  }));
}

/** Every goal and sub-goal id of the 2024 survey (rescue goals included), in source order. */
export function surveyItemIds(): readonly string[] {
  const ids = survey2024.goals.flatMap((goal) => [goal.id, ...goal.subGoals.map((s) => s.id)]);
  return [...new Set([...ids, ...survey2024.rescueGoals.map((goal) => goal.id)])];
}
