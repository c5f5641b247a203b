import type { Box } from '../geometry/box';
import type { TileIcon, TileStyle } from './tileParts';

export interface TileShapeProps {
  readonly box: Box;
  readonly icon: TileIcon;
  readonly appearance: TileStyle;
  readonly radius: number;
}

/** A tile's rectangle and status icon (a tile, a chip of the compact list or a legend swatch). */
export function TileShape({ box, icon, appearance: style, radius }: TileShapeProps) {
  return (
    <>
      <rect
        {...box}
        rx={radius}
        fill={style.fill}
        stroke={style.stroke ?? undefined}
        strokeWidth={style.stroke ? style.strokeWidth : undefined}
        strokeDasharray={style.strokeDasharray ?? undefined}
      />
      <circle
        cx={icon.cx}
        cy={icon.cy}
        r={icon.r}
        fill={style.iconFill}
        stroke={icon.ringWidth > 0 ? style.iconStroke : undefined}
        strokeWidth={icon.ringWidth > 0 ? icon.ringWidth : undefined}
      />
      <path
        d={icon.path}
        fill="none"
        stroke={style.glyph}
        strokeWidth={icon.strokeWidth}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </>
  );
}
