import type { ReactNode } from 'react';
import { ParentSized } from './ParentSized';
import { resolveChartSize, validDimension } from './chartSize';
import type { ChartSize } from './chartSize';

export interface ResponsiveChartProps {
  /** Fixed width in px; omitted → the container's width. */
  readonly width?: number;
  /** Fixed height in px; omitted → the container's height if it has one, else `heightForWidth(width)`. */
  readonly height?: number;
  /** The chart's natural height at a width (default: width ÷ 16/9). */
  readonly heightForWidth?: (width: number) => number;
  /** Width without a DOM (server rendering) or before the first measurement. Default 800. */
  readonly defaultWidth?: number;
  /** Class of the responsive wrapper <div> (not rendered at a fixed width). */
  readonly className?: string;
  /** Draws the chart at the resolved size. `responsive` tells whether a wrapper <div> surrounds it. */
  readonly children: (size: ChartSize & { readonly responsive: boolean }) => ReactNode;
}

/**
 * Sizes a chart. With a `width` prop it renders at that width (and `height`, or the natural height) with no
 * wrapper, so the output is just the chart's <svg>. Without one it fills its container through
 * @visx/responsive's useParentSize (see ParentSized); without a DOM it renders at `defaultWidth`, so
 * renderToStaticMarkup gives the complete chart. It never renders nothing.
 */
export function ResponsiveChart({ width, children, ...sizing }: ResponsiveChartProps) {
  if (validDimension(width) !== undefined) {
    const size = resolveChartSize({ ...sizing, width });
    return <>{children({ ...size, responsive: false })}</>;
  }
  // Everything but the fixed width passes through: height, heightForWidth, defaultWidth, className.
  return <ParentSized {...sizing}>{(size) => children({ ...size, responsive: true })}</ParentSized>;
}
