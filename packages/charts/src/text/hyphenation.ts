/**
 * Syllable break points of a word from TeX hyphenation patterns (Liang's algorithm), in the compiled form
 * of the `hyphen` package. Finnish patterns (≈ 1.2 kB gzip) are always here; other languages are
 * registered by whoever can afford their size: the static renderer and the custom elements register
 * Swedish (≈ 19 kB gzip) up front (hyphenationSv.ts), the React components load it on demand
 * (loadHyphenation.ts, useHyphenation.ts). Without patterns for a locale, wrapText breaks an overlong word between characters,
 * still with a hyphen.
 */
import type { Locale } from '@yhdyspinta/data';
import FINNISH_PATTERNS from 'hyphen/patterns/fi.js';

/** A trie node: a pattern ends here (its levels' index), continues (a subtrie), or both. */
export type PatternNode = number | PatternTrie | readonly [PatternTrie, number];
export interface PatternTrie {
  readonly [letter: string]: PatternNode;
}

/**
 * `hyphen`'s compiled patterns: the level lists, the trie of pattern letters ('.' is a word edge), and
 * exceptions (lower-case word → break positions).
 */
export type HyphenationPatterns = readonly [
  levels: readonly (readonly number[])[],
  trie: PatternTrie,
  exceptions?: Readonly<Record<string, readonly number[]>>,
];

/** Words shorter than this are never hyphenated (as `hyphen`'s default). */
const MIN_WORD_LETTERS = 5;
/**
 * Longer runs of letters are not hyphenated (the work per word is capped): no word of a real label is
 * this long, and a hostile 100 000-letter "word" is broken between characters in linear time.
 */
export const MAX_HYPHENATED_LETTERS = 64;

const FINNISH = FINNISH_PATTERNS as HyphenationPatterns;

const registry = new Map<Locale, HyphenationPatterns>([['fi', FINNISH]]);

/** Registers (or replaces) the patterns of a locale for every later wrapText call. */
export function registerHyphenation(locale: Locale, patterns: HyphenationPatterns): void {
  registry.set(locale, patterns);
}

/** The registered patterns of a locale, if any. */
export function hyphenationFor(locale: Locale | undefined): HyphenationPatterns | undefined {
  return locale === undefined ? undefined : registry.get(locale);
}

function addLevels(levels: number[], offset: number, pattern: readonly number[] | undefined) {
  if (!pattern) return;
  for (let k = 0; k < pattern.length; k += 1) {
    const at = offset + k;
    if (at < levels.length) levels[at] = Math.max(levels[at] ?? 0, pattern[k] ?? 0);
  }
}

/**
 * The positions where a word of lower-case letters may be broken with a hyphen (position i: before
 * `letters[i]`), at least two letters from either end, ascending. Liang's algorithm as `hyphen` runs it
 * (the same break points), but over an array of characters and in time linear in the word's length (the
 * trie is at most a pattern deep). Empty for words shorter than 5 or longer than MAX_HYPHENATED_LETTERS.
 */
export function syllableBreaks(
  letters: readonly string[],
  patterns: HyphenationPatterns,
): number[] {
  const n = letters.length;
  if (n < MIN_WORD_LETTERS || n > MAX_HYPHENATED_LETTERS) return [];
  const [levelsTable, trie, exceptions] = patterns;
  // Own entries only: a label word such as "constructor" must not find Object.prototype's.
  const word = letters.join('');
  const exception = exceptions && Object.hasOwn(exceptions, word) ? exceptions[word] : undefined;
  if (Array.isArray(exception)) return exception.filter((at) => at >= 2 && at <= n - 2);
  const dotted = ['.', ...letters, '.'];
  const levels = new Array<number>(n + 1).fill(0);
  for (let start = 0; start + 3 <= dotted.length; start += 1) {
    // `hyphen` anchors a match at the word's start ('.') and at its first letter both at level 0.
    const offset = Math.max(0, start - 1);
    let node: PatternTrie | undefined = trie;
    for (let j = start; node && j < dotted.length; j += 1) {
      const entry: PatternNode | undefined = node[dotted[j] ?? ''];
      if (entry === undefined) break;
      if (typeof entry === 'number') {
        addLevels(levels, offset, levelsTable[entry]);
        node = undefined;
      } else if (Array.isArray(entry)) {
        const [next, index] = entry as readonly [PatternTrie, number];
        addLevels(levels, offset, levelsTable[index]);
        node = next;
      } else {
        node = entry as PatternTrie;
      }
    }
  }
  const breaks: number[] = [];
  for (let i = 2; i <= n - 2; i += 1) if ((levels[i] ?? 0) % 2 === 1) breaks.push(i);
  return breaks;
}

const LETTER = /[\p{L}\p{M}]/u;

/**
 * Syllable break points of a word that may hold other characters: each run of letters is hyphenated on
 * its own (digits, dashes and punctuation separate runs). `chars` are the word's code points; the result
 * marks `true` at i when a hyphen may go before `chars[i]`. All false without patterns.
 */
export function hyphenationPoints(
  chars: readonly string[],
  patterns: HyphenationPatterns | undefined,
): boolean[] {
  const points = new Array<boolean>(chars.length).fill(false);
  if (!patterns) return points;
  let start = 0;
  while (start < chars.length) {
    if (!LETTER.test(chars[start] ?? '')) {
      start += 1;
      continue;
    }
    let end = start;
    while (end < chars.length && LETTER.test(chars[end] ?? '')) end += 1;
    if (end - start <= MAX_HYPHENATED_LETTERS) {
      const lower = chars.slice(start, end).map((ch) => {
        const low = ch.toLowerCase();
        return low.length === ch.length ? low : ch;
      });
      for (const at of syllableBreaks(lower, patterns)) points[start + at] = true;
    }
    start = end;
  }
  return points;
}
