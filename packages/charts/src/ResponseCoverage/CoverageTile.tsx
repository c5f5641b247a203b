import type { InteractiveItemProps } from '../interaction/useChartInteraction';
import { TextLines } from '../text/TextLines';
import type { CoverageTile as CoverageTileLayout } from './compute';
import type { TileStyle } from './tileParts';

export interface CoverageTileProps {
  readonly tile: CoverageTileLayout;
  readonly appearance: TileStyle;
  /** The full name, status and population (the visible text may be cut). */
  readonly name: string;
  readonly radius: number;
  readonly itemProps: InteractiveItemProps;
}

/**
 * One municipality: a focusable graphics-symbol named by its full text, drawing the tile, the status icon
 * and the wrapped texts (aria-hidden: the name carries them).
 */
export function CoverageTile({
  tile,
  appearance: style,
  name,
  radius,
  itemProps,
}: CoverageTileProps) {
  const { box, icon } = tile;
  return (
    <g role="graphics-symbol" aria-label={name} {...itemProps}>
      <rect
        x={box.x}
        y={box.y}
        width={box.width}
        height={box.height}
        rx={radius}
        fill={style.fill}
        stroke={style.stroke ?? undefined}
        strokeWidth={style.stroke ? style.strokeWidth : undefined}
        strokeDasharray={style.strokeDasharray ?? undefined}
      />
      <g aria-hidden="true">
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
    </g>
  );
}
