/**
 * Greedy word wrapping with the font metrics of measureText: deterministic, no DOM. Breaks at spaces (the
 * no-break spaces U+00A0 and U+202F keep their group together); a word wider than the line is broken after
 * a hyphen or dash of its own, or at a no-break space of its own (the space dropped: "20" / "px", "§" /
 * "14", not "20 p-" / "x"), whichever fills the line more, else at a digit group's separator ("100" /
 * "000"), else at a syllable point of the locale's hyphenation patterns, else between characters, the
 * last two with an added hyphen ("Säkerhets-" / "kommunikationen"): never inside a word without one.
 * Past `maxLines` the last line ends in "…".
 */
import type { Locale } from '@yhdyspinta/data';
import { hyphenationFor, hyphenationPoints } from './hyphenation';
import { measureText, metricsFor } from './measureText';
import type { FontWeight } from './measureText';

export interface WrapOptions {
  /** Line width in px. */
  readonly maxWidth: number;
  readonly fontSize: number;
  /** Default: unlimited. */
  readonly maxLines?: number;
  readonly weight?: FontWeight;
  /**
   * The text's language: a word wider than the line is broken at a syllable point of its hyphenation
   * patterns (Finnish always; Swedish once registered, see hyphenation.ts). Without patterns, between
   * characters. Either way the broken line ends in a hyphen.
   */
  readonly locale?: Locale;
}

export interface WrappedText {
  readonly lines: string[];
  /** True when text was cut to fit `maxLines` (the last line then ends in "…"). */
  readonly truncated: boolean;
}

export const ELLIPSIS = '…';
const BREAKING_SPACE = /[ \t\n\r\f\v\u2009\u200b]+/;

/**
 * The words of `text` as wrapText breaks it: at the spaces a line may break at, not at no-break spaces
 * (U+00A0, U+202F keep "100 000" and "12 %" together).
 */
export function wordsOf(text: string): string[] {
  return text.split(BREAKING_SPACE).filter(Boolean);
}

/** The widest of `text`'s words (wordsOf: what wrapText never breaks between lines unless it must), px. */
export function longestWordWidth(text: string, fontSize: number, weight?: FontWeight): number {
  return Math.max(0, ...wordsOf(text).map((word) => measureText(word, fontSize, weight)));
}

/** Characters after which a word may be broken as it is (no hyphen added). */
const DASHES = new Set(['-', '–', '/']);
/** No-break spaces: a group too wide for a line breaks at one of them first (the space dropped). */
const NO_BREAK_SPACES = new Set(['\u00a0', '\u202f']);
const DIGIT = /^\d$/;
export const HYPHEN = '-';

/**
 * Where a line of an overlong word ends (before `chars[at]`), whether it gets a hyphen, and where the next
 * line starts (after a no-break space broken at; else `at`).
 */
interface Cut {
  readonly at: number;
  readonly hyphen: boolean;
  readonly next?: number;
}

/**
 * The cut of the line that starts at `start` and fits up to `end` (exclusive; `ems[k]` is the width in
 * em of `chars[start … start + k)`): after the last dash or at the last no-break space (dropped) that
 * leaves something on the line (a digit group's separator only if there is no other), else at the last
 * syllable point (`syllables[at]`) where the part and a hyphen fit, else between the last characters
 * that fit with a hyphen, moved back up to three characters to a consonant before a vowel (at least one
 * character a line, so a line narrower than one character still advances). Scans back over at most the
 * line's characters.
 */
function chooseCut(
  chars: readonly string[],
  syllables: readonly boolean[],
  start: number,
  end: number,
  ems: readonly number[],
  fitsWithHyphen: (em: number) => boolean,
): Cut {
  // A digit group's separator ("100 000") only when the line has no other space or dash: "Yli" /
  // "100 000", not "Yli 100" / "000".
  let separator: Cut | undefined;
  for (let at = end; at > start; at -= 1) {
    if (NO_BREAK_SPACES.has(chars[at] ?? '')) {
      const cut = { at, hyphen: false, next: at + 1 };
      if (!(DIGIT.test(chars[at - 1] ?? '') && DIGIT.test(chars[at + 1] ?? ''))) return cut;
      separator ??= cut;
    } else if (at > start + 1 && DASHES.has(chars[at - 1] ?? '')) return { at, hyphen: false };
  }
  if (separator) return separator;
  for (let at = end; at > start + 1; at -= 1) {
    if (syllables[at] && fitsWithHyphen(ems[at - start] ?? 0)) return { at, hyphen: true };
  }
  let at = Math.max(end, start + 1);
  while (at > start + 1 && !fitsWithHyphen(ems[at - start] ?? 0)) at -= 1;
  // Without a syllable point, a consonant before a vowel a few characters back still reads better
  // ("kom-munikation", not "komm-unikation").
  for (let back = at; back > start + 1 && back >= at - SYLLABLE_LOOKBACK; back -= 1) {
    if (consonantBeforeVowel(chars, back)) return { at: back, hyphen: true };
  }
  return { at, hyphen: !DASHES.has(chars[at - 1] ?? '') };
}

