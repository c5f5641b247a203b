/**
 * Types of raw survey responses: what `parseResponsesCsv` / `parseResponsesJson` return and what
 * `aggregate` computes. The published survey file holds only means; these are for users who hold the
 * survey tool's raw export.
 */
import type { Area, SurveyDefinition } from '../definitions/types';
import type { Locale, Rating, RatingScale } from '../types';

/** One municipality's answer to one item. `rating` null = the municipality gave no answer. */
export interface RawResponse {
  /** The id of a municipality of the area the input was read with (see `defineArea`). */
  readonly municipalityId: string;
  readonly itemId: string;
  readonly rating: Rating | null;
  /**
   * Who answered, where the input names respondents (a respondent / id column, or one respondent per
   * row): the id as written, or "#" and the line ("#7") for a respondent-per-row file without an id column. Absent
   * where the input has one answer per municipality.
   */
  readonly respondent?: string;
}

/**
 * Long = one row per answer (municipality, item, rating; optionally a respondent column); wide = one
 * row per municipality, one column per item; respondent = one row per respondent (Webropol, Microsoft
 * Forms, Google Forms: a timestamp or respondent id column, a municipality column, one column per
 * question), several respondents per municipality allowed.
 */
export type ResponsesFormat = 'long' | 'wide' | 'respondent';

export type CsvDelimiter = ',' | ';' | '\t';

/** Machine-readable error codes (see `ParseError.code`). */
export type ParseErrorCode =
  // whole input or header: fatal, no data row is read
  | 'empty-file'
  | 'unterminated-quote'
  | 'missing-header'
  | 'missing-column'
  | 'duplicate-column'
  | 'invalid-input'
  | 'invalid-file'
  | 'unknown-column'
  // one cell or field of a data row / record: the row is rejected
  | 'unknown-item'
  | 'unknown-municipality'
  | 'missing-value'
  | 'missing-cell'
  | 'extra-cell'
  | 'not-a-number'
  | 'not-a-whole-number'
  | 'rating-word-mismatch'
  | 'rating-out-of-range'
  | 'duplicate'
  | 'invalid-record'
  | 'missing-field'
  | 'invalid-type';

/**
 * One problem found in the input. CSV: `line` is the cell's 1-based row as a spreadsheet shows it (a
 * line break inside a quoted cell does not start a row; Excel's `sep=` line is row 0); `column` is the header name as written, or the 1-based column index (as a string) where there is
 * no name. JSON: `line` is the 1-based index of the record (array element, or municipality key in object
 * order), 0 for the input as a whole; `column` is the field name. `value` is the offending text as written
 * ('' where there is none). `message` is one sentence in the parse's `locale` (default Finnish) naming line,
 * column and value, with control and invisible characters written as \u escapes.
 */
export interface ParseError {
  readonly line: number;
  readonly column: string;
  readonly value: string;
  readonly code: ParseErrorCode;
  readonly message: string;
}

/**
 * The result of parsing raw responses. Invariant: rowsRead = rowsAccepted + rowsRejected. A rejected row
 * contributes no responses and has at least one error; `errors` may also hold whole-input errors that
 * belong to no row (then rowsRead is 0: a fatal error stops reading). `format` is null when the input was
 * not recognised as either format.
 */
export interface ResponsesParseResult {
  readonly responses: readonly RawResponse[];
  /** The first 1 000 errors (MAX_ERROR_OBJECTS) with their messages; the rest are in `errorCounts`. */
  readonly errors: readonly ParseError[];
  /** Every error counted per code, those in `errors` included (their sum is the number of errors). */
  readonly errorCounts: Readonly<Partial<Record<ParseErrorCode, number>>>;
  readonly rowsRead: number;
  readonly rowsAccepted: number;
  readonly rowsRejected: number;
  readonly format: ResponsesFormat | null;
  /**
   * A respondent-per-row file's columns that are no survey question and hold only text (open answers,
   * "Vapaa sana"): not read, and named here so that a caller can say so. A column of that kind whose
   * cells hold ratings is an 'unknown-column' error instead (a question whose text does not match).
   */
  readonly skippedColumns?: readonly SkippedColumn[];
}

/** A column left unread (see `ResponsesParseResult.skippedColumns`). */
export interface SkippedColumn {
  /** Its header text. */
  readonly column: string;
  /** Its 1-based position, and its letters as a spreadsheet names it (29, "AC"). */
  readonly position: number;
  readonly letter: string;
}

export interface CsvParseResult extends ResponsesParseResult {
  /** The delimiter used (detected, or the one given in the options). */
  readonly delimiter: CsvDelimiter;
  /**
   * Lines skipped because every cell is blank ('' or ';;;'), anywhere in the file. They are not rows:
   * not in rowsRead. They keep their row numbers, so an error's line is still the spreadsheet's row.
   */
  readonly blankLines: number;
}

