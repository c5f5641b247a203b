/**
 * What every parser shares: matching items and municipalities, no-answer tokens and the scale's words
 * (the collector of rows and errors is in collector.ts), from the area and survey definitions
 * (`options.area` / `options.survey`, default the shipped Länsi-Uusimaa area and 2024 survey) through
 * `contextFor`; `items`, `noAnswerTokens` and `scale` still override their part.
 */
import { contextFor } from '../definitions/context';
import type { DefinitionContext } from '../definitions/context';
import type { Rating } from '../types';
import { levelWordMap, noAnswerSet, normalizeToken } from './cells';
import type { ResponsesParseOptions } from './types';

export interface ParseContext {
  readonly matchItem: (text: string) => string | undefined;
  /** How many items `matchItem` knows. */
  readonly itemCount: number;
  /** A municipality of the area by id or fi/sv/en name. */
  readonly matchMunicipality: (text: string) => string | undefined;
  readonly noAnswer: ReadonlySet<string>;
  /** The scale's level words (fi, sv, en) → their value. */
  readonly levels: ReadonlyMap<string, Rating>;
  /** The definitions the context was made from (question texts: `definitions.itemTexts`). */
  readonly definitions: DefinitionContext;
}

export function createContext(options: ResponsesParseOptions = {}): ParseContext {
  const definitions = contextFor({ area: options.area, survey: options.survey });
  const items = new Map<string, string>();
  for (const id of options.items ?? definitions.itemIds) items.set(normalizeToken(id), id);
  return {
    matchItem: (text) => items.get(normalizeToken(text)),
    itemCount: items.size,
    matchMunicipality: definitions.matchMunicipality,
    noAnswer: noAnswerSet(options.noAnswerTokens ?? definitions.noAnswerWords),
    levels: options.scale === undefined ? definitions.levels : levelWordMap(options.scale),
    definitions,
  };
}
