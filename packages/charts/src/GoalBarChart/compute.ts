/**
 * GoalBarChart's geometry, pure: (valid data, size, options, theme, locale) → every position, wrapped
 * label, scale and the natural height. No React, no DOM; tested in tests/GoalBarChart.compute.test.ts.
 *
 * Likert semantics: the x scale is the full rating scale [1, 5] and bars start at 1, the scale minimum
 * ("Ei lainkaan"). A bar from 0 would add a length no answer can have (a mean of 2,2 would look 44 % of
 * the way up instead of 30 %); a bar diverging from the neutral 3 is a possible alternative view. A
 * reference line marks the neutral 3 ("Kohtalaisesti"); values are printed with one decimal.
 */
import type { Locale } from '@yhdyspinta/data';
import { scaleLinear } from 'd3-scale';
import type { ScaleLinear } from 'd3-scale';
import { isScore } from '../common/validation';
import { layoutChartHeader } from '../layout/chartHeader';
import type { ChartHeaderLayout } from '../layout/chartHeader';
import { formatBase, formatScore, formatScoreOrNoData } from '../locale/format';
import { getMessages } from '../locale/messages';
import { measureText } from '../text/measureText';
import { wrapText } from '../text/wrapText';
import type { ChartTheme } from '../theme/ChartTheme';
import type { Box } from '../interaction/tooltipLayout';
import { layoutAxis } from './axis';
import type { AxisLayout } from './axis';
import { layoutLegend } from './legend';
import type { LegendLayout } from './legend';
import { meanOfGoals, orderGoalBarEntries } from './order';
import type { GoalBarComparison, GoalBarData, GoalBarLeaf, GoalBarSort } from './types';

/** Below this width labels go above their bars instead of beside them. */
export const STACKED_BELOW_WIDTH = 560;
export const SCALE_DOMAIN: readonly [number, number] = [1, 5];
export const NEUTRAL_VALUE = 3;

export interface GoalBarOptions {
  readonly title: string;
  readonly hideTitle: boolean;
  readonly illustrative: boolean;
  readonly sort: GoalBarSort;
  readonly grouped: boolean;
  readonly showSubGoals: boolean;
  /** A marker, 'mean' for the mean of all goals, or null for none. */
  readonly comparison: GoalBarComparison | 'mean' | null;
  /** Label lines before a label is cut with "…" (lowered further when a fixed height needs it). */
  readonly maxLabelLines: number;
}

export interface GoalBarLayoutInput {
  readonly data: GoalBarData;
  readonly width: number;
  /** A fixed height to fit; omitted → the natural height. */
  readonly height?: number;
  readonly locale: Locale;
  readonly theme: ChartTheme;
  readonly options: GoalBarOptions;
}

export interface GoalBarGroupRow {
  readonly id: string;
  readonly lines: readonly string[];
  readonly x: number;
  readonly y: number;
}

export interface GoalBarRow {
  /** Position in focus and display order. */
  readonly index: number;
  readonly item: GoalBarLeaf;
  readonly level: 0 | 1;
  readonly groupLabel: string;
  readonly parent?: GoalBarLeaf;
  readonly labelLines: readonly string[];
  readonly labelTruncated: boolean;
  readonly labelX: number;
  readonly labelY: number;
  /** The bar from the scale minimum to the value; null for a missing value. */
  readonly bar: Box | null;
  /** The hatched square drawn for a missing value; null otherwise. */
  readonly missing: Box | null;
  /** "2,7", or "ei tietoa" for a missing value. */
  readonly valueText: string;
  readonly valueX: number;
  readonly valueY: number;
  /** The whole row: hit area and focus ring. */
  readonly rowBox: Box;
  /** Where the tooltip attaches: the bar and its value, over the row's height. */
  readonly anchor: Box;
}

