/**
 * Wrapping the axis labels for the label fitter, memoised: each label is wrapped once per width (with no
 * line limit) and cut to any line count from that, exactly as wrapText would (its `ellipsize`). The fitter
 * tries several widths and line counts, and compute may fit twice (with and without the scale key), so
 * this keeps the text measuring to one wrap per label and width.
 */
import { measureText } from '../text/measureText';
import { ellipsize, wrapText } from '../text/wrapText';

export interface WrappedLabel {
  readonly lines: readonly string[];
  readonly truncated: boolean;
  /** Width of the widest line, in px. */
  readonly width: number;
  /** lines × line height, in px. */
  readonly height: number;
}

/** The labels wrapped at `width` px and cut to `maxLines`. */
export type LabelWrapper = (width: number, maxLines: number) => readonly WrappedLabel[];

export function createLabelWrapper(
  labels: readonly string[],
  fontSize: number,
  lineHeight: number,
): LabelWrapper {
  const full = new Map<number, readonly (readonly string[])[]>();
  const cut = new Map<string, readonly WrappedLabel[]>();
  return (width, maxLines) => {
    const key = `${width}|${maxLines}`;
    const cached = cut.get(key);
    if (cached) return cached;
    let wrapped = full.get(width);
    if (!wrapped) {
      wrapped = labels.map((label) => wrapText(label, { maxWidth: width, fontSize }).lines);
      full.set(width, wrapped);
    }
    const fits = (s: string) => measureText(s, fontSize) <= width;
    const result = wrapped.map((all): WrappedLabel => {
      const truncated = all.length > maxLines;
      const lines = truncated
        ? [...all.slice(0, maxLines - 1), ellipsize(all[maxLines - 1] ?? '', fits)]
        : all;
      return {
        lines,
        truncated,
        width: Math.max(1, ...lines.map((line) => measureText(line, fontSize))),
        height: lines.length * lineHeight,
      };
    });
    cut.set(key, result);
    return result;
  };
}
