import { useMemo } from 'react';
import { ChartShell } from '../common/ChartShell';
import type { CommonChartProps } from '../common/ChartProps';
import { resolveLocale } from '../locale/messages';
import { themeHeatmapMessages } from '../locale/themeHeatmap';
import { resolveTheme } from '../theme/resolveTheme';
import { ThemeHeatmapSvg } from './ThemeHeatmapSvg';
import { layoutHeatmapFrame } from './compute';
import { headerNotes, keyFinding } from './describe';
import type { HeatmapData } from './types';
import { validateThemeHeatmapData } from './validate';

export interface ThemeHeatmapProps extends CommonChartProps {
  /**
   * Rows × columns of values (see HeatmapData): `themeHeatmapFromThemeCounts()` for the coded 2025 §14
   * negotiation memos, `themeHeatmapFromResponses(responses)` for a goal × municipality matrix of ratings,
   * or by hand. (The main entry's ThemeHeatmap draws the memo themes when this is omitted; this one, from
   * `@yhdyspinta/charts/core`, carries no data.)
   */
  readonly data: HeatmapData;
}

/**
 * A heatmap of rows × columns: colour bands from the theme's sequential palette with a legend, values
 * printed in cells where they fit, missing cells hatched and labelled "ei tietoa" (never drawn as 0).
 * Dense grids (up to hundreds of rows and columns) thin, rotate and cut their labels so none collide.
 * One Tab stop: the arrow keys move between cells, and the focused cell's name, the tooltip and the
 * hidden data table give every value in words.
 */
export function ThemeHeatmap(props: ThemeHeatmapProps) {
  const locale = resolveLocale(props.locale);
  const theme = useMemo(() => resolveTheme(props.theme), [props.theme]);
  const { data } = props;
  const validation = useMemo(() => validateThemeHeatmapData(data), [data]);
  const messages = themeHeatmapMessages(locale);
  const valid = validation.ok ? validation.data : null;
  const given = (props.data ?? null) as Partial<HeatmapData> | null;
  const title =
    props.title ??
    valid?.title ??
    (typeof given?.title === 'string' && given.title ? given.title : null) ??
    (given?.kind === 'rating' ? messages.ratingTitle : messages.countTitle);
  const description = useMemo(() => {
    if (props.description) return props.description;
    if (!valid) return '';
    const notes = headerNotes(valid, locale, props.illustrative ?? false);
    return [...notes.map((n) => (/[.!?]$/.test(n) ? n : `${n}.`)), keyFinding(valid, locale)].join(
      ' ',
    );
  }, [props.description, props.illustrative, valid, locale]);
  const options = {
    locale,
    theme,
    title,
    hideTitle: props.hideTitle,
    illustrative: props.illustrative,
  };

  return (
    <ChartShell
      chartName="ThemeHeatmap"
      validation={validation}
      loading={props.loading}
      width={props.width}
      height={props.height}
      locale={locale}
      theme={theme}
      title={title}
      className={props.className}
      interactive={props.interactive}
      heightForWidth={(d, width) => layoutHeatmapFrame(d, { ...options, width }).naturalHeight}
    >
      {(d, size) => (
        <ThemeHeatmapSvg
          data={d}
          width={size.width}
          height={size.height}
          {...options}
          description={description}
          className={size.className}
        />
      )}
    </ChartShell>
  );
}
