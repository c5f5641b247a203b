/**
 * A cell's tooltip, pure: its content (the row as the title; column, value, level and n as rows; the
 * cell's texts as details) and how the shared layoutTooltip lays it out.
 */
import { scaleWords } from '../common/chartScale';
import type { Locale } from '@yhdyspinta/data';
import type {
  TooltipContent,
  TooltipDetails,
  TooltipOptions,
  TooltipRow,
} from '../interaction/tooltipLayout';
import { formatNumber, formatScore, scaleLevelLabel } from '../locale/format';
import { commonMessages } from '../locale/common';
import { themeHeatmapMessages } from '../locale/themeHeatmap';
import { valueLabel, valueText } from './describe';
import type { HeatmapData } from './types';

/** How many memo texts (or other details) a tooltip lists before "+N muuta". */
export const TOOLTIP_DETAILS = 3;

/**
 * How a cell's tooltip is laid out (layoutTooltip): its title in at most four lines, leaving the room to
 * the memo points, and the count of those left out in the locale's words ("+2 muuta").
 */
export function heatmapTooltipOptions(locale: Locale): TooltipOptions {
  const messages = themeHeatmapMessages(locale);
  return {
    locale,
    titleMaxLines: 4,
    more: (count) => messages.more(formatNumber(count, locale)),
  };
}

/** A cell's tooltip: its texts (e.g. memo points) as details, the first TOOLTIP_DETAILS of them. */
export interface HeatmapTooltipContent extends TooltipContent {
  readonly details: TooltipDetails | null;
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
