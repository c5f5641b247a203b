import type { ChartTheme } from '../theme/ChartTheme';
import { hatchTile } from './cells';

export interface HeatmapMissingPatternProps {
  /** Unique id (useId); fill missing cells with `url(#id)`. */
  readonly id: string;
  readonly theme: ChartTheme;
}

/**
 * The heatmap's quiet hatch for missing cells ("ei tietoa"): thin diagonal lines in the theme's missing
 * stroke at half opacity, wide apart, over the missing fill, so a block of missing cells stays apart from
 * data (pattern, not colour) without being the loudest thing on the picture. One <path> per tile, drawn
 * corner to corner and through the neighbouring corners so the lines join across tiles.
 */
export function HeatmapMissingPattern({ id, theme }: HeatmapMissingPatternProps) {
  const { fill, stroke } = theme.missing;
  const { size, d } = hatchTile(theme.missing.spacing);
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width={size} height={size}>
      <rect width={size} height={size} fill={fill} />
      <path d={d} stroke={stroke} strokeOpacity={0.5} strokeWidth={1} />
    </pattern>
  );
}