export interface ResponsesParseOptions {
  /**
   * Known item ids (matched case-insensitively; responses carry the id as given here). Anything else is
   * an 'unknown-item' error. Default: every goal and sub-goal id of the 2024 survey.
   */
  readonly items?: readonly string[];
  /**
   * Cell texts meaning "no answer" (matched trimmed and case-insensitively). An empty cell always means
   * no answer. Default: DEFAULT_NO_ANSWER_TOKENS.
   */
  readonly noAnswerTokens?: readonly string[];
  /**
   * The scale whose level words ("Hyvin", "Bra", "Well", or "4 = Hyvin") are read as ratings.
   * Default: the 2024 survey's 1–5 scale.
   */
  readonly scale?: RatingScale;
  /**
   * The welfare area whose municipalities the input names (ids or fi/sv/en names; see `defineArea`).
   * Default: the shipped Länsi-Uusimaa area.
   */
  readonly area?: Area;
  /**
   * The survey whose items, question texts, level words and no-answer words the input uses (see
   * `defineSurvey`). Default: the shipped 2024 survey. `items`, `noAnswerTokens` and `scale` override it.
   */
  readonly survey?: SurveyDefinition;
  /** The language of the error messages. Default 'fi'. */
  readonly locale?: Locale;
  /**
   * Header texts that name an item besides its id, e.g. the full question text a survey tool writes as
   * the column header (matched after normalising case, spaces, quotes and trailing punctuation).
   * Default: the survey's goal and sub-goal texts in Finnish, Swedish and English.
   */
  readonly itemTexts?: Readonly<Record<string, readonly string[]>>;
  /** Columns named explicitly instead of found by their header words. */
  readonly columns?: ColumnMapping;
}

/**
 * Explicit columns, each the header text as written (trimmed, case-insensitive) or a 1-based column
 * number. A named column that is not in the header is a 'missing-column' error.
 */
export interface ColumnMapping {
  readonly municipality?: string | number;
  readonly item?: string | number;
  readonly rating?: string | number;
  readonly respondent?: string | number;
  /** Columns to skip (e.g. an open-text question of a respondent-per-row export). */
  readonly ignore?: readonly (string | number)[];
}

export interface CsvParseOptions extends ResponsesParseOptions {
  /** Use this delimiter instead of detecting it from the header line. */
  readonly delimiter?: CsvDelimiter;
}

/** Counts and statistics of a set of ratings (no-answers counted apart). */
export interface RatingSummary {
  /** Ratings given (no-answers excluded). */
  readonly n: number;
  /** No-answers (null ratings). */
  readonly noAnswer: number;
  /** Arithmetic mean of the ratings, unrounded; null when n = 0. */
  readonly mean: number | null;
  /** Median; for an even n the mean of the two middle ratings; null when n = 0. */
  readonly median: number | null;
  /** Counts of ratings 1, 2, 3, 4 and 5, in that order. */
  readonly distribution: readonly [number, number, number, number, number];
}

export interface ItemAggregate extends RatingSummary {
  readonly itemId: string;
  /**
   * The mean across municipalities of each municipality's mean (its respondents averaged first);
   * unrounded; null when n = 0. With one answer per municipality, the plain mean of the ratings.
   */
  readonly mean: number | null;
  /** Municipalities with at least one rating of the item (the n of `mean`; `n` counts ratings). */
  readonly municipalitiesRated: number;
}

/** The structure of a main goal: which rated items belong to it. */
export interface GoalStructure {
  readonly id: string;
  /** The sub-goals' item ids; empty = the goal is rated directly (it is its own item). */
  readonly subGoalIds: readonly string[];
}

export interface GoalAggregate {
  readonly goalId: string;
  /** The items aggregated: the sub-goal ids, or [goalId] for a goal rated directly. */
  readonly itemIds: readonly string[];
  /** Unweighted mean of the items' means, over the items with n > 0; null when none has. */
  readonly mean: number | null;
  /** How many of the items have n > 0 (the items in `mean`). */
  readonly itemsRated: number;
  /** Every rating of every item pooled into one set. */
  readonly pooled: RatingSummary;
}

export interface ResponsesAggregate {
  /** The structure's items in structure order, then other items of the input in order of appearance. */
  readonly items: readonly ItemAggregate[];
  readonly goals: readonly GoalAggregate[];
  readonly municipalities: {
    /** Municipalities with at least one rating (not null), in the area's order. */
    readonly answered: readonly string[];
    /** Municipalities present in the input with nothing but no-answers, in the area's order. */
    readonly onlyNoAnswers: readonly string[];
  };
}

export interface AggregateOptions {
  /** The goal structure. Default: `survey`'s goals (a goal with no sub-goals is its own item). */
  readonly goals?: readonly GoalStructure[];
  /** The area whose order `municipalities` lists are in. Default: the shipped Länsi-Uusimaa area. */
  readonly area?: Area;
  /** The survey whose goals are the structure when `goals` is not given. Default: the 2024 survey. */
  readonly survey?: SurveyDefinition;
}
