import type { ChartTheme } from '../theme/ChartTheme';

export interface FocusRingProps {
  /** The focused mark's box, in chart coordinates. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly theme: ChartTheme;
}

/**
 * The visible focus indicator, drawn in SVG around the focused mark (browsers' own outline on SVG elements
 * is inconsistent and cannot be styled without CSS). A ring in the background colour under a ring in the
 * focus colour keeps it visible on any mark. Render it after the marks, only for the focused index.
 */
export function FocusRing({ x, y, width, height, theme }: FocusRingProps) {
  const { color, width: stroke, offset } = theme.focusRing;
  const box = {
    x: x - offset,
    y: y - offset,
    width: Math.max(0, width + 2 * offset),
    height: Math.max(0, height + 2 * offset),
    rx: offset,
    fill: 'none',
  };
  return (
    <g aria-hidden="true" pointerEvents="none">
      <rect {...box} stroke={theme.colors.background} strokeWidth={stroke + 2} />
      <rect {...box} stroke={color} strokeWidth={stroke} />
    </g>
  );
}
