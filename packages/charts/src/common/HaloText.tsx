import type { ReactNode } from 'react';
import type { ChartTheme } from '../theme/ChartTheme';

export interface HaloTextProps {
  readonly theme: ChartTheme;
  readonly fontSize: number;
  /** Omit to leave the weight to the texts (or groups) inside. */
  readonly fontWeight?: number;
  /** The texts' colour (default: the theme's text colour). */
  readonly fill?: string;
  readonly textAnchor?: 'start' | 'middle' | 'end';
  /** Plain <text> elements (or groups of them) that take the shared attributes. */
  readonly children: ReactNode;
}

/**
 * Printed values drawn over lines: text in the theme's text colour over a halo in the background colour,
 * so a line never runs through a number. The halo is a copy of the texts drawn first, stroked and filled
 * in the background colour (`data-halo-underlay`), not a stroke under the fill by `paint-order`, which
 * office renderers (LibreOffice, PowerPoint) ignore and then paint the numbers white on white. aria-hidden,
 * and it ignores the pointer: the focused mark's name, the tooltip and the table have every value.
 */
export function HaloText({
  theme,
  fontSize,
  fontWeight,
  fill,
  textAnchor,
  children,
}: HaloTextProps) {
  const { colors } = theme;
  return (
    <g
      aria-hidden="true"
      pointerEvents="none"
      fontSize={fontSize}
      fontWeight={fontWeight}
      textAnchor={textAnchor}
      data-halo=""
    >
      <g
        fill={colors.background}
        stroke={colors.background}
        strokeWidth={Math.max(2, fontSize / 4)}
        strokeLinejoin="round"
        data-halo-underlay=""
      >
        {children}
      </g>
      <g fill={fill ?? colors.text}>{children}</g>
    </g>
  );
}
