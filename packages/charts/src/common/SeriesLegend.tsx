import type { SeriesLegendLayout } from '../layout/seriesLegend';
import { round2 } from '../geometry/round';
import { TextBlock } from '../text/TextBlock';
import type { ChartTheme } from '../theme/ChartTheme';
import {
  seriesDashArray,
  seriesMarkerPath,
  seriesMarkerRadius,
  seriesStrokeWidth,
} from './seriesStyle';
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
 * marker in the middle, then its name. The shared attributes sit on one group per kind (lines, markers,
 * names). aria-hidden: each data point's accessible name already names its series, and the hidden table
 * has one column per series.
 */
export function SeriesLegend({ layout, styles, theme }: SeriesLegendProps) {
  const { lineHeight, swatchWidth } = layout;
  const strokeWidth = seriesStrokeWidth(theme);
  const radius = seriesMarkerRadius(theme);
  const entries = layout.entries.flatMap((entry) => {
    const style = styles[entry.index];
    return style ? [{ entry, style, midY: round2(entry.y + lineHeight / 2) }] : [];
  });
  return (
    <g aria-hidden="true">
      <g strokeWidth={strokeWidth}>
        {entries.map(({ entry, style, midY }) => (
          <line
            key={entry.index}
            x1={round2(entry.x)}
            x2={round2(entry.x + swatchWidth)}
            y1={midY}
            y2={midY}
            stroke={style.color}
            strokeDasharray={seriesDashArray(style, strokeWidth)}
          />
        ))}
      </g>
      <g stroke={theme.colors.background} strokeWidth={1}>
        {entries.map(({ entry, style, midY }) => (
          <path
            key={entry.index}
            d={seriesMarkerPath(style.marker, radius, entry.x + swatchWidth / 2, midY)}
            fill={style.color}
          />
        ))}
      </g>
      <g fill={theme.colors.text}>
        {entries.map(({ entry }) => (
          <TextBlock key={entry.index} x={entry.textX} block={entry} size={layout} />
        ))}
      </g>
    </g>
  );
}
