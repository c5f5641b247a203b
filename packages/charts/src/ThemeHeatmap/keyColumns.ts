/**
 * Whether the columns are numbered under a key, and in how many key columns, pure. By default as
 * panels.ts decides (labels, or numbers with a one-column key); at a fixed height where that does not
 * fit (or labels leave no plan at all, or 45° labels are cut), numbered with the key in as many columns
 * (each at least KEY_COLUMN_EM wide) as make the fewest parts, then the fewest cut labels: 25 long
 * municipality names keyed one under another (or at 45°) are taller than a slide, so no split of rows
 * would fit, while in three key columns they leave room for pages of rows at full size; on a slide the
 * memo themes at 45° were cut to two lines ("Maahanmuutto ja kotoutumisen…"), in a key they are whole.
 */
import { layoutArrangement } from './arrangement';
import type { HeatmapFrame } from './layoutTypes';
import type { HeatmapData } from './types';
import type { Shared } from './panels';

/** The narrowest key column, in em of the label font. */
export const KEY_COLUMN_EM = 14;

/** Lower is better: fits, else the fewest parts; no plan at all is worst. */
function parts(frame: HeatmapFrame): number {
  const fit = frame.fit;
  if (!fit || fit.fits) return 0;
  return fit.pages.length > 0 ? fit.pages.length : Number.POSITIVE_INFINITY;
}

/**
 * Compared after the parts: at a fixed height (a slide, a page) or in a picture (no tooltip), the fewer
 * labels cut with "…" the better, so a key with the whole texts wins over 45° labels cut to fit.
 */
function avoidableCuts(frame: HeatmapFrame, shared: Shared): number {
  const { height, noTooltip } = shared.options;
  return height === undefined && !noTooltip ? 0 : (frame.truncatedCount ?? 0);
}

/** The arrangement with the key in the caller's columns, or in those that fit the height best. */
export function arrangeWithKey(
  data: HeatmapData,
  transposed: boolean,
  shared: Shared,
): HeatmapFrame {
  const one = layoutArrangement(data, transposed, shared);
  const cut = (frame: HeatmapFrame) => avoidableCuts(frame, shared);
  if (shared.options.keyColumns !== undefined || (parts(one) === 0 && cut(one) === 0)) return one;
  // Columns labelled across with a plan keep it (a large grid of short labels is not laid out again and
  // again; labels across are never cut); 45° labels may take more room than a key, so those are tried
  // keyed too.
  const across = one.panels.every((p) => p.columnLabels.orientation === 'horizontal');
  if (across && parts(one) !== Number.POSITIVE_INFINITY) return one;
  const { width, theme } = shared.options;
  const between = 4 * theme.spacing.xs;
  const room = width - 2 * theme.spacing.md + between;
  const most = Math.floor(room / (KEY_COLUMN_EM * theme.fontSize.label + between));
  let best = one;
  for (let keyColumns = 1; keyColumns <= most; keyColumns += 1) {
    const options = { ...shared.options, keyColumns };
    const candidate = layoutArrangement(data, transposed, { ...shared, options });
    const fewer = parts(candidate) - parts(best) || cut(candidate) - cut(best);
    if (fewer < 0) best = candidate;
    if (parts(best) === 0 && cut(best) === 0) break;
  }
  return best;
}
