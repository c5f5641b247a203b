/**
 * ResponseCoverage's geometry, pure: (valid data, size, options, theme, locale) → the header, the headline
 * "6/10 kuntaa vastasi" with the population notes, and a grid of one tile per municipality with its
 * wrapped name, status icon and text, and optional population. No React, no DOM; tested in
 * tests/ResponseCoverage.compute.test.ts.
 *
 * Answered and not answered differ by shape and text, never by colour alone: a filled tile with a check
 * mark and "Vastasi" vs a light tile with a dashed outline, a dash and "Ei vastausta määräajassa".
 */
import type { Locale } from '@yhdyspinta/data';
import type { Box } from '../geometry/box';
import { layoutChartHeader } from '../layout/chartHeader';
import type { ChartHeaderLayout } from '../layout/chartHeader';
import { formatBase } from '../locale/format';
import { commonMessages } from '../locale/common';
import type { NotAnsweredWording } from '../locale/responseCoverage';
import type { ChartTheme } from '../theme/ChartTheme';
import { linesWorthTrying, resolveLineLimit } from '../text/lineLimit';
import { wrapText } from '../text/wrapText';
import {
  coverageHeadline,
  hasPopulation,
  populationNotes,
  populationText,
  statusText,
} from './describe';
import { gridColumns, tileBox, tileWidthFor } from './grid';
import type { GridGeometry } from './grid';
import { summarizeCoverage } from './summary';
import type { CoverageSummary } from './summary';
import { iconGeometry, minTileWidth, tileStyles } from './tileParts';
import type { TileIcon, TileStyles } from './tileParts';
import type { ResponseCoverageData, ResponseCoverageItem, ResponseCoverageOrder } from './types';

export interface ResponseCoverageOptions {
  readonly title: string;
  readonly hideTitle: boolean;
  readonly illustrative: boolean;
  /** Adds the response base "n = 6/10 kuntaa" under the title, as the other charts print it. */
  readonly showBase: boolean;
  readonly wording: NotAnsweredWording;
  readonly order: ResponseCoverageOrder;
  /** Most columns the width rule may choose (5: ten municipalities as 5 × 2). */
  readonly maxColumns: number;
  /** A fixed column count instead of the width rule. */
  readonly columns?: number;
  /**
   * Lines of a name before it is cut with "…" (lowered further when a fixed height needs it); as
   * resolveLineLimit: NaN or below 1 → DEFAULT_COVERAGE_LABEL_LINES, at most MAX_LABEL_LINES.
   */
  readonly maxLabelLines: number;
}

/** Name lines by default (and for a `maxLabelLines` that is NaN or below 1). */
export const DEFAULT_COVERAGE_LABEL_LINES = 3;

export interface ResponseCoverageLayoutInput {
  readonly data: ResponseCoverageData;
  readonly width: number;
  /** A fixed height to fit; omitted → the natural height. */
  readonly height?: number;
  readonly locale: Locale;
  readonly theme: ChartTheme;
  readonly options: ResponseCoverageOptions;
}

/** Wrapped lines with their position (y = top of the block). */
export interface TextBlock {
  readonly lines: readonly string[];
  readonly x: number;
  readonly y: number;
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly fontWeight: number;
}

export interface CoverageTile {
  /** Position in display and focus order (row by row). */
  readonly index: number;
  readonly item: ResponseCoverageItem;
  readonly box: Box;
  readonly name: TextBlock;
  readonly nameTruncated: boolean;
  readonly status: TextBlock;
  readonly icon: TileIcon;
  /** "12 345 asukasta", or null without a valid population. */
  readonly population: TextBlock | null;
}

export interface ResponseCoverageLayout {
  readonly width: number;
  readonly height: number;
  /** The height the content needs; above `height` only if a fixed height was too small. */
  readonly naturalHeight: number;
  /** True when a fixed height was too small even with one-line names (drawn taller instead of clipping). */
  readonly overflow: boolean;
  readonly header: ChartHeaderLayout;
  /** "6/10 kuntaa vastasi". */
  readonly headline: TextBlock;
  /** Population share and which populations are missing or invalid. */
  readonly notes: readonly TextBlock[];
  readonly grid: GridGeometry;
  readonly tiles: readonly CoverageTile[];
  readonly styles: TileStyles;
  readonly summary: CoverageSummary;
  /** Names cut with "…" (their full text is in the tooltip, the accessible name and the table). */
  readonly truncatedCount: number;
  readonly maxLabelLines: number;
  /** Tile and headline type relative to the theme (above 1 when a fixed height leaves room). */
  readonly scale: number;
}

