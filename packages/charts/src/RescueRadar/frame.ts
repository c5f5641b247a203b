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
import { hasPreviousRound, previousRoundName, radarValue } from './describe';
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

/** The series' names for a legend or headings: a series without any value says so ("Lohja – ei tietoa"). */
export function seriesNames(input: RescueRadarLayoutInput): string[] {
  const { data, locale } = input;
  const words = rescueRadarMessages(locale);
  return data.series.map((s) =>
    data.axes.every((a) => radarValue(s, a) === null) ? words.seriesNoData(s.label) : s.label,
  );
}

/**
 * The header and legend; `top` is where the plot starts. With `withKey`, the scale key is a note;
 * `arrangementNote` (small multiples: why) is the first note after the base; `legend` false leaves it out
 * (a previous round is then named in a note). A previous round shows the legend (its last entry).
 */
export function radarHeaderAndLegend(
  input: RescueRadarLayoutInput,
  withKey: boolean,
  arrangementNote = '',
  legend = input.options.legend || hasPreviousRound(input.data),
) {
  const { data, width, locale, theme, options } = input;
  const common = commonMessages(locale);
  const header = layoutChartHeader({
    locale,
    title: options.title,
    hideTitle: options.hideTitle,
    notes: [
      options.subtitle ?? '',
      data.base ? formatBase(data.base.answered, data.base.total, locale) : '',
      arrangementNote,
      options.illustrative ? common.illustrativeData : '',
      withKey ? scaleKey(locale) : '',
      !legend && hasPreviousRound(data)
        ? rescueRadarMessages(locale).previous.note(previousRoundName(data, locale))
        : '',
    ],
    width,
    theme,
  });
  // A previous round is the legend's last entry (RadarPrevious draws its sample).
  const previous = hasPreviousRound(data) ? [previousRoundName(data, locale)] : [];
  const labels = [...seriesNames(input), ...previous];
  const legendLayout = legend
    ? layoutSeriesLegend({ labels, top: header.height, width, theme, locale })
    : null;
  return { header, legend: legendLayout, top: legendLayout ? legendLayout.bottom : header.height };
}
