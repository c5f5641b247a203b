/**
 * RescueRadar's frame, pure: the header (title, base, illustrative note and, when the rings show only
 * numbers, the scale key), the series legend under it, and the plot's natural height.
 */
import type { Locale } from '@yhdyspinta/data';
import { layoutChartHeader } from '../layout/chartHeader';
import { layoutSeriesLegend } from '../layout/seriesLegend';
import { commonMessages } from '../locale/common';
import { formatBase, formatNumber } from '../locale/format';
import { rescueRadarMessages } from '../locale/rescueRadar';
import type { RescueRadarLayoutInput } from './layoutTypes';
import { SCALE_VALUES } from './rings';

/** The plot's natural height at a width: near-square on small widths, flatter on wide ones. */
export function radarPlotHeight(width: number): number {
  return Math.round(Math.min(900, Math.max(260, width * 0.72)));
}

function scaleKey(locale: Locale): string {
  const common = commonMessages(locale);
  const rescueRadar = rescueRadarMessages(locale);
  return rescueRadar.scaleKey(
    SCALE_VALUES.map((v) => `${formatNumber(v, locale)} = ${common.scaleLevels[v]}`).join(', '),
  );
}

/** The header and legend; `top` is where the plot starts. With `withKey`, the scale key is a note. */
export function radarHeaderAndLegend(input: RescueRadarLayoutInput, withKey: boolean) {
  const { data, width, locale, theme, options } = input;
  const common = commonMessages(locale);
  const header = layoutChartHeader({
    title: options.title,
    hideTitle: options.hideTitle,
    notes: [
      data.base ? formatBase(data.base.answered, data.base.total, locale) : '',
      options.illustrative ? common.illustrativeData : '',
      withKey ? scaleKey(locale) : '',
    ],
    width,
    theme,
  });
  const legend = options.legend
    ? layoutSeriesLegend({
        labels: data.series.map((s) => s.label),
        top: header.height,
        width,
        theme,
      })
    : null;
  return { header, legend, top: legend ? legend.bottom : header.height };
}

/** The natural height at a width (header, legend and the plot), for ResponsiveChart. */
export function rescueRadarNaturalHeight(input: Omit<RescueRadarLayoutInput, 'height'>): number {
  const { top } = radarHeaderAndLegend({ ...input }, false);
  return Math.ceil(top + radarPlotHeight(input.width) + input.theme.spacing.md);
}
