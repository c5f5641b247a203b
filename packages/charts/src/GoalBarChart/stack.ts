/**
 * GoalBarChart's rows stacked top to bottom, pure: section headers and prefixes, wrapped labels, bars,
 * printed values and the rows' boxes, at a given density (compute.ts picks the density that fits).
 *
 * Sections are set apart by a section gap, with or without a header. A section of one goal (shown without
 * sub-goals) has its name as a prefix line joined to the top of that goal's row instead of a header row of
 * its own (in the same style as a header: one style per level); a larger section gets a header row.
 *
 * A bar is at least `spacing.xs` long, so a mean at the scale minimum (1,0) still shows a bar, not
 * nothing. A printed value that would run across a vertical line (the neutral reference, the comparison)
 * or the row's previous-round marker starts after it instead, so no line or marker ever crosses a number.
 * A value a line still runs through (a grid line at a tick: values are not moved off those) is marked
 * `valueHalo`, and only such a value is drawn over a halo (GoalBarValues).
 * The change since the previous round is printed after the value ("3,4 (+0,3)").
 */
import type { Locale } from '@yhdyspinta/data';
import type { LinearScale } from '../layout/linearScale';
import { MAX_LABEL_LINES } from '../text/lineLimit';
import { wrapText } from '../text/wrapText';
import type { ChartTheme } from '../theme/ChartTheme';
import type { GoalBarColumns } from './columns';
import type {
  GoalBarDensity,
  GoalBarGroupRow,
  GoalBarLayout,
  GoalBarRow,
  LabelLineLimit,
} from './layoutTypes';
import type { GoalBarEntry, GoalBarSectionEntry } from './order';
import { createGoalBarBuildCache } from './buildCache';
import type { GoalBarBuildCache } from './buildCache';
import { clearOfLines, crossesLine, joinSpans, lineSpans, overlaps, withSpan } from './lineSpans';
import { previousMark, previousMarkClearance } from './previousMarker';

/**
 * The least gap scale: gaps between rows stay at least `spacing.xs` (half of `spacing.sm`), so the rows'
 * boxes (the hit areas and focus rings, `spacing.xs / 2` around each row) never overlap.
 */
export const MIN_GAP_SCALE = 0.5;

const NO_ROWS: ReadonlySet<number> = new Set();

/** Half the grid lines' width (GoalBarGrid draws them 1 px wide). */
export const GRID_HALF_WIDTH = 0.5;

/** A bar's thickness at the label size: goals 1.4 em, sub-goals 0.9 em (rounded to whole px). */
export const barThickness = (labelSize: number, level: 0 | 1): number =>
  Math.round(labelSize * (level === 0 ? 1.4 : 0.9));

/**
 * A packed bar's thickness as a share of a label line: a row of one line is then a bar with room above
 * and below it. Bars as thick as the line left one-line rows at the tightest gaps looking jammed bar on
 * bar beside the roomy rows of two lines (a 16:9 slide of 12 long goals). The rows' heights are the same.
 */
export const PACKED_BAR_SHARE = 0.75;

export const LOOSE: GoalBarDensity = { gapScale: 1, packedBars: false, extra: 0 };

export interface StackInput {
  readonly entries: readonly GoalBarEntry[];
  readonly columns: GoalBarColumns;
  readonly scale: LinearScale;
  /** y where the first row or header starts. */
  readonly top: number;
  /** x of the vertical lines drawn over the rows (reference, comparison), which values keep clear of. */
  readonly verticals?: readonly number[];
  /** x of the grid lines (1 px, at the ticks) under the rows: a value one runs through gets a halo. */
  readonly gridLines?: readonly number[];
  readonly lines: LabelLineLimit;
  readonly density: GoalBarDensity;
  readonly font: GoalBarLayout['font'];
  readonly locale: Locale;
  readonly theme: ChartTheme;
  /** Shared by the builds of one computeGoalBarLayout call; a new one by default. */
  readonly cache?: GoalBarBuildCache;
  /** Only the height: no groups or rows are made (the fit to a fixed height measures before it builds). */
  readonly measureOnly?: boolean;
}

export interface GoalBarStack {
  readonly groups: readonly GoalBarGroupRow[];
  readonly rows: readonly GoalBarRow[];
  /** Bottom of the last row plus the plot's bottom padding: where the axis starts. */
  readonly bottom: number;
  readonly truncatedCount: number;
  readonly rowCount: number;
  /** Rows (by index) whose cut label reads the same as another row's cut label. */
  readonly sameReading: ReadonlySet<number>;
}

/** The rows of `readings` (visible text of a cut label → rows) that share their text with another. */
function sharedReadings(readings: ReadonlyMap<string, readonly number[]>): ReadonlySet<number> {
  const same: number[] = [];
  for (const rows of readings.values()) if (rows.length > 1) same.push(...rows);
  return same.length === 0 ? NO_ROWS : new Set(same);
}