export interface GoalBarLayout {
  readonly width: number;
  readonly height: number;
  /** The height the content needs; above `height` only if a fixed height was too small. */
  readonly naturalHeight: number;
  /** True when a fixed height was too small even with one-line labels (drawn taller instead of clipping). */
  readonly overflow: boolean;
  readonly mode: 'side' | 'stacked';
  readonly header: ChartHeaderLayout;
  readonly legend: LegendLayout;
  readonly scale: ScaleLinear<number, number>;
  readonly plot: {
    readonly x0: number;
    readonly x1: number;
    readonly top: number;
    readonly bottom: number;
  };
  /**
   * Vertical extents where grid, reference and comparison lines are drawn: the whole plot beside the
   * labels, or only each bar's band when labels are stacked above the bars (so no line crosses text).
   */
  readonly bands: readonly { readonly top: number; readonly bottom: number }[];
  readonly reference: { readonly value: number; readonly x: number };
  readonly comparison: {
    readonly value: number;
    readonly x: number;
    readonly label: string;
  } | null;
  readonly groups: readonly GoalBarGroupRow[];
  readonly rows: readonly GoalBarRow[];
  readonly axis: AxisLayout;
  readonly font: {
    readonly label: number;
    readonly labelLineHeight: number;
    readonly group: number;
    readonly groupLineHeight: number;
    readonly value: number;
    readonly valueLineHeight: number;
  };
  /** Labels cut with "…" (their full text is in the tooltip, the accessible name and the table). */
  readonly truncatedCount: number;
  /** Label lines actually used (maxLabelLines, or fewer to fit a fixed height). */
  readonly maxLabelLines: number;
}

function resolveComparison(
  data: GoalBarData,
  comparison: GoalBarOptions['comparison'],
  locale: Locale,
): { value: number; label: string } | null {
  if (comparison === 'mean') {
    const value = meanOfGoals(data);
    return value === null ? null : { value, label: getMessages(locale).goalBar.allGoalsMean };
  }
  return comparison && isScore(comparison.value) ? comparison : null;
}

