/**
 * ResponseCoverage's geometry, pure: (valid data, size, options, theme, locale) → the header, the headline
 * "6/10 kuntaa vastasi" with the population notes, and a grid of one tile per municipality with its
 * wrapped name, status icon and text, and optional population. No React, no DOM; tested in
 * tests/ResponseCoverage.compute.test.ts.
 *
 * Answered and not answered differ by shape and text, never by colour alone: a filled tile with a check
 * mark and "Vastasi" vs a light tile with a dashed outline, a dash and "Ei vastausta määräajassa".
 */
import { fitLineLimit } from '../geometry/fit';
import { linesWorthTrying, resolveLineLimit } from '../text/lineLimit';
import { buildCoverageLayout } from './build';
import type { ResponseCoverageLayout, ResponseCoverageLayoutInput } from './layoutTypes';

export type {
  CoverageTile,
  ResponseCoverageLayout,
  ResponseCoverageLayoutInput,
  ResponseCoverageOptions,
  TextBlock,
} from './layoutTypes';

/** Name lines by default (and for a `maxLabelLines` that is NaN or below 1). */
export const DEFAULT_COVERAGE_LABEL_LINES = 3;

/** Type scales tried, largest first, when a fixed height leaves room to spare (slides, tall cells). */
export const TYPE_SCALES: readonly number[] = [1.5, 1.25];

/**
 * The layout at `width`. Without `height`: the natural height (names wrapped to up to `maxLabelLines`
 * lines). With `height`: extra room first enlarges the tile and headline type (×1.5 or ×1.25, if that
 * still fits), then makes the tiles taller (up to square, content centred); too
 * little room first lowers the name lines (down to 1); if even that does not fit, the
 * layout keeps its natural height and sets `overflow` instead of clipping.
 */
export function computeResponseCoverageLayout(
  input: ResponseCoverageLayoutInput,
): ResponseCoverageLayout {
  const maxLines = resolveLineLimit(input.options.maxLabelLines, DEFAULT_COVERAGE_LABEL_LINES);
  const natural = buildCoverageLayout(input, maxLines, 0);
  const target = input.height;
  if (target === undefined || !Number.isFinite(target)) return natural;

  // Limits from the most lines a name takes up to maxLines give the natural layout: start below them
  // (at 1 at the lowest, so that an overflowing layout reports the one-line limit as before).
  const most = linesWorthTrying(
    maxLines,
    natural.tiles.map((tile) => tile.name.lines.length),
  );
  const from = Math.min(maxLines, Math.max(2, most)) - 1;
  let fitted =
    natural.naturalHeight <= target || from < 1
      ? natural
      : fitLineLimit(from, target, (lines) => buildCoverageLayout(input, lines, 0)).layout;
  if (fitted.naturalHeight > target) return { ...fitted, overflow: true };
  const naturalHeight = fitted.naturalHeight;
  if (fitted.maxLabelLines === maxLines && target - naturalHeight >= 1) {
    for (const scale of TYPE_SCALES) {
      const larger = buildCoverageLayout(input, maxLines, 0, scale);
      if (larger.naturalHeight <= target) {
        fitted = larger;
        break;
      }
    }
  }
  const { grid } = fitted;
  const spare = target - fitted.naturalHeight;
  const cap = Math.max(grid.tileHeight, grid.tileWidth) - grid.tileHeight;
  const extra = Math.min(spare / grid.rows, cap);
  if (extra >= 1) fitted = buildCoverageLayout(input, fitted.maxLabelLines, extra, fitted.scale);
  return { ...fitted, height: target, naturalHeight };
}
