/**
 * The polygon of a series, pure. With every value present it is one closed polygon ("M…L…Z") that may be
 * filled. A missing value breaks it honestly: the line is drawn open, starting just after a missing axis,
 * so the segments join across the first axis where both sides have values but never pass through the gap,
 * and it is not filled. Coordinates are rounded to hundredths of a pixel.
 */
import { round2 } from '../geometry/round';
import type { Point } from './geometry';

export interface SeriesVertex extends Point {
  readonly missing: boolean;
}

/** "M x,y L x,y …" through the points (one subpath), or '' for none. */
export function polylinePath(points: readonly Point[]): string {
  let d = '';
  for (const p of points) d += `${d ? 'L' : 'M'}${round2(p.x)},${round2(p.y)}`;
  return d;
}

/** The path `d` of the series and whether it is a closed (fillable) polygon. */
export function seriesPath(vertices: readonly SeriesVertex[]): { d: string; closed: boolean } {
  const n = vertices.length;
  const firstMissing = vertices.findIndex((v) => v.missing);
  if (firstMissing < 0) return { d: n > 0 ? `${polylinePath(vertices)}Z` : '', closed: true };
  let d = '';
  let run: SeriesVertex[] = [];
  for (let i = 1; i <= n; i += 1) {
    const v = vertices[(firstMissing + i) % n];
    if (v && !v.missing) run.push(v);
    else {
      d += polylinePath(run);
      run = [];
    }
  }
  return { d, closed: false };
}
