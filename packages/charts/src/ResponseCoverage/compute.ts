/**
 * ResponseCoverage's geometry, pure: (valid data, size, options, theme, locale) → the header, the headline
 * "6/10 kuntaa vastasi" with the population notes, and one tile per municipality: a grid of tiles with the
 * wrapped name, status icon and text and the optional population, or on narrow charts a compact list of
 * chips (icon and name) under a legend. No React, no DOM; tested in tests/ResponseCoverage.compute.test.ts.
 *
 * Answered and not answered differ by shape and text, never by colour alone: a filled tile with a check
 * mark and "Vastasi" vs a light tile with a dashed outline, a dash and "Ei vastausta määräajassa" (in the
 * compact list the legend gives the words).
 */
import { fitsWhole, splitPages } from '../layout/fitReport';
import type { FitReport } from '../layout/fitReport';
import { resolveLineLimit } from '../text/lineLimit';
import type { ChartTheme } from '../theme/ChartTheme';
import { buildCoverageLayout, modesToTry, preferredMode } from './build';
import type { CoverageBuild } from './build';
import { coverageType, scaleAllowed } from './coverageType';
import { gridHeight } from './grid';
import type {
  CoverageLayoutMode,
  ResponseCoverageLayout,
  ResponseCoverageLayoutInput,
} from './layoutTypes';

export type {
  CoverageLayoutMode,
  CoverageLegendEntry,
  CoverageTile,
  ResponseCoverageLayout,
  ResponseCoverageLayoutInput,
  ResponseCoverageOptions,
  TextBlock,
} from './layoutTypes';

/** Name lines by default (and for a `maxLabelLines` that is NaN or below 1). */
export const DEFAULT_COVERAGE_LABEL_LINES = 5;

/**
 * Type scales tried, largest first, when a fixed height leaves room (slides): only those at which the
 * names stay at most the headline's size (coverageType.ts).
 */
export const TYPE_SCALES: readonly number[] = [1.25, 1.1];

/** Spare room makes a tile at most this share of its width tall: compact tiles, not slabs. */
export const TILE_ASPECT = 0.7;

/**
 * At a fixed height, tiles whose rows (grown up to TILE_ASPECT) still leave more than this share of the
 * height empty are laid out again in fewer columns (larger, more rows) while that leaves less empty: ten
 * municipalities on a 16:9 slide are 4 + 4 + 2 tiles filling the room, not 5 × 2 between two empty bands
 * (never a last row of less than half the columns).
 */
export const MAX_EMPTY_SHARE = 0.1;

/**
 * The layout at `width`. Without `height`: the natural height. With `height`, text never gets smaller
 * than the theme's: if the layout (tiles, then the compact list) fits, the spare room first enlarges the
 * tile type (TYPE_SCALES), then makes the rows taller (tiles up to TILE_ASPECT of their width, chips by
 * their padding, text centred); tiles that still leave much of the room empty take fewer columns
 * (MAX_EMPTY_SHARE); what is left is shared above and below the tiles, so they sit in the middle of the
 * room under the title and headline. If nothing fits, the layout keeps its natural
 * height and `fit` says how to split the tiles into pages that do (`overflow` is then true).
 */
export function computeResponseCoverageLayout(
  input: ResponseCoverageLayoutInput,
): ResponseCoverageLayout {
  const maxLines = resolveLineLimit(input.options.maxLabelLines, DEFAULT_COVERAGE_LABEL_LINES);
  const at = (build: Partial<CoverageBuild> & { readonly mode: CoverageLayoutMode }) =>
    buildCoverageLayout(input, maxLines, { scale: 1, extraRowHeight: 0, offset: 0, ...build });
  const preferred = preferredMode(input, maxLines);
  const natural = at({ mode: preferred });
  const target = input.height;
  if (target === undefined || !Number.isFinite(target)) return natural;

  const tried: ResponseCoverageLayout[] = [];
  for (const mode of modesToTry(input, preferred)) {
    const base = mode === preferred ? natural : at({ mode });
    if (base.naturalHeight <= target) return fillFewerColumns(input, base, target, at);
    tried.push(base);
  }
  const shortest = tried.reduce((a, b) => (b.naturalHeight < a.naturalHeight ? b : a));
  return { ...shortest, overflow: true, fit: splitPlan(shortest, target) };
}

