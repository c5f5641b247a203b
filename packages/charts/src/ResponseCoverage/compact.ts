/**
 * ResponseCoverage's compact list, pure, for narrow charts: a legend saying what the two icons mean, then
 * one small chip per municipality (the tile's style and icon, the wrapped name) in as many columns as fit. Rows are as tall as their own content, so a long name costs only its row.
 */
import type { BodyInput, CoverageBody } from './body';
import { balancedSmallBlock, blockHeight, bodyColumns, nameBlock } from './body';
import type { CoverageType } from './coverageType';
import { gridOfRows, tileBox, tileWidthFor } from './grid';
import type { CoverageLegendEntry, CoverageTile } from './layoutTypes';
import { measureText } from '../text/measureText';
import { place } from './textBlock';
import { iconGeometry, minChipWidth } from './tileParts';

/** The legend's swatch: a small tile around the icon. */
function swatchSide(type: CoverageType): number {
  return type.icon + 2 * type.xs;
}

/**
 * The legend at (x, top) within `width`: an entry per status present in the data (answered first), side
 * by side while they fit, else one under the other. Returns the entries and the legend's bottom.
 */
export function layoutLegend(input: BodyInput): {
  readonly entries: CoverageLegendEntry[];
  readonly bottom: number;
} {
  const { texts, type, x, width, top } = input;
  const side = swatchSide(type);
  const statuses = [true, false].filter((answered) =>
    texts.some((t) => t.item.answered === answered),
  );
  const entries: CoverageLegendEntry[] = [];
  let cx = x;
  let lineTop = top;
  let lineHeight = 0;
  for (const answered of statuses) {
    const text = answered ? input.answeredText : input.missingText;
    const labelWidth = Math.max(1, width - side - type.xs);
    const label = balancedSmallBlock(text, labelWidth, type, 3);
    const widest = Math.max(...label.lines.map((l) => measureText(l, type.small, type.normal)));
    const entryWidth = side + type.xs + widest;
    if (cx > x && cx + entryWidth > x + width) {
      cx = x;
      lineTop += lineHeight + type.xs;
      lineHeight = 0;
    }
    const h = Math.max(side, blockHeight(label));
    const swatch = { x: cx, y: lineTop + (h - side) / 2, width: side, height: side };
    entries.push({
      answered,
      swatch,
      icon: iconGeometry(answered, cx + type.xs, swatch.y + side / 2, type.icon),
      label: place(label, cx + side + type.xs, lineTop + (h - blockHeight(label)) / 2),
    });
    lineHeight = Math.max(lineHeight, h);
    cx += entryWidth + 3 * type.xs;
  }
  return { entries, bottom: entries.length > 0 ? lineTop + lineHeight : top };
}

/** The chip columns: a fixed count (a split part's), else as many as fit (balanced rows), ≤ `maxColumns`. */
export function chipColumns(input: BodyInput): number {
  const { texts, type } = input;
  return bodyColumns(input, minChipWidth(texts, type, input.maxLabelLines), type.xs);
}

export function layoutCompact(input: BodyInput): CoverageBody {
  const { texts, type, maxLabelLines } = input;
  const legend = layoutLegend(input);
  const columns = chipColumns(input);
  const gap = type.xs;
  const padX = type.tilePad;
  const padY = (type.xs + type.tilePad) / 2;
  const rows = Math.ceil(texts.length / columns);
  const tileWidth = tileWidthFor(input.width, columns, gap);
  const indent = type.icon + type.xs;
  const textWidth = tileWidth - 2 * padX - indent;

  const wrapped = texts.map((t) => {
    const name = nameBlock(t.item.label, textWidth, type, maxLabelLines);
    return { ...t, name, content: blockHeight(name) };
  });
  const extra = Math.max(0, input.extraRowHeight);
  const y = legend.entries.length > 0 ? legend.bottom + type.tilePad : input.top;
  const grid = gridOfRows({
    contents: wrapped.map((w) => w.content),
    columns,
    rows,
    pad: padY,
    extra,
    tileWidth,
    gap,
    x: input.x,
    y: y,
  });

  let truncatedCount = 0;
  const tiles: CoverageTile[] = wrapped.map((w, index) => {
    // Each chip is as tall as its own name, from the top of its row: names in a row start on one line
    // and every chip's text is centred in it.
    const cell = tileBox(index, grid);
    const box = { ...cell, height: Math.min(cell.height, w.content + 2 * padY + extra) };
    const top = box.y + (box.height - w.content) / 2;
    const left = box.x + padX;
    if (w.name.truncated) truncatedCount += 1;
    return {
      index,
      item: w.item,
      box,
      name: place(w.name, left + indent, top),
      nameTruncated: w.name.truncated,
      status: null,
      icon: iconGeometry(w.item.answered, left, top + w.name.lineHeight / 2, type.icon),
      population: null,
    };
  });
  return { grid, tiles, legend: legend.entries, truncatedCount };
}