/** How many characters the character fallback moves back at most for a consonant–vowel break. */
const SYLLABLE_LOOKBACK = 3;
const VOWEL = /^[aeiouyåäöæøéèêáàüõ]$/iu;
const LETTER = /^\p{L}$/u;

/** True when `chars[at]` is a consonant followed by a vowel, with two letters before it. */
function consonantBeforeVowel(chars: readonly string[], at: number): boolean {
  const [before2, before, here, next] = [chars[at - 2], chars[at - 1], chars[at], chars[at + 1]];
  return (
    [before2, before, here, next].every((ch) => LETTER.test(ch ?? '')) &&
    !VOWEL.test(here ?? '') &&
    VOWEL.test(next ?? '')
  );
}

/**
 * Splits a word that is wider than the line into pieces that fit, each but the last ending in a dash of
 * the word or an added hyphen: never a break inside a word without one. `syllables` marks the word's
 * syllable points (hyphenation.ts; all false without patterns for the locale). Each piece is the longest
 * run that fits, found by adding character widths one by one (the same sums, in the same order, as
 * measureText), then moved back to a break point, so a word costs time linear in its length: a
 * 10 000-character label without spaces must not freeze the page.
 */
function breakWord(
  chars: readonly string[],
  syllables: readonly boolean[],
  fitsEm: (em: number) => boolean,
  charEm: (ch: string) => number,
) {
  const hyphenEm = charEm(HYPHEN);
  const fitsWithHyphen = (em: number) => fitsEm(em + hyphenEm);
  const pieces: string[] = [];
  let start = 0;
  while (start < chars.length) {
    const ems = [0];
    let em = 0;
    let end = start;
    while (end < chars.length) {
      const next = em + charEm(chars[end] ?? '');
      if (!fitsEm(next)) break;
      em = next;
      end += 1;
      ems.push(em);
    }
    if (end === chars.length) {
      pieces.push(chars.slice(start).join(''));
      break;
    }
    const cut = chooseCut(chars, syllables, start, end, ems, fitsWithHyphen);
    if (cut.at >= chars.length) {
      pieces.push(chars.slice(start).join(''));
      break;
    }
    pieces.push(chars.slice(start, cut.at).join('') + (cut.hyphen ? HYPHEN : ''));
    start = cut.next ?? cut.at;
  }
  return pieces;
}

/**
 * Shortens `line` until `line + "…"` fits, dropping trailing spaces and punctuation before the ellipsis.
 * The kept part only grows with the number of characters kept, so with a `fits` that is monotonic in
 * width a binary search finds the longest that fits in O(log n) measurements.
 */
export function ellipsize(line: string, fits: (s: string) => boolean): string {
  const chars = [...line];
  const candidate = (count: number) =>
    chars
      .slice(0, count)
      .join('')
      .replace(/[\s,.;:–-]+$/u, '') + ELLIPSIS;
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(candidate(mid))) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? ELLIPSIS : candidate(lo);
}

export function wrapText(text: string, options: WrapOptions): WrappedText {
  const { maxWidth, fontSize, weight } = options;
  // At least one line: 0, a negative number or NaN means 1 (NaN once gave no lines at all).
  const requested = Math.floor(options.maxLines ?? Number.POSITIVE_INFINITY);
  const maxLines = requested >= 1 ? requested : 1;
  const fits = (s: string) => measureText(s, fontSize, weight) <= maxWidth;
  const { widths, fallback } = metricsFor(weight);
  const charEm = (ch: string) => widths[ch] ?? fallback;
  const fitsEm = (em: number) => (fontSize > 0 ? em * fontSize : 0) <= maxWidth;
  const words = wordsOf(String(text ?? ''));

  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const joined = current ? `${current} ${word}` : word;
    if (fits(joined)) {
      current = joined;
      continue;
    }
    if (current) lines.push(current);
    const chars = [...word];
    const syllables = hyphenationPoints(chars, hyphenationFor(options.locale));
    const pieces = breakWord(chars, syllables, fitsEm, charEm);
    current = pieces.pop() ?? '';
    lines.push(...pieces);
    // Lines are final once pushed: past maxLines the rest cannot change the visible ones.
    if (lines.length > maxLines) break;
  }
  if (current && lines.length <= maxLines) lines.push(current);

  if (lines.length <= maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, maxLines);
  const last = kept.length - 1;
  kept[last] = ellipsize(kept[last] ?? '', fits);
  return { lines: kept, truncated: true };
}
