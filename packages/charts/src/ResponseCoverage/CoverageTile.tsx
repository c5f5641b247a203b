import { TextLines } from '../text/TextLines';
import type { CoverageTile as CoverageTileLayout } from './compute';
import type { TileStyle } from './tileParts';

export interface CoverageTileProps {
  readonly tile: CoverageTileLayout;
  readonly appearance: TileStyle;
  readonly radius: number;
}

/**
 * One municipality: the tile, the status icon and the wrapped texts, all aria-hidden: the chart's focus
 * element, drawn on the active tile, is named by its full text (and the hidden table lists every tile).
 */
export function CoverageTile({ tile, appearance: style, radius }: CoverageTileProps) {
  const { box, icon } = tile;
  return (
    <g aria-hidden="true">
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
      <TextLines {...tile.name} fill={style.text} />
      <TextLines {...tile.status} fill={style.textMuted} />
      {tile.population ? <TextLines {...tile.population} fill={style.textMuted} /> : null}
    </g>
  );
}
