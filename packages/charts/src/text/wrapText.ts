/**
 * Greedy word wrapping with the font metrics of measureText: deterministic, no DOM. Breaks at spaces (the
 * no-break spaces U+00A0 and U+202F never break); a word wider than the line is broken after a hyphen or
 * dash if that fits, otherwise between characters. Past `maxLines` the last line ends in "…".
 */
import { measureText, metricsFor } from './measureText';
import type { FontWeight } from './measureText';

export interface WrapOptions {
  /** Line width in px. */
  readonly maxWidth: number;
  readonly fontSize: number;
  /** Default: unlimited. */
  readonly maxLines?: number;
  readonly weight?: FontWeight;
}

export interface WrappedText {
  readonly lines: string[];
  /** True when text was cut to fit `maxLines` (the last line then ends in "…"). */
  readonly truncated: boolean;
}

export const ELLIPSIS = '…';
const BREAKING_SPACE = /[ \t\n\r\f\v\u2009\u200b]+/;

/**
 * Splits a word that is wider than the line into pieces that fit (at least one character each). Each
 * piece is the longest run that fits, found by adding character widths one by one (the same sums, in the
 * same order, as measureText), so a word costs time linear in its length: a 10 000-character label
 * without spaces must not freeze the page.
 */
function breakWord(word: string, fitsEm: (em: number) => boolean, charEm: (ch: string) => number) {
  const chars = [...word];
  const pieces: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let em = 0;
    let end = start;
    while (end < chars.length) {
      const next = em + charEm(chars[end] ?? '');
      if (!fitsEm(next)) break;
      em = next;
      end += 1;
    }
    if (end === chars.length) {
      pieces.push(chars.slice(start).join(''));
      break;
    }
    // Prefer a cut just after a hyphen or dash inside the fitting part.
    const head = chars.slice(start, Math.max(end, start + 1)).join('');
    const dash = Math.max(head.lastIndexOf('-'), head.lastIndexOf('–'), head.lastIndexOf('/'));
    const piece = dash > 0 && dash < head.length - 1 ? head.slice(0, dash + 1) : head;
    pieces.push(piece);
    start += [...piece].length;
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
  const words = String(text ?? '')
    .split(BREAKING_SPACE)
    .filter(Boolean);

  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const joined = current ? `${current} ${word}` : word;
    if (fits(joined)) {
      current = joined;
      continue;
    }
    if (current) lines.push(current);
    const pieces = breakWord(word, fitsEm, charEm);
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

/** Height in px of `lineCount` lines at `fontSize` with a line height factor. */
export function textBlockHeight(lineCount: number, fontSize: number, lineHeight: number): number {
  return Math.max(0, lineCount) * fontSize * lineHeight;
}
