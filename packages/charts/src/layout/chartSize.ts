/** Pure sizing rules shared by ResponsiveChart and the charts' compute functions. */

export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

/** Width used where nothing can be measured (server rendering, a hidden container). */
export const DEFAULT_CHART_WIDTH = 800;
/** Width ÷ height used when a chart has no natural height of its own. */
export const DEFAULT_ASPECT_RATIO = 16 / 9;
/** The smallest size a chart draws at; below it text cannot fit at all. */
export const MIN_CHART_WIDTH = 160;
export const MIN_CHART_HEIGHT = 80;

/** A usable dimension: a finite number > 0, else undefined. */
export function validDimension(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

export interface ResolveSizeInput {
  /** Fixed width/height props, if any. */
  readonly width?: number;
  readonly height?: number;
  /** The container's measured width (0 when unknown). */
  readonly measuredWidth?: number;
  /** The container's height when it is set from outside (0 when the container has no height of its own). */
  readonly containerHeight?: number;
  /** The chart's natural height for a width; default width ÷ DEFAULT_ASPECT_RATIO. */
  readonly heightForWidth?: (width: number) => number;
  readonly defaultWidth?: number;
}

/**
 * The size to draw at: fixed props win; else the measured container width (else `defaultWidth`); the height
 * is the container's own height when it has one, else `heightForWidth(width)` (called only then). Whole
 * pixels, never below the minimum, never NaN.
 */
export function resolveChartSize(input: ResolveSizeInput): ChartSize {
  const width =
    validDimension(input.width) ??
    validDimension(input.measuredWidth) ??
    validDimension(input.defaultWidth) ??
    DEFAULT_CHART_WIDTH;
  const w = Math.max(MIN_CHART_WIDTH, Math.round(width));
  // The natural height costs a whole layout: only work it out when no height is given.
  const height =
    validDimension(input.height) ??
    validDimension(input.containerHeight) ??
    naturalHeight(input.heightForWidth, w) ??
    w / DEFAULT_ASPECT_RATIO;
  return { width: w, height: Math.max(MIN_CHART_HEIGHT, Math.round(height)) };
}

function naturalHeight(
  heightForWidth: ((width: number) => number) | undefined,
  width: number,
): number | undefined {
  try {
    return validDimension(heightForWidth?.(width));
  } catch {
    return undefined;
  }
}
