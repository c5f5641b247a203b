/**
 * Types of the definitions as data: a welfare area (its municipalities) and a survey (its scale, no-answer
 * words, sections, goals and sub-goals), declared with `defineArea` / `defineSurvey` or read from their
 * JSON form (`parseAreaJson` / `parseSurveyJson`). Ids are strings; the generic parameters keep a declared
 * definition's literal id unions.
 */
import type { Locale, LocalizedText, Municipality, SourceRef } from '../types';

/** A name or label as declared: Finnish always; Swedish and English where the definition has them. */
export interface DefinedText {
  readonly fi: string;
  readonly sv?: string;
  readonly en?: string;
}

/** A place name as declared: Finnish and Swedish (both official in Finland); English = Finnish if absent. */
export interface PlaceName {
  readonly fi: string;
  readonly sv: string;
  readonly en?: string;
}

export interface MunicipalityInput<Id extends string = string> {
  readonly id: Id;
  readonly name: PlaceName;
  /** An official code, e.g. Statistics Finland's municipality number "049". */
  readonly code?: string;
}

export interface AreaInput<Id extends string = string> {
  readonly id: string;
  readonly name: PlaceName;
  readonly municipalities: readonly MunicipalityInput<Id>[];
  readonly source?: SourceRef;
}

/** A welfare area: its id, name and municipalities in the area's order (charts list them so). */
export interface Area<Id extends string = string> {
  readonly id: string;
  readonly name: LocalizedText;
  readonly municipalities: readonly Municipality<Id>[];
  readonly source?: SourceRef;
}

/** Words per language: a scale level's words (the first is its label) or the no-answer words. */
export interface LocalizedWords {
  readonly fi: readonly string[];
  readonly sv: readonly string[];
  readonly en: readonly string[];
}

export interface ScaleLevelDefinition {
  /** A whole number from the scale's min to max. */
  readonly value: number;
  /** The level's words in each language ("Hyvin", "Bra", "Well"); the first of each is its label. */
  readonly words: LocalizedWords;
}

export interface ScaleDefinition {
  readonly min: number;
  readonly max: number;
  /** One level per whole number from min to max, in any order. */
  readonly levels: readonly ScaleLevelDefinition[];
}

/** A rated item: its id and the question text as the survey asks it (also matched against a column header). */
export interface SubGoalDefinition<ItemId extends string = string> {
  readonly id: ItemId;
  readonly label: DefinedText;
}

/** A sub-goal as declared: the same as its validated definition. */
export type SubGoalInput<ItemId extends string = string> = SubGoalDefinition<ItemId>;

export interface GoalInput<ItemId extends string = string> extends SubGoalInput<ItemId> {
  /** Rated items under the goal; none = the goal is rated directly. */
  readonly subGoals?: readonly SubGoalInput<ItemId>[];
}

export interface GoalDefinition<ItemId extends string = string> extends SubGoalDefinition<ItemId> {
  /** Empty when the goal is rated directly. */
  readonly subGoals: readonly SubGoalDefinition<ItemId>[];
}

/** A section with its goals, as declared (`GoalInput`) or validated (`GoalDefinition`). */
export interface SectionOf<Goal, SectionId extends string = string> {
  readonly id: SectionId;
  readonly label: DefinedText;
  /** A short label for chart group labels; `label` if absent. */
  readonly shortLabel?: DefinedText;
  readonly goals: readonly Goal[];
}

export type SectionInput<
  ItemId extends string = string,
  SectionId extends string = string,
> = SectionOf<GoalInput<ItemId>, SectionId>;

export type SectionDefinition<
  ItemId extends string = string,
  SectionId extends string = string,
> = SectionOf<GoalDefinition<ItemId>, SectionId>;

/**
 * What a RescueRadar of the survey's responses draws: `section` (its questions: each goal's sub-goals,
 * or the goal where it is rated directly) or `items` (goal and sub-goal ids, in order; a goal with
 * sub-goals is drawn as its mean), at least three axes either way; `series` 'mean' (default: one
 * series, the area's mean) or 'municipalities' (one per municipality with a rating).
 */
export interface RadarInput<ItemId extends string = string, SectionId extends string = string> {
  readonly section?: SectionId;
  readonly items?: readonly ItemId[];
  readonly series?: 'mean' | 'municipalities';
}

/** A survey's validated radar: its axes' item ids (`section`'s, when it named one). */
export interface RadarDefinition<
  ItemId extends string = string,
  SectionId extends string = string,
> {
  readonly section?: SectionId;
  readonly items: readonly ItemId[];
  readonly series: 'mean' | 'municipalities';
}

/** A survey with its sections and radar, as declared (`SurveyInput`) or validated (`SurveyDefinition`). */
export interface SurveyOf<Section, Radar> {
  readonly id: string;
  readonly name: DefinedText;
  /** The round's year, e.g. 2024; a survey run again each strategy cycle is one definition per round. */
  readonly year: number;
  readonly scale: ScaleDefinition;
  /** Answers that mean "no answer" ("En osaa sanoa", "Vet ej"); an empty cell always does. */
  readonly noAnswer: LocalizedWords;
  readonly sections: readonly Section[];
  /** What a RescueRadar of the survey's responses draws; without it the survey has no radar. */
  readonly radar?: Radar;
  readonly source?: SourceRef;
}

export type SurveyInput<
  ItemId extends string = string,
  SectionId extends string = string,
> = SurveyOf<SectionInput<ItemId, SectionId>, RadarInput>;

/** A validated survey definition (`defineSurvey`, `parseSurveyJson`). */
export type SurveyDefinition<
  ItemId extends string = string,
  SectionId extends string = string,
> = SurveyOf<SectionDefinition<ItemId, SectionId>, RadarDefinition<ItemId, SectionId>>;

/** Machine-readable codes of definition problems. */
export type DefinitionProblemCode =
  | 'invalid-json'
  | 'not-an-object'
  | 'not-a-list'
  | 'not-a-string'
  | 'not-a-whole-number'
  | 'missing'
  | 'empty'
  | 'unknown-field'
  | 'invalid-id'
  | 'duplicate-id'
  | 'duplicate-name'
  | 'duplicate-code'
  | 'duplicate-text'
  | 'scale-range'
  | 'level-outside-scale'
  | 'level-missing'
  | 'duplicate-level'
  | 'duplicate-word'
  | 'number-word'
  | 'invalid-choice'
  | 'radar-axes'
  | 'unknown-reference'
  | 'too-few-axes';

/**
 * One problem of a definition: where (`path`, e.g. "municipalities[3].name.sv"; "" = the whole input),
 * what (`code`) and a sentence in each language naming the path.
 */
export interface DefinitionProblem {
  readonly path: string;
  readonly code: DefinitionProblemCode;
  readonly message: Readonly<Record<Locale, string>>;
}

/** A definition read from JSON: the definition, or every problem found (with paths). */
export type DefinitionResult<T> =
  | { readonly ok: true; readonly definition: T; readonly problems: readonly [] }
  | { readonly ok: false; readonly problems: readonly DefinitionProblem[] };
