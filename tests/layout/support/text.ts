/**
 * The layout checker's text rules (node side, unit-tested in tests/layout/text.test.ts): words of the full
 * texts, joining a wrapped label's lines back into what a reader sees, breaks without a hyphen, labels
 * normalised for comparison, and which texts are numbers.
 */

/** Lower-case words (runs of letters) of `text`. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/**
 * Every word of the given full texts: runs of letters ("keski", "pohjanmaan") and, lower-cased, the
 * space-separated tokens without surrounding punctuation ("keski-pohjanmaan", "sosiaali-").
 */
export function wordSet(texts: Iterable<string>): Set<string> {
  const set = new Set<string>();
  for (const t of texts) {
    for (const w of wordsOf(t)) set.add(w);
    for (const token of t.toLowerCase().split(/\s+/)) {
      const bare = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}-]+$/gu, '');
      if (bare.length > 0) set.add(bare);
    }
  }
  return set;
}

const lastWord = (line: string) => /(\p{L}+)$/u.exec(line)?.[1] ?? '';
const firstWord = (line: string) => /^(\p{L}+)/u.exec(line)?.[1] ?? '';
const HYPHENS = /[-\u00AD\u2010]$/u;

/**
 * The words split over a line break WITHOUT a hyphen: line i ends in a letter, line i + 1 starts with a
 * lower-case letter, and the two pieces joined are a word of the label's full text (`words`). A normal
 * break between words ("yhdessä" / "hyvinvointi…") joins into no word and is not counted; a break at a
 * hyphen ("Säkerhets-" / "kommunikationen") is not this kind.
 */
export function unhyphenatedBreaks(lines: readonly string[], words: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const line = (lines[i] ?? '').trimEnd();
    const next = (lines[i + 1] ?? '').trimStart();
    if (!/\p{L}$/u.test(line) || !/^\p{Ll}/u.test(next)) continue;
    const joined = (lastWord(line) + firstWord(next)).toLowerCase();
    if (words.has(joined)) found.push(joined);
  }
  return found;
}

/**
 * The lines of a wrapped label as one string, as a reader would take them: a line ending in a compound's own
 * hyphen ("Keski-" / "Pohjanmaan", the hyphenated word being in `words`) is joined keeping it, a line
 * ending in a hyphen whose pieces join into a word of `words` without it (a syllable break), a break without a hyphen
 * inside a word (unhyphenatedBreaks) without a space, other lines with a space.
 */
export function joinLines(lines: readonly string[], words: ReadonlySet<string>): string {
  let out = (lines[0] ?? '').trim();
  for (let i = 1; i < lines.length; i += 1) {
    const next = (lines[i] ?? '').trim();
    const head = /(\p{L}+)[-\u00AD\u2010]$/u.exec(out)?.[1];
    const tail = firstWord(next);
    const token = (/(\S+)$/u.exec(out)?.[1] ?? '') + (/^(\S+)/u.exec(next)?.[1] ?? '');
    const bareToken = token.toLowerCase().replace(/[^\p{L}\p{N}-]+$/gu, '');
    if (out.endsWith('-') && words.has(bareToken)) {
      out += next; // a compound's own hyphen: "Keski-" / "Pohjanmaan"
    } else if (head !== undefined && HYPHENS.test(out) && words.has((head + tail).toLowerCase())) {
      out = out.slice(0, -1) + next;
    } else if (unhyphenatedBreaks([out, next], words).length > 0) {
      out += next;
    } else {
      out = `${out} ${next}`;
    }
  }
  return out;
}

/** For comparing labels: NFC, no soft hyphens, one space, lower case, no trailing "…" or "...". */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u00AD/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*(…|\.\.\.)$/u, '')
    .toLowerCase();
}

/** Whether the text was cut with an ellipsis. */
export function isTruncated(text: string): boolean {
  return /(…|\.\.\.)\s*$/u.test(text);
}

/** A printed value: a number (decimal comma or point, thin/no-break space groups), optionally a % sign. */
export function isValueText(text: string): boolean {
  return /^[-−–]?\d{1,3}(?:[\s\u00A0\u202F]?\d{3})*(?:[,.]\d+)?\s*%?$/u.test(text.trim());
}
