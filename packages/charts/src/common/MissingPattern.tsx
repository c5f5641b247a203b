import type { ChartTheme } from '../theme/ChartTheme';

export interface MissingPatternProps {
  /** Unique id (useId); fill missing-data marks with `url(#id)`. */
  readonly id: string;
  readonly theme: ChartTheme;
}

/**
 * The hatch pattern for missing values ("ei tietoa"): diagonal lines in theme.missing.stroke over
 * theme.missing.fill. Colour is never the only channel: charts also print the no-data label. Put it in a
 * <defs> inside ChartRoot.
 */
export function MissingPattern({ id, theme }: MissingPatternProps) {
  const { fill, stroke, spacing } = theme.missing;
  return (
    <pattern
      id={id}
      patternUnits="userSpaceOnUse"
      width={spacing}
      height={spacing}
      patternTransform="rotate(45)"
    >
      <rect width={spacing} height={spacing} fill={fill} />
      <line
        x1={spacing / 2}
        y1={0}
        x2={spacing / 2}
        y2={spacing}
        stroke={stroke}
        strokeWidth={Math.max(1, spacing / 4)}
      />
    </pattern>
  );
}
