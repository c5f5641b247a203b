import { TextLines } from '../text/TextLines';
import type { CoverageTile as CoverageTileLayout } from './compute';
import type { TileStyle } from './tileParts';
import { TileShape } from './TileShape';

export interface CoverageTileProps {
  readonly tile: CoverageTileLayout;
  readonly appearance: TileStyle;
  readonly radius: number;
}

/**
 * One municipality: the tile, the status icon and the wrapped texts (no status in the compact list), all aria-hidden: the chart's focus
 * element, drawn on the active tile, is named by its full text (and the hidden table lists every tile).
 */
export function CoverageTile({ tile, appearance: style, radius }: CoverageTileProps) {
  return (
    <g aria-hidden="true">
      <TileShape box={tile.box} icon={tile.icon} appearance={style} radius={radius} />
      <TextLines {...tile.name} fill={style.text} />
      {tile.status ? <TextLines {...tile.status} fill={style.textMuted} /> : null}
      {tile.population ? <TextLines {...tile.population} fill={style.textMuted} /> : null}
    </g>
  );
}
