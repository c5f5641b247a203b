/**
 * RescueRadar's frame, pure: the header (title, base, illustrative note and, when the rings show only
 * numbers, the scale key), the series legend under it, and the plot's natural height.
 */
import { scaleWords } from '../common/chartScale';
import type { ScaleWords } from '../common/chartScale';
import { layoutChartHeader } from '../layout/chartHeader';
import { wrapText } from '../text/wrapText';
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

/** The header cuts a note after this many lines: the scale key is given as notes that each fit. */
const NOTE_LINES = 2;

/**
 * "Asteikko: 1 = Ei lainkaan, …" in `words` (scaleWords: the data's own, else the 2024 survey's), as one
 * note when it fits the header's two note lines at `width` (the 2024 words always do), else as several
 * ("Asteikko: 1 = …, 2 = …", "3 = …, 4 = …"), so a survey's long words are never cut.
 */
function scaleKeyNotes(input: RescueRadarLayoutInput, words: ScaleWords): string[] {
  const { locale, theme, width } = input;
  const maxWidth = Math.max(1, width - 2 * theme.spacing.md);
  const fontSize = theme.fontSize.subtitle;
  const fits = (text: string) =>
    !wrapText(text, { maxWidth, fontSize, maxLines: NOTE_LINES, locale }).truncated;
  const key = rescueRadarMessages(locale).scaleKey;
  const text = (parts: readonly string[], first: boolean) =>
    first ? key(parts.join(', ')) : parts.join(', ');
  const notes: string[][] = [];
  for (const part of SCALE_VALUES.map((v) => `${formatNumber(v, locale)} = ${words[v]}`)) {
    const last = notes[notes.length - 1];
    if (last && fits(text([...last, part], notes.length === 1))) last.push(part);
    else notes.push([part]);
  }
  return notes.map((parts, i) => text(parts, i === 0));
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
      ...(withKey ? scaleKeyNotes(input, scaleWords(data.scale, locale)) : []),
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
