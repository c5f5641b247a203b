/**
 * GoalBarChart's rows stacked top to bottom, pure: section headers and prefixes, wrapped labels, bars,
 * printed values and the rows' boxes, at a given density (compute.ts picks the density that fits).
 *
 * Sections are set apart by a section gap, with or without a header. A section of one goal (shown without
 * sub-goals) has its name as a prefix line joined to the top of that goal's row (bold, the theme's small
 * size) instead of a header row of its own; a larger section gets a header row over its goals.
 */
import type { Locale } from '@yhdyspinta/data';
import type { LinearScale } from '../layout/linearScale';
import { formatScoreOrNoData } from '../locale/format';
import { measureText } from '../text/measureText';
import { wrapText } from '../text/wrapText';
import type { ChartTheme } from '../theme/ChartTheme';
import type { GoalBarColumns } from './columns';
import type { GoalBarGroupRow, GoalBarLayout, GoalBarRow } from './compute';
import type { GoalBarEntry } from './order';

/**
 * The least gap scale: gaps between rows stay at least `spacing.xs` (half of `spacing.sm`), so the rows'
 * boxes (the hit areas and focus rings, `spacing.xs / 2` around each row) never overlap.
 */
export const MIN_GAP_SCALE = 0.5;

export interface GoalBarDensity {
  /** Scales the gaps between rows, between sections and under headers: 1 = the theme's spacing. */
  readonly gapScale: number;
  /** Bars no thicker than a label line, so a one-line row is only as tall as its text. */
  readonly packedBars: boolean;
  /** Px added to every gap between rows (a fixed height's spare room). */
  readonly extra: number;
}

export const LOOSE: GoalBarDensity = { gapScale: 1, packedBars: false, extra: 0 };

/** How many lines a label may take: `max`, or one more for the rows (by index) in `promoted`. */
export interface LabelLineLimit {
  readonly max: number;
  readonly promoted: ReadonlySet<number>;
}

export interface StackInput {
  readonly entries: readonly GoalBarEntry[];
  readonly columns: GoalBarColumns;
  readonly scale: LinearScale;
  /** y where the first row or header starts. */
  readonly top: number;
  readonly lines: LabelLineLimit;
  readonly density: GoalBarDensity;
  readonly font: GoalBarLayout['font'];
  readonly locale: Locale;
  readonly theme: ChartTheme;
}

export interface GoalBarStack {
  readonly groups: readonly GoalBarGroupRow[];
  readonly rows: readonly GoalBarRow[];
  /** Bottom of the last row plus the plot's bottom padding: where the axis starts. */
  readonly bottom: number;
  readonly truncatedCount: number;
}

export function stackGoalBarRows(input: StackInput): GoalBarStack {
  const { columns, scale, font, locale, theme, density } = input;
  const { spacing, fontWeight } = theme;
  const { mode, pad, inner, labelWidth, x0 } = columns;
  const rowGap = spacing.sm * density.gapScale + density.extra;
  const sectionGap = spacing.sm * density.gapScale;
  const headerGap = spacing.xs * density.gapScale;
  const indent = spacing.lg;

  const groups: GoalBarGroupRow[] = [];
  const rows: GoalBarRow[] = [];
  let prefix: { readonly id: string; readonly label: string } | null = null;
  let y = input.top;
  let truncatedCount = 0;
  for (const entry of input.entries) {
    if (entry.kind === 'group') {
      if (groups.length > 0 || rows.length > 0) y += sectionGap;
      if (entry.header === 'prefix') prefix = entry;
      if (entry.header !== 'block') continue;
      const { lines } = wrapText(entry.label, {
        maxWidth: labelWidth,
        fontSize: font.group,
        maxLines: 2,
        weight: fontWeight.bold,
      });
      groups.push({ id: entry.id, kind: 'header', lines, x: pad, y });
      y += lines.length * font.groupLineHeight + headerGap;
      continue;
    }
    const { item, level } = entry;
    const rowTop = y;
    if (prefix) {
      const { lines } = wrapText(prefix.label, {
        maxWidth: labelWidth,
        fontSize: font.prefix,
        maxLines: 2,
        weight: fontWeight.bold,
      });
      groups.push({ id: prefix.id, kind: 'prefix', lines, x: pad, y });
      y += lines.length * font.prefixLineHeight;
      prefix = null;
    }
    const labelX = pad + (level === 1 ? indent : 0);
    const wrapped = wrapText(item.label, {
      maxWidth: Math.max(1, labelWidth - (level === 1 ? indent : 0)),
      fontSize: font.label,
      maxLines: input.lines.max + (input.lines.promoted.has(rows.length) ? 1 : 0),
    });
    if (wrapped.truncated) truncatedCount += 1;
    const labelH = wrapped.lines.length * font.labelLineHeight;
    const thick = Math.round(font.label * (level === 0 ? 1.4 : 0.9));
    const barH = density.packedBars ? Math.min(thick, Math.floor(font.labelLineHeight)) : thick;
    const content = mode === 'side' ? Math.max(labelH, barH) : labelH + spacing.xs + barH;
    const labelY = mode === 'side' ? y + (content - labelH) / 2 : y;
    const barY = mode === 'side' ? y + (content - barH) / 2 : y + labelH + spacing.xs;
    const value = item.value;
    const bar = value === null ? null : { x: x0, y: barY, width: scale(value) - x0, height: barH };
    const missing = value === null ? { x: x0, y: barY, width: barH, height: barH } : null;
    const end = bar ? bar.x + bar.width : x0 + barH;
    const valueText = formatScoreOrNoData(value, locale);
    const valueX = end + spacing.xs;
    const anchorRight = valueX + measureText(valueText, font.value, fontWeight.bold);
    rows.push({
      index: rows.length,
      item,
      level,
      groupLabel: entry.groupLabel,
      parent: entry.parent,
      labelLines: wrapped.lines,
      labelTruncated: wrapped.truncated,
      labelX,
      labelY,
      bar,
      missing,
      valueText,
      valueX,
      valueY: barY + barH / 2 - font.valueLineHeight / 2,
      rowBox: {
        x: pad - spacing.xs,
        y: rowTop - spacing.xs / 2,
        width: inner + 2 * spacing.xs,
        height: y + content - rowTop + spacing.xs,
      },
      anchor: { x: x0, y, width: anchorRight - x0, height: content },
    });
    y += content + rowGap;
  }
  return { groups, rows, bottom: y - rowGap + spacing.sm, truncatedCount };
}
