/**
 * The cell tooltip's geometry, pure: like the shared layoutTooltip (wrapped title, "label: value" rows,
 * placed beside the cell inside the chart), plus the cell's details (e.g. memo points) as "• text" items of
 * up to three lines each and "+N muuta", cut to the lines the chart has room for.
 */
import { scaleWords } from '../common/chartScale';
import type { Locale } from '@yhdyspinta/data';
import type { Box } from '../geometry/box';
import type { TooltipLayout, TooltipRow } from '../interaction/tooltipLayout';
import { placeTooltip } from '../interaction/tooltipLayout';
import { formatNumber, formatScore, scaleLevelLabel } from '../locale/format';
import { commonMessages } from '../locale/common';
import { themeHeatmapMessages } from '../locale/themeHeatmap';
import { wrapText } from '../text/wrapText';
import type { ChartTheme } from '../theme/ChartTheme';
import { valueLabel, valueText } from './describe';
import type { HeatmapData } from './types';

/** How many memo texts (or other details) a tooltip lists before "+N muuta". */
export const TOOLTIP_DETAILS = 3;

const DETAIL_MAX_LINES = 3;
const TITLE_MAX_LINES = 4;

export function layoutHeatmapTooltip(
  content: HeatmapTooltipContent,
  anchor: Box,
  bounds: { readonly width: number; readonly height: number },
  theme: ChartTheme,
  moreText: (count: number) => string,
): TooltipLayout {
  const { padding, maxWidth } = theme.tooltip;
  const fontSize = theme.fontSize.tooltip;
  const lineHeight = fontSize * theme.lineHeight;
  const textWidth = Math.max(1, Math.min(maxWidth, bounds.width) - 2 * padding);
  const wrap = (text: string, maxLines?: number, bold = false) =>
    wrapText(text, {
      maxWidth: textWidth,
      fontSize,
      maxLines,
      weight: bold ? theme.fontWeight.bold : undefined,
    }).lines;
  const budget = Math.max(2, Math.floor((bounds.height - 2 * padding) / lineHeight) - 1);

  const fieldLines = content.rows.flatMap((row) => wrap(`${row.label}: ${row.value}`));
  const titleLines = wrap(
    content.title,
    Math.max(1, Math.min(TITLE_MAX_LINES, budget - fieldLines.length)),
    true,
  );
  const rowLines = [...fieldLines];
  const details = content.details;
  if (details) {
    let room = budget - titleLines.length - rowLines.length - (details.heading ? 1 : 0);
    const items = details.items.map((item) => wrap(`• ${item}`, DETAIL_MAX_LINES));
    let shown = 0;
    const detailLines: string[] = details.heading ? [`${details.heading}:`] : [];
    for (const lines of items) {
      // Keep one line free for "+N muuta" if anything would be left out.
      const reserve = shown + 1 < items.length || details.moreCount > 0 ? 1 : 0;
      if (lines.length + reserve > room) break;
      detailLines.push(...lines);
      room -= lines.length;
      shown += 1;
    }
    const hidden = items.length - shown + details.moreCount;
    if (hidden > 0) detailLines.push(moreText(hidden));
    rowLines.push(...detailLines);
  }
  const gapLine = titleLines.length > 0 && rowLines.length > 0 ? lineHeight / 3 : 0;
  const size = {
    width: Math.min(maxWidth, bounds.width),
    height: 2 * padding + (titleLines.length + rowLines.length) * lineHeight + gapLine,
  };
  const position = placeTooltip(anchor, size, bounds, theme.spacing.sm);
  const rowsY = padding + titleLines.length * lineHeight + gapLine;
  return { ...position, ...size, titleLines, rowLines, rowsY, fontSize, lineHeight, padding };
}

export interface HeatmapTooltipContent {
  readonly title: string;
  readonly rows: readonly TooltipRow[];
  /** Texts behind the cell (e.g. memo points): a heading, the first few, and how many more. */
  readonly details: {
    readonly heading: string | null;
    readonly items: readonly string[];
    /** Texts left out of `items` (beyond TOOLTIP_DETAILS). */
    readonly moreCount: number;
  } | null;
}

/** Tooltip of a cell: the row's full label as the title; column, value, level and n as fields; details. */
export function tooltipContent(
  data: HeatmapData,
  row: number,
  column: number,
  locale: Locale,
): HeatmapTooltipContent {
  const m = { common: commonMessages(locale), themeHeatmap: themeHeatmapMessages(locale) };
  const value = data.values[row]?.[column] ?? null;
  const rows: TooltipRow[] = [
    {
      label: data.columnsTitle ?? m.themeHeatmap.columnsTitle,
      value: data.columns[column]?.label ?? '',
    },
  ];
  if (data.kind === 'rating') {
    rows.push({
      label: m.common.mean,
      value: value === null ? m.common.noData : formatScore(value, locale),
    });
    const level = scaleLevelLabel(value, locale, scaleWords(data.scale, locale));
    if (level !== null) rows.push({ label: m.common.tooltip.level, value: level });
    const n = data.n?.[row]?.[column];
    if (typeof n === 'number') {
      rows.push({ label: m.themeHeatmap.ratingsCount, value: formatNumber(n, locale) });
    }
  } else {
    rows.push({ label: valueLabel(data, locale), value: valueText(data, value, locale) });
  }
  const texts = data.details?.[row]?.[column] ?? [];
  const shown = texts.slice(0, TOOLTIP_DETAILS);
  const rest = texts.length - shown.length;
  return {
    title: data.rows[row]?.label ?? '',
    rows,
    details:
      texts.length === 0
        ? null
        : {
            heading: data.detailsTitle ?? null,
            items: shown,
            moreCount: rest,
          },
  };
}