/** The items in display order. */
export function orderItems(
  data: ResponseCoverageData,
  order: ResponseCoverageOrder,
): ResponseCoverageItem[] {
  if (order !== 'answered-first') return [...data];
  return [...data.filter((i) => i.answered), ...data.filter((i) => !i.answered)];
}

function block(
  text: string,
  x: number,
  y: number,
  maxWidth: number,
  fontSize: number,
  fontWeight: number,
  lineHeightFactor: number,
  maxLines: number,
): TextBlock & { readonly truncated: boolean } {
  const wrapped = wrapText(text, {
    maxWidth: Math.max(1, maxWidth),
    fontSize,
    maxLines,
    weight: fontWeight,
  });
  const lineHeight = fontSize * lineHeightFactor;
  return {
    lines: wrapped.lines,
    truncated: wrapped.truncated,
    x,
    y,
    fontSize,
    lineHeight,
    fontWeight,
  };
}

/** The block without its `truncated` flag, moved to (x, y). */
function place(b: TextBlock, x: number, y: number): TextBlock {
  const { lines, fontSize, lineHeight, fontWeight } = b;
  return { lines, x, y, fontSize, lineHeight, fontWeight };
}

function blockBottom(b: TextBlock): number {
  return b.y + b.lines.length * b.lineHeight;
}

/** Tile and headline type `scale` times the theme's (the chart title and notes keep theirs). */
function scaledType(theme: ChartTheme, scale: number): ChartTheme {
  if (scale === 1) return theme;
  const { fontSize, spacing } = theme;
  return {
    ...theme,
    fontSize: {
      ...fontSize,
      title: fontSize.title * scale,
      label: fontSize.label * scale,
      small: fontSize.small * scale,
    },
    spacing: { ...spacing, sm: spacing.sm * scale },
  };
}

