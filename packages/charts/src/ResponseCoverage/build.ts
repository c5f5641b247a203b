/**
 * One ResponseCoverage layout, pure: at a name line limit, extra tile height and type scale, the header
 * and headline (headline.ts) over a grid of one tile per municipality with its wrapped name, status icon
 * and text, and optional population. computeResponseCoverageLayout (compute.ts) picks the arguments
 * that fit a fixed height.
 */
import type { ChartTheme } from '../theme/ChartTheme';
import { hasPopulation, populationText, statusText } from './describe';
import { gridColumns, tileBox, tileWidthFor } from './grid';
import type { GridGeometry } from './grid';
import { layoutCoverageHeadline } from './headline';
import type {
  CoverageTile,
  ResponseCoverageLayout,
  ResponseCoverageLayoutInput,
} from './layoutTypes';
import { summarizeCoverage } from './summary';
import { place, textBlock } from './textBlock';
import { iconGeometry, minTileWidth, tileStyles } from './tileParts';
import type { ResponseCoverageData, ResponseCoverageItem, ResponseCoverageOrder } from './types';

/** The items in display order. */
export function orderItems(
  data: ResponseCoverageData,
  order: ResponseCoverageOrder,
): ResponseCoverageItem[] {
  if (order !== 'answered-first') return [...data];
  return [...data.filter((i) => i.answered), ...data.filter((i) => !i.answered)];
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

export function buildCoverageLayout(
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

  const { header, headline, notes, gridTop } = layoutCoverageHeadline(input, theme, summary);

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
    name: textBlock(
      t.item.label,
      0,
      0,
      textWidth,
      fontSize.label,
      fontWeight.bold,
      lineHeight,
      maxLabelLines,
    ),
    statusBlock: textBlock(
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
      ? textBlock(t.population, 0, 0, textWidth, fontSize.small, fontWeight.normal, lineHeight, 2)
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
