import type { SVGProps } from 'react';
import { seriesMarkerPath } from './seriesStyle';
import type { SeriesMarkerShape } from './seriesStyle';

export interface SeriesMarkerProps extends Omit<SVGProps<SVGPathElement>, 'd' | 'x' | 'y'> {
  readonly shape: SeriesMarkerShape;
  /** Centre of the marker. */
  readonly x: number;
  readonly y: number;
  /** About half the marker's width (seriesMarkerRadius). */
  readonly radius: number;
}

/** A series' marker (circle, square, triangle, …; see seriesStyle) centred on x, y. */
export function SeriesMarker({ shape, x, y, radius, ...rest }: SeriesMarkerProps) {
  return <path d={seriesMarkerPath(shape, radius, x, y)} {...rest} />;
}