function build(
  input: ResponseCoverageLayoutInput,
  maxLabelLines: number,
  extraTileHeight: number,
  scale = 1,
): ResponseCoverageLayout {
  const { data, width, locale, options } = input;
  const theme = scaledType(input.theme, scale);
  const { fontSize, fontWeight, lineHeight } = theme;
  const { spacing } = input.theme;
  const pad = spacing.md;
  const inner = Math.max(1, width - 2 * pad);
  const items = orderItems(data, options.order);
  const summary = summarizeCoverage(data);

  const header = layoutChartHeader({
    theme: input.theme,
    title: options.title,
    hideTitle: options.hideTitle,
    notes: [
      options.showBase ? formatBase(summary.answered, summary.total, locale) : '',
      options.illustrative ? commonMessages(locale).illustrativeData : '',
    ],
    width,
  });
  const headlineBlock = block(
    coverageHeadline(summary, locale),
    pad,
    header.height,
    inner,
    fontSize.title,
    fontWeight.bold,
    lineHeight,
    3,
  );
  const headline = place(headlineBlock, pad, header.height);
  const notes: TextBlock[] = [];
  let y = blockBottom(headline);
  for (const note of populationNotes(summary, data, locale)) {
    const b = block(
      note,
      pad,
      y + spacing.xs,
      inner,
      fontSize.subtitle,
      fontWeight.normal,
      lineHeight,
      4,
    );
    notes.push(place(b, pad, b.y));
    y = blockBottom(b);
  }
  const gridTop = y + spacing.md;

  const withPopulation = hasPopulation(data);
  // Texts of every tile first: the narrowest tile they fit decides the columns.
  const texts = items.map((item) => ({
    item,
    status: statusText(item.answered, options.wording, locale),
    population: populationText(item, locale, withPopulation),
  }));
  const tilePad = theme.spacing.sm;
  const iconSize = fontSize.small * 1.1;
  const gap = spacing.sm;
  const columns = gridColumns({
    count: items.length,
    width: inner,
    minTileWidth: Math.min(inner, minTileWidth(texts, tilePad, iconSize, theme)),
    gap,
    maxColumns: options.maxColumns,
    columns: options.columns,
  });
  const rows = Math.ceil(items.length / columns);
  const tileWidth = tileWidthFor(inner, columns, gap);
  const textWidth = tileWidth - 2 * tilePad;
  const statusX = tilePad + iconSize + spacing.xs;

  // Wrap at the tile's origin, then share one block height per part so every tile lines up.
  const wrapped = texts.map((t) => ({
    ...t,
    name: block(
      t.item.label,
      0,
      0,
      textWidth,
      fontSize.label,
      fontWeight.bold,
      lineHeight,
      maxLabelLines,
    ),
    statusBlock: block(
      t.status,
      0,
      0,
      textWidth - statusX + tilePad,
      fontSize.small,
      fontWeight.normal,
      lineHeight,
      6,
    ),
    popBlock: t.population
      ? block(t.population, 0, 0, textWidth, fontSize.small, fontWeight.normal, lineHeight, 2)
      : null,
  }));
  const nameH = Math.max(0, ...wrapped.map((w) => w.name.lines.length * w.name.lineHeight));
  const statusH = Math.max(
    iconSize,
    ...wrapped.map((w) => w.statusBlock.lines.length * w.statusBlock.lineHeight),
  );
  const popH = Math.max(
    0,
    ...wrapped.map((w) => (w.popBlock ? w.popBlock.lines.length * w.popBlock.lineHeight : 0)),
  );
  const contentH = nameH + spacing.xs + statusH + (popH > 0 ? spacing.xs + popH : 0);
  const naturalTileH = contentH + 2 * tilePad;
  const tileHeight = naturalTileH + Math.max(0, extraTileHeight);
  const grid: GridGeometry = { columns, rows, tileWidth, tileHeight, gap, x: pad, y: gridTop };

  let truncatedCount = 0;
  const tiles: CoverageTile[] = wrapped.map((w, index) => {
    const box = tileBox(index, grid);
    const top = box.y + (tileHeight - contentH) / 2;
    const left = box.x + tilePad;
    if (w.name.truncated) truncatedCount += 1;
    const statusY = top + nameH + spacing.xs;
    return {
      index,
      item: w.item,
      box,
      name: place(w.name, left, top),
      nameTruncated: w.name.truncated,
      status: place(w.statusBlock, box.x + statusX, statusY),
      icon: iconGeometry(w.item.answered, left, statusY + w.statusBlock.lineHeight / 2, iconSize),
      population: w.popBlock ? place(w.popBlock, left, statusY + statusH + spacing.xs) : null,
    };
  });

  const natural = Math.ceil(gridTop + rows * tileHeight + (rows - 1) * gap + pad);
  return {
    width,
    height: natural,
    naturalHeight: natural,
    overflow: false,
    header,
    headline,
    notes,
    grid,
    tiles,
    styles: tileStyles(input.theme),
    summary,
    truncatedCount,
    maxLabelLines,
    scale,
  };
}

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
  const natural = build(input, maxLines, 0);
  const target = input.height;
  if (target === undefined || !Number.isFinite(target)) return natural;

  // Limits from the most lines a name takes up to maxLines give the natural layout: start below them
  // (at 1 at the lowest, so that an overflowing layout reports the one-line limit as before).
  const most = linesWorthTrying(
    maxLines,
    natural.tiles.map((tile) => tile.name.lines.length),
  );
  let fitted = natural;
  for (
    let lines = Math.min(maxLines, Math.max(2, most)) - 1;
    lines >= 1 && fitted.naturalHeight > target;
    lines -= 1
  ) {
    fitted = build(input, lines, 0);
  }
  if (fitted.naturalHeight > target) return { ...fitted, overflow: true };
  const naturalHeight = fitted.naturalHeight;
  if (fitted.maxLabelLines === maxLines && target - naturalHeight >= 1) {
    for (const scale of TYPE_SCALES) {
      const larger = build(input, maxLines, 0, scale);
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
  if (extra >= 1) fitted = build(input, fitted.maxLabelLines, extra, fitted.scale);
  return { ...fitted, height: target, naturalHeight };
}