/** The filled tiles (or list) with the least empty room: fewer columns while that leaves less empty. */
function fillFewerColumns(
  input: ResponseCoverageLayoutInput,
  base: ResponseCoverageLayout,
  target: number,
  at: (build: CoverageBuild) => ResponseCoverageLayout,
): ResponseCoverageLayout {
  const { theme, options } = input;
  let best = fill(base, target, theme, at);
  const fixed = options.columns !== undefined && Number.isFinite(options.columns);
  if (base.mode !== 'tiles' || fixed) return best.layout;
  for (let columns = base.grid.columns - 1; columns >= 2; columns -= 1) {
    if (best.empty <= MAX_EMPTY_SHARE * target) break;
    // A last row of less than half the columns reads as left over (3 + 3 + 3 + 1): not tried.
    const last = base.tiles.length % columns;
    if (last > 0 && last < columns / 2) continue;
    const regrid = (build: CoverageBuild) => at({ ...build, columns });
    const candidate = regrid({ mode: 'tiles', scale: 1, extraRowHeight: 0, offset: 0 });
    if (candidate.naturalHeight > target) break;
    const filled = fill(candidate, target, theme, regrid);
    if (filled.empty < best.empty) best = filled;
  }
  return { ...best.layout, naturalHeight: base.naturalHeight };
}

/**
 * A layout that fits `target`, given the spare room (see computeResponseCoverageLayout), and the height
 * left empty above and below its tiles.
 */
function fill(
  base: ResponseCoverageLayout,
  target: number,
  theme: ChartTheme,
  at: (build: CoverageBuild) => ResponseCoverageLayout,
): { readonly layout: ResponseCoverageLayout; readonly empty: number } {
  const { mode } = base;
  let best = base;
  if (target - base.naturalHeight >= 1) {
    for (const scale of TYPE_SCALES) {
      if (!scaleAllowed(theme, scale)) continue;
      const larger = at({ mode, scale, extraRowHeight: 0, offset: 0 });
      if (larger.naturalHeight <= target) {
        best = larger;
        break;
      }
    }
  }
  const { grid, scale } = best;
  const cap =
    mode === 'tiles'
      ? Math.max(0, TILE_ASPECT * grid.tileWidth - grid.tileHeight)
      : coverageType(theme, scale).tilePad;
  const extra = Math.min((target - best.naturalHeight) / grid.rows, cap);
  const extraRowHeight = extra >= 1 ? extra : 0;
  const grown = extraRowHeight > 0 ? at({ mode, scale, extraRowHeight, offset: 0 }) : best;
  const offset = Math.floor((target - grown.naturalHeight) / 2);
  const placed = offset >= 1 ? at({ mode, scale, extraRowHeight, offset }) : grown;
  const fit: FitReport = fitsWhole(base.naturalHeight, 'tiles', base.tiles.length);
  return {
    layout: { ...placed, height: target, naturalHeight: base.naturalHeight, fit },
    empty: Math.max(0, target - grown.naturalHeight),
  };
}

/**
 * The split of a layout too tall for `target`: pages of whole rows (the header and headline repeat on
 * each page), each within the room under the headline.
 */
export function splitPlan(layout: ResponseCoverageLayout, target: number): FitReport {
  const { grid, tiles } = layout;
  const bottom = layout.naturalHeight - (grid.y + gridHeight(grid));
  const room = target - grid.y - bottom + grid.gap;
  // A row's height (and the gap under it) on its first tile: pages then break between rows only.
  const heights = tiles.map((_, i) =>
    i % grid.columns === 0 ? (grid.rowHeights[i / grid.columns] ?? 0) + grid.gap : 0,
  );
  return {
    fits: false,
    neededHeight: layout.naturalHeight,
    unit: 'tiles',
    total: tiles.length,
    pages: splitPages(heights, room),
  };
}
