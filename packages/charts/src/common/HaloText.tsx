import type { ReactNode } from 'react';
import type { ChartTheme } from '../theme/ChartTheme';

export interface HaloTextProps {
  readonly theme: ChartTheme;
  readonly fontSize: number;
  /** Omit to leave the weight to the texts (or groups) inside. */
  readonly fontWeight?: number;
  /** Plain <text> elements (or groups of them) that take the shared attributes. */
  readonly children: ReactNode;
}

/**
 * Printed values drawn over lines: text in the theme's text colour with a halo (a stroke painted under
 * the fill) in the background colour, so a line never runs through a number. aria-hidden, and it ignores
 * the pointer: the focused mark's name, the tooltip and the table have every value.
 */
export function HaloText({ theme, fontSize, fontWeight, children }: HaloTextProps) {
  const { colors } = theme;
  return (
    <g
      aria-hidden="true"
      pointerEvents="none"
      fill={colors.text}
      stroke={colors.background}
      strokeWidth={Math.max(2, fontSize / 4)}
      strokeLinejoin="round"
      paintOrder="stroke"
      fontSize={fontSize}
      fontWeight={fontWeight}
    >
      {children}
    </g>
  );
}
