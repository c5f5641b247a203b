import type { Locale } from '@yhdyspinta/data';
import { ChartRoot } from '../a11y/ChartRoot';
import { FocusRing } from '../a11y/FocusRing';
import { HiddenDataTable } from '../a11y/HiddenDataTable';
import { SeriesLegend } from '../common/SeriesLegend';
import { warnDev } from '../common/warnDev';
import { ChartTooltip } from '../interaction/ChartTooltip';
import { layoutTooltip } from '../interaction/tooltipLayout';
import { useChartInteraction } from '../interaction/useChartInteraction';
import { commonMessages } from '../locale/common';
import { rescueRadarMessages } from '../locale/rescueRadar';
import type { ChartTheme } from '../theme/ChartTheme';
import type { RescueRadarOptions } from './compute';
import { radarDescription, radarPointName, radarTable, radarTooltip } from './describe';
import { RadarAxisLabels } from './RadarAxisLabels';
import { RadarGrid, RadarRingLabels } from './RadarGrid';
import { RadarPoint } from './RadarPoint';
import { RadarPolygons } from './RadarPolygons';
import { RadarValues } from './RadarValues';
import type { RescueRadarData } from './types';
import { useRescueRadarLayout } from './useRescueRadarLayout';

export interface RescueRadarSvgProps {
  readonly data: RescueRadarData;
  readonly width: number;
  readonly height: number;
  readonly locale: Locale;
  readonly theme: ChartTheme;
  readonly options: RescueRadarOptions;
  /** Replaces the generated key finding. */
  readonly description?: string;
  readonly className?: string;
}

/**
 * Draws a RescueRadar layout: geometry from compute.ts, words from describe.ts. Focus order is series by
 * series, axis by axis: Left/Right move around the axes, Up/Down between the series on the same axis.
 */
export function RescueRadarSvg(props: RescueRadarSvgProps) {
  const { data, locale, theme, options } = props;
  const layout = useRescueRadarLayout({
    data,
    width: props.width,
    height: props.height,
    locale,
    theme,
    options,
  });
  const interaction = useChartInteraction({
    count: layout.points.length,
    columns: data.axes.length,
  });
  const messages = { common: commonMessages(locale), rescueRadar: rescueRadarMessages(locale) };
  if (!layout.labelsFit) {
    warnDev(
      `RescueRadar: ${layout.width}×${layout.height} px is too small for the axis labels; some overlap.`,
    );
  }
  const focused =
    interaction.focusedIndex === null ? undefined : layout.points[interaction.focusedIndex];
  const tip =
    interaction.tooltipIndex === null ? undefined : layout.points[interaction.tooltipIndex];
  const table = radarTable(data, locale);

  return (
    <ChartRoot
      width={layout.width}
      height={layout.height}
      theme={theme}
      title={options.title}
      header={layout.header}
      description={radarDescription(data, locale, {
        illustrative: options.illustrative,
        description: props.description,
      })}
      className={props.className}
    >
      {layout.legend ? (
        <SeriesLegend
          layout={layout.legend}
          styles={layout.series.map((s) => s.style)}
          theme={theme}
        />
      ) : null}
      <RadarGrid layout={layout} theme={theme} />
      <RadarAxisLabels layout={layout} theme={theme} />
      <RadarPolygons layout={layout} />
      <RadarRingLabels layout={layout} theme={theme} />
      {layout.series.map((s) => (
        <g
          key={s.series.id}
          role="group"
          aria-label={messages.rescueRadar.seriesPoints(s.series.label)}
        >
          {s.points.map((point) => (
            <RadarPoint
              key={point.axisIndex}
              point={point}
              look={s.style}
              markerRadius={layout.markerRadius}
              theme={theme}
              name={radarPointName(data, point.seriesIndex, point.axisIndex, locale)}
              interaction={interaction.getItemProps(point.index)}
            />
          ))}
        </g>
      ))}
      <RadarValues layout={layout} theme={theme} />
      {focused ? <FocusRing {...focused.hitBox} theme={theme} /> : null}
      <HiddenDataTable
        caption={messages.common.dataTable(options.title)}
        columns={table.columns}
        rows={table.rows}
      />
      {tip ? (
        <ChartTooltip
          id={interaction.tooltipId}
          theme={theme}
          layout={layoutTooltip(
            radarTooltip(data, tip.seriesIndex, tip.axisIndex, locale),
            tip.hitBox,
            { width: layout.width, height: layout.height },
            theme,
          )}
        />
      ) : null}
    </ChartRoot>
  );
}
