/**
 * Wrapping the axis labels for the label fitter, memoised: each label is wrapped once per width (with no
 * line limit) and cut to any line count from that, exactly as wrapText would (its `ellipsize`). The fitter
 * tries several widths and line counts, and compute may fit twice (with and without the scale key), so
 * this keeps the text measuring to one wrap per label and width.
 *
 * Two cut labels never read the same: where two different labels would show the same lines, their last
 * line shows the end of the text instead ("…valvontayhteistyö) on toimivaa."), which tells them apart.
 * An optional note per label ("ei tietoa: Lohja") is wrapped after it, never cut.
 */
import type { Locale } from '@yhdyspinta/data';
import { measureText } from '../text/measureText';
import { ELLIPSIS, ellipsize, wrapText } from '../text/wrapText';

export interface WrappedLabel {
  /** The label's lines, then the note's. */
  readonly lines: readonly string[];
  /** Index of the note's first line in `lines` (= lines.length without a note). */
  readonly noteFrom: number;
  readonly truncated: boolean;
  /** Width of the widest line, in px. */
  readonly width: number;
  /** lines × line height, in px. */
  readonly height: number;
}

/** The labels wrapped at `width` px and cut to `maxLines` (not counting the notes). */
export type LabelWrapper = (width: number, maxLines: number) => readonly WrappedLabel[];

/** "…" and the longest end of `words` that fits, or null when not even the last word fits. */
function tailEllipsis(words: readonly string[], fits: (s: string) => boolean): string | null {
  let best: string | null = null;
  for (let i = words.length - 1; i >= 0; i -= 1) {
    const candidate = `${ELLIPSIS}${words.slice(i).join(' ')}`;
    if (!fits(candidate)) break;
    best = candidate;
  }
  return best;
}

/** Cut labels that would read the same as another one show their ends instead (see the file comment). */
function distinguish(
  labels: readonly string[],
  cutLines: (readonly string[])[],
  all: readonly (readonly string[])[],
  maxLines: number,
  fits: (s: string) => boolean,
): void {
  const seen = new Map<string, number[]>();
  cutLines.forEach((lines, i) => {
    const key = lines.join('\n');
    seen.set(key, [...(seen.get(key) ?? []), i]);
  });
  for (const group of seen.values()) {
    if (group.length < 2) continue;
    if (new Set(group.map((i) => labels[i])).size < 2) continue;
    for (const i of group) {
      const full = all[i] ?? [];
      if (full.length <= maxLines) continue;
      const rest = full
        .slice(maxLines - 1)
        .join(' ')
        .split(' ');
      const tail = tailEllipsis(rest, fits);
      if (tail) cutLines[i] = [...full.slice(0, maxLines - 1), tail];
    }
  }
}

export function createLabelWrapper(
  labels: readonly string[],
  fontSize: number,
  lineHeight: number,
  notes: readonly (string | null)[] = [],
  locale?: Locale,
): LabelWrapper {
  const full = new Map<number, readonly (readonly string[])[]>();
  const cut = new Map<string, readonly WrappedLabel[]>();
  return (width, maxLines) => {
    const key = `${width}|${maxLines}`;
    const cached = cut.get(key);
    if (cached) return cached;
    let wrapped = full.get(width);
    if (!wrapped) {
      wrapped = labels.map((label) => wrapText(label, { maxWidth: width, fontSize, locale }).lines);
      full.set(width, wrapped);
    }
    const fits = (s: string) => measureText(s, fontSize) <= width;
    const cutLines = wrapped.map((all) =>
      all.length > maxLines
        ? [...all.slice(0, maxLines - 1), ellipsize(all[maxLines - 1] ?? '', fits)]
        : all,
    );
    distinguish(labels, cutLines, wrapped, maxLines, fits);
    const result = cutLines.map((own, i): WrappedLabel => {
      const note = notes[i];
      const noteLines = note ? wrapText(note, { maxWidth: width, fontSize, locale }).lines : [];
      const lines = noteLines.length > 0 ? [...own, ...noteLines] : own;
      return {
        lines,
        noteFrom: own.length,
        truncated: (wrapped[i]?.length ?? 0) > maxLines,
        width: Math.max(1, ...lines.map((line) => measureText(line, fontSize))),
        height: lines.length * lineHeight,
      };
    });
    cut.set(key, result);
    return result;
  };
}