export function stackGoalBarRows(input: StackInput): GoalBarStack {
  const { columns, scale, font, locale, theme, density } = input;
  const { spacing, fontWeight } = theme;
  const { mode, pad, inner, labelWidth, x0 } = columns;
  const rowGap = spacing.sm * density.gapScale + density.extra;
  const sectionGap = spacing.sm * density.gapScale;
  const headerGap = spacing.xs * density.gapScale;
  const indent = spacing.lg;
  const cache = input.cache ?? createGoalBarBuildCache(locale, theme);
  // The label wrappers by level (goal, sub-goal) and by the row's limit: max, a line more (promoted), or
  // whole (full: its cut text would read the same as another row's).
  const { max, promoted } = input.lines;
  const full = input.lines.full ?? NO_ROWS;
  const wrappers = (maxWidth: number) =>
    [
      cache.labels(maxWidth, max),
      cache.labels(maxWidth, max + 1),
      cache.labels(maxWidth, Math.max(max + 1, MAX_LABEL_LINES)),
    ] as const;
  const goalWrap = wrappers(Math.max(1, labelWidth));
  const subGoalWrap = wrappers(Math.max(1, labelWidth - indent));
  // A section's name (header row or prefix line): bold, up to two lines of the label column.
  const sectionName = (label: string, fontSize: number) =>
    wrapText(label, {
      maxWidth: labelWidth,
      fontSize,
      maxLines: 2,
      weight: fontWeight.bold,
      locale,
    }).lines;

  const measureOnly = input.measureOnly === true;
  // Packed bars are thinner than a label line (PACKED_BAR_SHARE of it). By level: goal, sub-goal.
  const barHeight = (level: 0 | 1) => {
    const thick = barThickness(font.label, level);
    const packed = Math.floor(font.labelLineHeight * PACKED_BAR_SHARE);
    return density.packedBars ? Math.min(thick, packed) : thick;
  };
  const barHeights = [barHeight(0), barHeight(1)] as const;
  // Each line's half width and a halo's worth of room on either side of it: values keep clear of that.
  const half = theme.referenceStrokeWidth / 2 + spacing.xs / 2;
  const verticals = [...(input.verticals ?? [])].sort((a, b) => a - b);
  const avoid = lineSpans(verticals, half);
  // The lines themselves, without the room: a value one of them runs through is drawn over a halo.
  const stroke = theme.referenceStrokeWidth / 2;
  const drawnLines = joinSpans(
    lineSpans(input.gridLines ?? [], GRID_HALF_WIDTH),
    lineSpans(verticals, stroke),
  );
  const groups: GoalBarGroupRow[] = [];
  const rows: GoalBarRow[] = [];
  let prefix: GoalBarSectionEntry | null = null;
  let y = input.top;
  let truncatedCount = 0;
  const readings = new Map<string, number[]>();
  let index = 0;
  let started = false;
  for (const entry of input.entries) {
    if (entry.kind === 'group') {
      if (started) y += sectionGap;
      if (entry.header === 'prefix') prefix = entry;
      if (entry.header !== 'block') continue;
      const lines = sectionName(entry.label, font.group);
      if (!measureOnly) groups.push({ id: entry.id, kind: 'header', lines, x: pad, y });
      y += lines.length * font.groupLineHeight + headerGap;
      started = true;
      continue;
    }
    const { item, level } = entry;
    const rowTop = y;
    if (prefix) {
      const lines = sectionName(prefix.label, font.prefix);
      if (!measureOnly) groups.push({ id: prefix.id, kind: 'prefix', lines, x: pad, y });
      y += lines.length * font.prefixLineHeight;
      prefix = null;
    }
    started = true;
    const wrap = (level === 1 ? subGoalWrap : goalWrap)[
      full.has(index) ? 2 : promoted.has(index) ? 1 : 0
    ];
    const wrapped = wrap(index, item.shortLabel ?? item.label);
    if (wrapped.truncated) {
      truncatedCount += 1;
      const text = wrapped.lines.join(' ');
      const same = readings.get(text);
      if (same) same.push(index);
      else readings.set(text, [index]);
    }
    const labelH = wrapped.lines.length * font.labelLineHeight;
    const barH = barHeights[level];
    const content = mode === 'side' ? Math.max(labelH, barH) : labelH + spacing.xs + barH;
    if (measureOnly) {
      y += content + rowGap;
      index += 1;
      continue;
    }
    const labelY = mode === 'side' ? y + (content - labelH) / 2 : y;
    const barY = mode === 'side' ? y + (content - barH) / 2 : y + labelH + spacing.xs;
    const value = item.value;
    const barW = value === null ? 0 : Math.max(scale(value) - x0, spacing.xs);
    const bar = value === null ? null : { x: x0, y: barY, width: barW, height: barH };
    const missing = value === null ? { x: x0, y: barY, width: barH, height: barH } : null;
    const end = bar ? bar.x + bar.width : x0 + barH;
    const printed = cache.value(value);
    const valueText = printed.text;
    const change = cache.change(item);
    const previous =
      typeof item.previous === 'number'
        ? previousMark(scale(item.previous), barY + barH / 2, barH, theme)
        : null;
    const spans = previous
      ? withSpan(avoid, previous.x, previousMarkClearance(previous, theme))
      : avoid;
    const valueWidth = printed.width + change.width;
    const valueX = clearOfLines(end + spacing.xs, valueWidth, spans, spacing.xs);
    const markerHalf = previous ? previous.halfWidth + stroke : 0;
    const valueHalo =
      crossesLine(valueX, valueWidth, drawnLines) ||
      (previous !== null &&
        overlaps(valueX, valueWidth, previous.x - markerHalf, previous.x + markerHalf));
    const anchorRight = Math.max(
      valueX + valueWidth,
      previous ? previous.x + previous.halfWidth : 0,
    );
    rows.push({
      index,
      item,
      level,
      groupLabel: entry.groupLabel,
      parent: entry.parent,
      labelLines: wrapped.lines,
      labelTruncated: wrapped.truncated,
      labelX: pad + (level === 1 ? indent : 0),
      labelY,
      bar,
      missing,
      valueText,
      changeText: change.text,
      previous,
      valueX,
      valueHalo,
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
    index += 1;
  }
  return {
    groups,
    rows,
    bottom: y - rowGap + spacing.sm,
    truncatedCount,
    rowCount: index,
    sameReading: sharedReadings(readings),
  };
}
