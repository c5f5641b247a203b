/**
 * Interpreting one rating cell (CSV text or JSON value), shared by every format.
 */
import type { Rating, RatingScale } from '../types';

/**
 * Texts meaning "no answer" besides an empty cell: "-", "EOS" (en osaa sanoa), "ei vastausta", the
 * scale's "don't know" in Finnish, Swedish and English.
 */
export const DEFAULT_NO_ANSWER_TOKENS: readonly string[] = [
  '-',
  'EOS',
  'ei vastausta',
  'en osaa sanoa',
  'vet ej',
  'kan inte säga',
  'inget svar',
  "don't know",
  'no answer',
];

export type RatingProblem =
  'not-a-number' | 'not-a-whole-number' | 'rating-out-of-range' | 'rating-word-mismatch';

export type RatingCell =
  | { readonly ok: true; readonly rating: Rating | null }
  | { readonly ok: false; readonly problem: RatingProblem };

/** Trimmed, lower-case, inner whitespace collapsed: the form tokens are compared in. */
export function normalizeToken(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('fi');
}

export function noAnswerSet(
  tokens: readonly string[] = DEFAULT_NO_ANSWER_TOKENS,
): ReadonlySet<string> {
  return new Set(tokens.map(normalizeToken));
}

/** A finite number as a rating: whole (4.0 is 4) and within 1–5. */
export function ratingFromNumber(value: number): RatingCell {
  if (!Number.isFinite(value)) return { ok: false, problem: 'not-a-number' };
  if (!Number.isInteger(value)) return { ok: false, problem: 'not-a-whole-number' };
  if (value < 1 || value > 5) return { ok: false, problem: 'rating-out-of-range' };
  return { ok: true, rating: value as Rating };
}

/** The results for "1" … "5", shared. */
const DIGITS: readonly RatingCell[] = ([1, 2, 3, 4, 5] as const).map((rating) => ({
  ok: true,
  rating,
}));

/** Plain decimal, point or comma: "4", "4.0", "4,0", "-1". No exponents, no thousands separators. */
const NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

/** A scale's level words (every language) → their value, in the form tokens are compared in. */
export function levelWordMap(scale: RatingScale): ReadonlyMap<string, Rating> {
  const words = new Map<string, Rating>();
  for (const level of scale.levels) {
    for (const word of [level.label.fi, level.label.sv, level.label.en]) {
      words.set(normalizeToken(word), level.value as Rating);
    }
  }
  return words;
}

/** "4 = Hyvin", "4 - Hyvin", "4: Hyvin", "(4) Hyvin", "4 Hyvin": the number and the scale's word. */
const NUMBER_AND_WORD = /^\(?([+-]?\d+(?:[.,]\d+)?)\)?\s*[=:.)\u2013-]?\s*(\D.*)$/;

/**
 * A cell's text as a rating: empty or a no-answer token = null; a level word of the scale ("Hyvin",
 * "Bra", "Well"), or a number with its word ("4 = Hyvin": they must agree); otherwise a decimal number
 * (point or comma; a comma can only reach here quoted or under a non-comma delimiter) that must be whole
 * and 1–5, checked as written.
 */
export function ratingFromText(
  text: string,
  noAnswer: ReadonlySet<string>,
  levels: ReadonlyMap<string, Rating> = new Map(),
): RatingCell {
  // The common case, one digit 1–5 as written: no normalising, no regular expression.
  if (text.length === 1) {
    const digit = DIGITS[text.charCodeAt(0) - 49];
    if (digit !== undefined) return digit;
  }
  const token = normalizeToken(text);
  if (token === '' || noAnswer.has(token)) return { ok: true, rating: null };
  const level = levels.get(token);
  if (level !== undefined) return { ok: true, rating: level };
  const withWord = NUMBER_AND_WORD.exec(token);
  const wordLevel = withWord?.[2] === undefined ? undefined : levels.get(withWord[2].trim());
  if (withWord?.[1] !== undefined && wordLevel !== undefined) {
    const rating = ratingFromNumberText(withWord[1]);
    if (!rating.ok) return rating;
    return rating.rating === wordLevel ? rating : { ok: false, problem: 'rating-word-mismatch' };
  }
  return ratingFromNumberText(token);
}

/** A plain decimal as a rating, checked as written before any rounding. */
function ratingFromNumberText(token: string): RatingCell {
  if (!NUMBER.test(token)) return { ok: false, problem: 'not-a-number' };
  // Checked as written, before any rounding: "4.9999999999999999" is not 5, though Number() says so.
  const fraction = token.split(/[.,]/)[1];
  if (fraction !== undefined && /[^0]/.test(fraction)) {
    return { ok: false, problem: 'not-a-whole-number' };
  }
  return ratingFromNumber(Number(token.replace(',', '.')));
}
