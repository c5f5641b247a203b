import type { ChartTheme } from '../theme/ChartTheme';
import { svgNumber } from '../geometry/round';

export interface MissingPatternProps {
  /** Unique id (useId); fill missing-data marks with `url(#id)`. */
  readonly id: string;
  readonly theme: ChartTheme;
}

/**
 * The hatch pattern for missing values ("ei tietoa"): diagonal lines in theme.missing.stroke over
 * theme.missing.fill, `spacing` apart. The lines are drawn diagonally in the pattern's own space (a tile
 * of spacing × √2, corner to corner and through the neighbouring corners so they join across tiles), with
 * no `patternTransform`, which office renderers ignore (LibreOffice drew the rotated hatch as vertical
 * lines). Colour is never the only channel: charts also print the no-data label. Put it in a <defs>
 * inside ChartRoot.
 */
export function MissingPattern({ id, theme }: MissingPatternProps) {
  const { fill, stroke, spacing } = theme.missing;
  const size = spacing * Math.SQRT2;
  const [s, h, t] = [size, size / 2, (size * 3) / 2].map(svgNumber);
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width={s} height={s}>
      <rect width={s} height={s} fill={fill} />
      <path
        d={`M0 ${s}L${s} 0M-${h} ${h}L${h} -${h}M${h} ${t}L${t} ${h}`}
        stroke={stroke}
        strokeWidth={Math.max(1, spacing / 4)}
        strokeLinecap="square"
      />
    </pattern>
  );
}
