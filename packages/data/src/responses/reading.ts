/**
 * The state of one parse that the row readers share: the context's matchers behind small caches (a
 * file names the same few municipalities and items on every row), the interned names for duplicate
 * keys, and the collector.
 */
import type { Locale } from '../types';
import { ratingFromText } from './cells';
import type { RatingCell } from './cells';
import { createTripleClaims } from './claims';
import type { TripleClaims } from './claims';
import type { Collector } from './collector';
import { createContext } from './context';
import type { ParseContext } from './context';
import { questionMatcher } from './headerWords';
import type { ResponsesParseOptions } from './types';
import { ownString } from './keys';
import type { Interner } from './keys';

/** Distinct cell texts remembered per matcher (beyond it, texts are matched each time). */
const CACHE_LIMIT = 10_000;

export interface Reading {
  readonly context: ParseContext;
  readonly collector: Collector;
  readonly matchMunicipality: (text: string) => string | undefined;
  /** An item by its id, else by its question text (a long file's question column may hold either). */
  readonly matchItem: (text: string) => string | undefined;
  /** A rating cell's text read on the context's scale and no-answer words (see `ratingFromText`). */
  readonly rating: (text: string) => RatingCell;
  readonly municipalities: Interner;
  readonly items: Interner;
  readonly respondents: Interner;
  /** The line each respondent (by its number) was first named on: the respondent layout's check. */
  readonly respondentLines: number[];
  /** The (respondent, municipality, item) triples seen, for a long file's duplicate check. */
  readonly triples: TripleClaims;
}

function cached(match: (text: string) => string | undefined): (text: string) => string | undefined {
  const cache = new Map<string, string | null>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit ?? undefined;
    const found = match(text);
    if (cache.size < CACHE_LIMIT) cache.set(ownString(text), found ?? null);
    return found;
  };
}

/** Rating cells repeat a few texts ("4", "Hyvin", "En osaa sanoa"): each is read once. */
function cachedRating(context: ParseContext): (text: string) => RatingCell {
  const cache = new Map<string, RatingCell>();
  return (text) => {
    // One character ("4"): read directly, faster than the cache.
    if (text.length === 1) return ratingFromText(text, context.noAnswer, context.levels);
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const cell = ratingFromText(text, context.noAnswer, context.levels);
    if (cache.size < CACHE_LIMIT) cache.set(ownString(text), cell);
    return cell;
  };
}

export function createReading(
  context: ParseContext,
  collector: Collector,
  matchQuestion: (text: string) => string | undefined = () => undefined,
): Reading {
  return {
    context,
    collector,
    matchMunicipality: cached(context.matchMunicipality),
    matchItem: cached((text) => context.matchItem(text) ?? matchQuestion(text)),
    rating: cachedRating(context),
    ...collector.names,
    respondentLines: [],
    triples: createTripleClaims(context.itemCount),
  };
}

/**
 * A record's respondent as the duplicate check numbers it: 0 for a record without one, a named
 * respondent from 1 on, so an unnamed record never shares a key with a named respondent's.
 */
export function respondentKey(reading: Reading, respondent: string | undefined): number {
  return respondent === undefined ? 0 : reading.respondents.index(respondent) + 1;
}

/** The shipped area's id: its messages name it in their own words. */
const SHIPPED_AREA = 'lansi-uusimaa';

/** The area's name in `locale` for 'unknown-municipality' messages; undefined for the shipped area. */
export function areaName(context: ParseContext, locale: Locale = 'fi'): string | undefined {
  const area = context.definitions.area;
  return area.id === SHIPPED_AREA ? undefined : area.name[locale];
}

/** Contexts already made for inputs read with only an area and / or a survey (no overrides). */
const contexts = new WeakMap<object, WeakMap<object, ParseContext>>();
const DEFAULT_KEY = {};

/**
 * `createContext(options)`, made once per (area, survey) when no other option changes it: building the
 * definitions' lookups costs more than parsing a small file.
 */
export function contextOf(options: ResponsesParseOptions): ParseContext {
  if (options.items || options.noAnswerTokens || options.scale) return createContext(options);
  const areaKey = options.area ?? DEFAULT_KEY;
  const surveyKey = options.survey ?? DEFAULT_KEY;
  let bySurvey = contexts.get(areaKey);
  if (!bySurvey) {
    bySurvey = new WeakMap();
    contexts.set(areaKey, bySurvey);
  }
  const known = bySurvey.get(surveyKey);
  if (known) return known;
  const context = createContext(options);
  bySurvey.set(surveyKey, context);
  return context;
}

/**
 * An item by its question text: `itemTexts` when given, else the survey's; the whole header, or the
 * part in its last [brackets] (Google Forms writes a grid question's rows as "Question [row]").
 */
export function questionsOf(
  context: ParseContext,
  itemTexts: ResponsesParseOptions['itemTexts'],
): (text: string) => string | undefined {
  if (itemTexts) return questionMatcher(itemTexts);
  const match = context.definitions.matchQuestion;
  return (text) => {
    const whole = match(text);
    if (whole !== undefined) return whole;
    const bracket = /\[([^\]]+)\]\s*$/.exec(text)?.[1];
    return bracket === undefined ? undefined : match(bracket);
  };
}
