import type { SeriesLegendLayout } from '../layout/seriesLegend';
import { TextLines } from '../text/TextLines';
import type { ChartTheme } from '../theme/ChartTheme';
import { SeriesMarker } from './SeriesMarker';
import { seriesDashArray, seriesMarkerRadius, seriesStrokeWidth } from './seriesStyle';
import type { SeriesStyle } from './seriesStyle';

export interface SeriesLegendProps {
  /** From layoutSeriesLegend. */
  readonly layout: SeriesLegendLayout;
  /** The style of each series, by the entries' `index` (seriesStyle). */
  readonly styles: readonly SeriesStyle[];
  readonly theme: ChartTheme;
}

/**
 * The legend of a multi-series chart: for each series a short sample line in its colour and dash with its
 * marker in the middle, then its name. aria-hidden: each data point's accessible name already names its
 * series, and the hidden table has one column per series.
 */
export function SeriesLegend({ layout, styles, theme }: SeriesLegendProps) {
  const { fontSize, lineHeight, swatchWidth } = layout;
  const strokeWidth = seriesStrokeWidth(theme);
  const radius = seriesMarkerRadius(theme);
  return (
    <g aria-hidden="true">
      {layout.entries.map((entry) => {
        const style = styles[entry.index];
        if (!style) return null;
        const midY = entry.y + lineHeight / 2;
        return (
          <g key={entry.index}>
            <line
              x1={entry.x}
              x2={entry.x + swatchWidth}
              y1={midY}
              y2={midY}
              stroke={style.color}
              strokeWidth={strokeWidth}
              strokeDasharray={seriesDashArray(style, strokeWidth)}
            />
            <SeriesMarker
              shape={style.marker}
              x={entry.x + swatchWidth / 2}
              y={midY}
              radius={radius}
              fill={style.color}
              stroke={theme.colors.background}
              strokeWidth={1}
            />
            <TextLines
              x={entry.textX}
              y={entry.y}
              lines={entry.lines}
              fontSize={fontSize}
              lineHeight={lineHeight}
              fill={theme.colors.text}
            />
          </g>
        );
      })}
    </g>
  );
}