function build(input: GoalBarLayoutInput, maxLabelLines: number, extraGap: number): GoalBarLayout {
  const { data, width, locale, theme, options } = input;
  const { spacing, fontSize, fontWeight } = theme;
  const messages = getMessages(locale);
  const pad = spacing.md;
  const inner = Math.max(1, width - 2 * pad);
  const mode = width < STACKED_BELOW_WIDTH ? 'stacked' : 'side';

  const notes = [
    data.base ? formatBase(data.base.answered, data.base.total, locale) : '',
    options.illustrative ? messages.common.illustrativeData : '',
  ];
  const header = layoutChartHeader({
    title: options.title,
    hideTitle: options.hideTitle,
    notes,
    width,
    theme,
  });
  const comparison = resolveComparison(data, options.comparison, locale);
  const legend = layoutLegend(
    [
      { kind: 'reference' as const, text: messages.common.neutralReference },
      ...(comparison
        ? [
            {
              kind: 'comparison' as const,
              text: `${comparison.label} ${formatScore(comparison.value, locale)}`,
            },
          ]
        : []),
    ],
    header.height,
    width,
    theme,
  );

  const valueSize = fontSize.value;
  const valueWidth = measureText('5,0', valueSize, fontWeight.bold) + spacing.sm;
  // Beside the bars, the label column takes 42 % of the width, within 10–40 em of the label font.
  const labelSize = fontSize.label;
  const labelWidth =
    mode === 'side'
      ? Math.min(40 * labelSize, Math.max(10 * labelSize, Math.round(inner * 0.42)))
      : inner;
  const x0 = mode === 'side' ? pad + labelWidth + spacing.lg : pad;
  const x1 = Math.max(x0 + 1, width - pad - valueWidth);
  const scale = scaleLinear()
    .domain([...SCALE_DOMAIN])
    .range([x0, x1])
    .clamp(true);
  const indent = spacing.lg;

  const labelLH = labelSize * theme.lineHeight;
  const groupSize = fontSize.groupLabel;
  const groupLH = groupSize * theme.lineHeight;
  const valueLH = valueSize * theme.lineHeight;
  const rowGap = spacing.sm + extraGap;

  const groups: GoalBarGroupRow[] = [];
  const rows: GoalBarRow[] = [];
  let y = legend.bottom;
  let truncatedCount = 0;
  for (const entry of orderGoalBarEntries(data, options)) {
    if (entry.kind === 'group') {
      if (groups.length > 0 || rows.length > 0) y += spacing.sm;
      const { lines } = wrapText(entry.label, {
        maxWidth: mode === 'side' ? labelWidth : inner,
        fontSize: groupSize,
        maxLines: 2,
        weight: fontWeight.bold,
      });
      groups.push({ id: entry.id, lines, x: pad, y });
      y += lines.length * groupLH + spacing.xs;
      continue;
    }
    const { item, level } = entry;
    const labelX = pad + (level === 1 ? indent : 0);
    const wrapped = wrapText(item.label, {
      maxWidth: Math.max(1, labelWidth - (level === 1 ? indent : 0)),
      fontSize: labelSize,
      maxLines: maxLabelLines,
    });
    if (wrapped.truncated) truncatedCount += 1;
    const labelH = wrapped.lines.length * labelLH;
    const barH = Math.round(labelSize * (level === 0 ? 1.4 : 0.9));
    const content = mode === 'side' ? Math.max(labelH, barH) : labelH + spacing.xs + barH;
    const labelY = mode === 'side' ? y + (content - labelH) / 2 : y;
    const barY = mode === 'side' ? y + (content - barH) / 2 : y + labelH + spacing.xs;
    const value = item.value;
    const bar = value === null ? null : { x: x0, y: barY, width: scale(value) - x0, height: barH };
    const missing = value === null ? { x: x0, y: barY, width: barH, height: barH } : null;
    const end = bar ? bar.x + bar.width : x0 + barH;
    const valueText = formatScoreOrNoData(value, locale);
    const valueX = end + spacing.xs;
    const anchorRight = valueX + measureText(valueText, valueSize, fontWeight.bold);
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
      valueY: barY + barH / 2 - valueLH / 2,
      rowBox: {
        x: pad - spacing.xs,
        y: y - spacing.xs / 2,
        width: inner + 2 * spacing.xs,
        height: content + spacing.xs,
      },
      anchor: { x: x0, y: y, width: anchorRight - x0, height: content },
    });
    y += content + rowGap;
  }
  const rowsBottom = y - rowGap + spacing.sm;
  const bands =
    mode === 'side'
      ? [{ top: legend.bottom, bottom: rowsBottom }]
      : rows.map((r) => {
          const box = r.bar ?? r.missing ?? r.anchor;
          return { top: box.y - spacing.xs, bottom: box.y + box.height + spacing.xs };
        });

  const axis = layoutAxis({ top: rowsBottom, x: scale, x0, x1, width, locale, theme });
  const natural = Math.ceil(axis.bottom);
  return {
    width,
    height: natural,
    naturalHeight: natural,
    overflow: false,
    mode,
    header,
    legend,
    scale,
    plot: { x0, x1, top: legend.bottom, bottom: rowsBottom },
    bands,
    reference: { value: NEUTRAL_VALUE, x: scale(NEUTRAL_VALUE) },
    comparison: comparison ? { ...comparison, x: scale(comparison.value) } : null,
    groups,
    rows,
    axis,
    font: {
      label: labelSize,
      labelLineHeight: labelLH,
      group: groupSize,
      groupLineHeight: groupLH,
      value: valueSize,
      valueLineHeight: valueLH,
    },
    truncatedCount,
    maxLabelLines,
  };
}

/**
 * The layout at `width`. Without `height`: the natural height (every label wrapped to up to
 * `maxLabelLines` lines). With `height`: extra room widens the gaps between rows (up to one line each);
 * too little room first lowers the label lines (down to 1); if even that does not fit, the layout keeps
 * its natural height and sets `overflow` instead of clipping.
 */
export function computeGoalBarLayout(input: GoalBarLayoutInput): GoalBarLayout {
  const maxLines = Math.max(1, Math.floor(input.options.maxLabelLines));
  const natural = build(input, maxLines, 0);
  const target = input.height;
  if (target === undefined) return natural;

  let fitted = natural;
  for (let lines = maxLines; lines >= 1; lines -= 1) {
    fitted = lines === maxLines ? natural : build(input, lines, 0);
    if (fitted.naturalHeight <= target) break;
  }
  if (fitted.naturalHeight > target) return { ...fitted, overflow: true };
  const spare = target - fitted.naturalHeight;
  if (spare > 1 && fitted.rows.length > 0) {
    const extra = Math.min(spare / fitted.rows.length, fitted.font.labelLineHeight);
    fitted = build(input, fitted.maxLabelLines, extra);
  }
  return { ...fitted, height: target };
}
