/**
 * Pieces of a coverage tile, pure: the narrowest width its texts fit without breaking a word, the status
 * icon (a check mark in a filled disc, or a dash in an outlined ring) and the two tile styles.
 */
import { measureText } from '../text/measureText';
import { longestWordWidth, wrapText } from '../text/wrapText';
import { readableTextColor } from '../theme/contrast';
import type { ChartTheme } from '../theme/ChartTheme';
import { round2 } from '../geometry/round';
import type { CoverageType } from './coverageType';
import type { ResponseCoverageItem } from './types';

/**
 * The narrowest width at which `text` wraps into at most `lines` lines without breaking a word (binary
 * search over wrapText, to 0.5 px).
 */
export function widthForLines(
  text: string,
  fontSize: number,
  weight: number,
  lines: number,
): number {
  let lo = longestWordWidth(text, fontSize, weight);
  let hi = Math.max(lo, measureText(text, fontSize, weight));
  const fits = (w: number) =>
    wrapText(text, { maxWidth: w, fontSize, weight }).lines.length <= lines;
  if (fits(lo)) return lo;
  while (hi - lo > 0.5) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** A name never asks for more than this many em of width (a longer one wraps to more lines or is cut). */
export const NAME_WIDTH_CAP_EM = 16;

/**
 * The width a name asks for: the narrowest at which it takes at most `lines` lines without breaking a
 * word, but at most NAME_WIDTH_CAP_EM em of the name type.
 */
export function nameWidth(label: string, type: CoverageType, lines: number): number {
  return Math.min(widthForLines(label, type.name, type.bold, lines), NAME_WIDTH_CAP_EM * type.name);
}

/** A tile's or chip's texts, measured for its narrowest width. */
export interface TileTexts {
  readonly item: ResponseCoverageItem;
  readonly status: string;
  readonly population: string | null;
}

function widestName(texts: readonly TileTexts[], type: CoverageType, lines: number, em: number) {
  let widest = type.name * em;
  for (const t of texts) widest = Math.max(widest, nameWidth(t.item.label, type, lines));
  return widest;
}

/**
 * The narrowest tile in which every name fits its `lines` without breaking a word (up to
 * NAME_WIDTH_CAP_EM), no population breaks inside a word and no status takes more than two lines (status
 * beside the icon): tile padding plus the widest requirement. Never below five name-size em.
 */
export function minTileWidth(
  texts: readonly TileTexts[],
  type: CoverageType,
  lines: number,
): number {
  let widest = widestName(texts, type, lines, 5);
  for (const t of texts) {
    if (t.population) {
      widest = Math.max(widest, longestWordWidth(t.population, type.small, type.normal));
    }
  }
  // Only a few distinct statuses ("Vastasi", "Ei vastausta määräajassa"): measure each once.
  for (const status of new Set(texts.map((t) => t.status))) {
    const need = widthForLines(status, type.small, type.normal, 2);
    widest = Math.max(widest, type.icon + type.xs + need);
  }
  return Math.ceil(widest + 2 * type.tilePad);
}

/**
 * The narrowest chip of the compact list: the icon, then the name (fitting its `lines`, as in a tile);
 * never below six name-size em of text.
 */
export function minChipWidth(
  texts: readonly TileTexts[],
  type: CoverageType,
  lines: number,
): number {
  return Math.ceil(widestName(texts, type, lines, 6) + type.icon + type.xs + 2 * type.tilePad);
}

export interface TileIcon {
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
  /** The glyph: a check mark (answered) or a horizontal dash (not answered). */
  readonly path: string;
  /** The glyph's stroke width. */
  readonly strokeWidth: number;
  /** The ring's stroke width (0 for the filled disc of an answered tile). */
  readonly ringWidth: number;
}

/** The status icon at its left edge `x` and vertical centre `cy`, `size` px across. */
export function iconGeometry(answered: boolean, x: number, cy: number, size: number): TileIcon {
  const r = size / 2;
  const cx = x + r;
  const p = (dx: number, dy: number) => `${round2(cx + dx * r)} ${round2(cy + dy * r)}`;
  const path = answered
    ? `M${p(-0.5, 0.02)}L${p(-0.12, 0.4)}L${p(0.52, -0.38)}`
    : `M${p(-0.5, 0)}L${p(0.5, 0)}`;
  const strokeWidth = Math.max(1.5, r * 0.3);
  const ringWidth = answered ? 0 : strokeWidth / 2;
  return {
    cx: round2(cx),
    cy: round2(cy),
    r: round2(r - ringWidth / 2),
    path,
    strokeWidth: round2(strokeWidth),
    ringWidth: round2(ringWidth),
  };
}

export interface TileStyle {
  readonly fill: string;
  /** Outline; null = none (the fill itself reaches 3:1 on the background). */
  readonly stroke: string | null;
  readonly strokeDasharray: string | null;
  readonly strokeWidth: number;
  /** The name. */
  readonly text: string;
  /** Status and population. */
  readonly textMuted: string;
  /** The icon's disc (answered) or ring (not answered) and its glyph. */
  readonly iconFill: string;
  readonly iconStroke: string;
  readonly glyph: string;
}

export interface TileStyles {
  readonly answered: TileStyle;
  readonly missing: TileStyle;
}

/**
 * Answered: filled with the mark colour (≥ 3:1 on the background), text in whichever of the background
 * and text colours reads best on it, a disc with a check mark. Not answered: the theme's missing-data fill
 * with a dashed outline in its stroke colour (≥ 3:1), normal text, an outlined ring with a dash.
 */
export function tileStyles(theme: ChartTheme): TileStyles {
  const { colors, missing, referenceStrokeWidth } = theme;
  const onMark = readableTextColor(colors.mark, [colors.background, colors.text]);
  return {
    answered: {
      fill: colors.mark,
      stroke: null,
      strokeDasharray: null,
      strokeWidth: 0,
      text: onMark,
      textMuted: onMark,
      iconFill: onMark,
      iconStroke: onMark,
      glyph: colors.mark,
    },
    missing: {
      fill: missing.fill,
      stroke: missing.stroke,
      strokeDasharray: `${missing.spacing} ${missing.spacing / 2}`,
      strokeWidth: referenceStrokeWidth,
      text: colors.text,
      textMuted: colors.textMuted,
      iconFill: missing.fill,
      iconStroke: colors.text,
      glyph: colors.text,
    },
  };
}
