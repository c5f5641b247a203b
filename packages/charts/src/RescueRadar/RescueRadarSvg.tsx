import type { Locale } from '@yhdyspinta/data';
import { memo, useCallback, useMemo } from 'react';
import type { PointerEvent } from 'react';
import { HiddenDataTable } from '../a11y/HiddenDataTable';
import type { ChartSvgProps } from '../chart/defineChart';
import { ChartSvgRoot } from '../chart/ChartSvgRoot';
import { InteractiveMarks } from '../chart/InteractiveMarks';
import { radarMarkItem } from './item';
import { SeriesLegend } from '../common/SeriesLegend';
import { ELEMENT_BUNDLE } from '../dev/elementBundle';
import { warnDev } from '../dev/warnDev';
import { round2 } from '../geometry/round';
import { layoutTooltip } from '../interaction/tooltipLayout';
import { pointerToChart } from '../interaction/pointerToChart';
import { useActiveItem } from '../interaction/useActiveItem';
import { commonMessages } from '../locale/common';
import { rescueRadarMessages } from '../locale/rescueRadar';
import type { ChartTheme } from '../theme/ChartTheme';
import type { RescueRadarLayout, RescueRadarOptions } from './compute';
import { radarDescription, radarPointName, radarTable, radarTooltip } from './describe';
import { radarPointAt } from './hitTest';
import { RadarAxisLabels } from './RadarAxisLabels';
import { RadarGrid, RadarRingLabels } from './RadarGrid';
import { RadarMarkers } from './RadarMarkers';
import { RadarPolygons } from './RadarPolygons';
import { RadarPreviousLegend, RadarPreviousOutlines } from './RadarPrevious';
import { RadarValues } from './RadarValues';
import type { RescueRadarData } from './types';
import { useLayout } from '../chart/useLayout';
import { computeRescueRadarLayout } from './compute';

export type RescueRadarSvgProps = ChartSvgProps<RescueRadarData, RescueRadarOptions>;

/** Everything drawn that does not change with focus and pointer (memoised: hover re-renders skip it). */
const RadarDrawing = memo(function RadarDrawing(props: {
  readonly layout: RescueRadarLayout;
  readonly theme: ChartTheme;
  /** Ids of the series drawn dimmed (`highlight`). */
  readonly dimmedSeries?: ReadonlySet<string>;
}) {
  const { layout, theme } = props;
  return (
    <>
      {layout.legend ? (
        <SeriesLegend
          layout={layout.legend}
          styles={layout.series.map((s) => s.style)}
          theme={theme}
        />
      ) : null}
      <RadarPreviousLegend layout={layout} theme={theme} />
      <RadarGrid layout={layout} theme={theme} />
      <RadarAxisLabels layout={layout} theme={theme} />
      <RadarPreviousOutlines layout={layout} />
      <RadarPolygons layout={layout} dimmed={props.dimmedSeries} />
      <RadarRingLabels layout={layout} theme={theme} />
      <RadarMarkers layout={layout} theme={theme} />
      <RadarValues layout={layout} theme={theme} />
    </>
  );
});

const RadarTable = memo(function RadarTable(props: {
  readonly data: RescueRadarData;
  readonly locale: Locale;
  readonly title: string;
}) {
  const table = radarTable(props.data, props.locale);
  return (
    <HiddenDataTable
      caption={commonMessages(props.locale).dataTable(props.title)}
      columns={table.columns}
      rows={table.rows}
    />
  );
});

/**
 * Draws a RescueRadar layout: geometry from compute.ts, words from describe.ts. One focusable element
 * (one Tab stop) stands for the active point: Left/Right move around the axes, Up/Down between the series
 * on the same axis; the pointer is mapped to the nearest point from the geometry (no listener per point).
 */
export function RescueRadarSvg(props: RescueRadarSvgProps) {
  const { data, locale, theme, options } = props;
  const layout = useLayout(computeRescueRadarLayout, props);
  const { points, width, height } = layout;
  const pointAt = useCallback(
    (event: PointerEvent<SVGGElement>) => {
      const p = pointerToChart(event, width, height);
      return radarPointAt(points, p.x, p.y);
    },
    [points, width, height],
  );
  const interaction = useActiveItem({
    count: points.length,
    columns: data.axes.length,
    itemAt: pointAt,
  });
  if (!ELEMENT_BUNDLE && !layout.labelsFit) {
    warnDev(`RescueRadar: ${width}×${height} px is too small for the axis labels; some overlap.`);
  }
  const items = useMemo(
    () => ({
      count: points.length,
      at: (i: number) => (ELEMENT_BUNDLE ? undefined : radarMarkItem(data, layout, i)),
    }),
    [data, layout, points.length],
  );
  // Highlighted series keep their colour; the others' polygons are dimmed (their points are veiled).
  const highlight = ELEMENT_BUNDLE ? undefined : props.api?.highlight;
  const dimmedSeries = useMemo(() => {
    if (!highlight || highlight.length === 0) return undefined;
    // A highlighted goal (axis) keeps every polygon; a highlighted series keeps its own.
    if (data.axes.some((axis) => highlight.includes(axis.id))) return undefined;
    const others = data.series.filter((s) => !highlight.includes(s.id)).map((s) => s.id);
    // A highlight this chart does not show leaves every series as it is.
    return others.length < data.series.length ? new Set(others) : undefined;
  }, [highlight, data]);
  const active = points[interaction.activeIndex];
  const tip = interaction.tooltipIndex === null ? undefined : points[interaction.tooltipIndex];
  const activeSeries = data.series[active?.seriesIndex ?? 0];

  return (
    <ChartSvgRoot
      svg={props}
      layout={layout}
      description={radarDescription(
        data,
        locale,
        {
          illustrative: options.illustrative,
          description: props.description,
          interactive: interaction.interactive,
        },
        layout.multiplesReason,
      )}
    >
      <RadarDrawing layout={layout} theme={theme} dimmedSeries={dimmedSeries} />
      <InteractiveMarks
        items={items}
        svg={props}
        interaction={interaction}
        label={rescueRadarMessages(locale).seriesPoints(activeSeries?.label ?? '')}
        active={
          active
            ? {
                box: active.hitBox,
                name: radarPointName(data, active.seriesIndex, active.axisIndex, locale),
              }
            : null
        }
        table={<RadarTable data={data} locale={locale} title={options.title} />}
        tooltip={
          tip
            ? layoutTooltip(
                radarTooltip(data, tip.seriesIndex, tip.axisIndex, locale),
                tip.hitBox,
                { width, height },
                theme,
                { locale },
              )
            : null
        }
      >
        <rect
          x={round2(layout.bounds.left)}
          y={round2(layout.bounds.top)}
          width={round2(Math.max(0, layout.bounds.right - layout.bounds.left))}
          height={round2(Math.max(0, layout.bounds.bottom - layout.bounds.top))}
          fill={theme.colors.background}
          fillOpacity={0}
        />
      </InteractiveMarks>
    </ChartSvgRoot>
  );
}
