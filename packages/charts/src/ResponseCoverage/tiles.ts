/**
 * ResponseCoverage's tile grid, pure: one tile per municipality with its wrapped name, the status icon and
 * text, and the population. A row of tiles is as tall as its tallest content (plus any spare room a
 * fixed height gives, see compute.ts), so a long name costs only its own row, and each tile's own content
 * is centred vertically in it.
 */
import type { BodyInput, CoverageBody } from './body';
import { balancedSmallBlock, blockHeight, bodyColumns, nameBlock, smallBlock } from './body';
import { gridOfRows, rowContents, tileBox, tileWidthFor } from './grid';
import type { CoverageTile } from './layoutTypes';
import { place } from './textBlock';
import { iconGeometry, minTileWidth } from './tileParts';

/** The tile columns at the body's width: the caller's count, else as many as fit (balanced rows). */
export function tileColumns(input: BodyInput): number {
  const { texts, type } = input;
  return bodyColumns(input, minTileWidth(texts, type, input.maxLabelLines), type.xs * 2);
}

export function layoutTiles(input: BodyInput, columns: number): CoverageBody {
  const { texts, type, maxLabelLines } = input;
  const gap = type.xs * 2;
  const pad = type.tilePad;
  const rows = Math.ceil(texts.length / columns);
  const tileWidth = tileWidthFor(input.width, columns, gap);
  const textWidth = tileWidth - 2 * pad;
  const statusIndent = type.icon + type.xs;

  const wrapped = texts.map((t) => {
    const name = nameBlock(t.item.label, textWidth, type, maxLabelLines);
    const status = balancedSmallBlock(t.status, textWidth - statusIndent, type, 6);
    const population = t.population ? smallBlock(t.population, textWidth, type, 2) : null;
    const statusH = Math.max(type.icon, blockHeight(status));
    const content =
      blockHeight(name) + type.xs + statusH + (population ? type.xs + blockHeight(population) : 0);
    return { ...t, name, status, population, statusH, content };
  });
  const contents = wrapped.map((w) => w.content);
  const rowContent = rowContents(contents, columns, rows);
  const grid = gridOfRows({
    contents,
    columns,
    rows,
    pad: pad,
    extra: Math.max(0, input.extraRowHeight),
    tileWidth,
    gap,
    x: input.x,
    y: input.top,
  });

  let truncatedCount = 0;
  const tiles: CoverageTile[] = wrapped.map((w, index) => {
    const box = tileBox(index, grid);
    // The row's tallest content is centred; the others start at the same line (names aligned).
    const top = box.y + (box.height - (rowContent[Math.floor(index / columns)] ?? 0)) / 2;
    const left = box.x + pad;
    if (w.name.truncated) truncatedCount += 1;
    const statusY = top + blockHeight(w.name) + type.xs;
    const iconCy = statusY + Math.max(type.icon, w.status.lineHeight) / 2;
    return {
      index,
      item: w.item,
      box,
      name: place(w.name, left, top),
      nameTruncated: w.name.truncated,
      status: place(w.status, left + statusIndent, iconCy - w.status.lineHeight / 2),
      icon: iconGeometry(w.item.answered, left, iconCy, type.icon),
      population: w.population ? place(w.population, left, statusY + w.statusH + type.xs) : null,
    };
  });
  return { grid, tiles, legend: [], truncatedCount };
}
