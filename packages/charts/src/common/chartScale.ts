/**
 * A survey's own rating scale words: the data of a 1–5 chart may name its levels in its survey's words
 * ("Täysin eri mieltä" … "Täysin samaa mieltä") instead of the 2024 municipal survey's ("Ei lainkaan" …
 * "Erinomaisesti", commonMessages' scaleLevels). Pure: the type, its check and the words by level.
 */
import type { Locale, Rating } from '@yhdyspinta/data';
import { commonMessages } from '../locale/common';
import { isNonEmptyText } from './validation';

/** One level of a rating scale: its value (1–5) and its word, already in the data's language. */
export interface ChartScaleLevel {
  readonly value: number;
  readonly label: string;
}

/**
 * The survey's own scale, e.g. from its definition (`defineSurvey`'s scale levels, the first word of each
 * in the display language): each of the levels 1–5 once, in any order, with a non-empty label.
 */
export interface ChartScale {
  readonly levels: readonly ChartScaleLevel[];
}

/** The words of the five levels, by level. */
export type ScaleWords = Readonly<Record<Rating, string>>;

const LEVELS: readonly Rating[] = [1, 2, 3, 4, 5];

/**
 * Checks an optional `scale` (undefined passes): an object whose `levels` are each of 1–5 exactly once,
 * each with a non-empty text label; what is wrong goes to `problems` (English, for the developer).
 */
export function checkChartScale(scale: unknown, problems: string[]): void {
  if (scale === undefined) return;
  const levels = (scale as { levels?: unknown } | null)?.levels;
  if (typeof scale !== 'object' || scale === null || !Array.isArray(levels)) {
    problems.push('data.scale.levels is not an array');
    return;
  }
  const seen = new Set<number>();
  levels.forEach((level: unknown, i) => {
    const { value, label } = (level ?? {}) as Partial<ChartScaleLevel>;
    const where = `data.scale.levels[${i}]`;
    if (!LEVELS.includes(value as Rating)) {
      problems.push(`${where} has value ${String(value)}, not a level 1, 2, 3, 4 or 5`);
    } else if (seen.has(value as number)) {
      problems.push(`${where} repeats the level ${String(value)}`);
    } else seen.add(value as number);
    if (!isNonEmptyText(label)) problems.push(`${where} has no label`);
  });
  const missing = LEVELS.filter((v) => !seen.has(v));
  if (missing.length > 0) problems.push(`data.scale has no level ${missing.join(', ')}`);
}

/** The words of a checked `scale` by level; without one, the 2024 survey's words in `locale`. */
export function scaleWords(scale: ChartScale | undefined, locale: Locale): ScaleWords {
  if (scale === undefined) return commonMessages(locale).scaleLevels;
  const word = (v: Rating) => scale.levels.find((level) => level.value === v)?.label ?? '';
  return { 1: word(1), 2: word(2), 3: word(3), 4: word(4), 5: word(5) };
}
