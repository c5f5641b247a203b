/**
 * The polygon of a series, pure (d3-shape `line`). With every value present it is one closed polygon
 * (curveLinearClosed) that may be filled. A missing value breaks it honestly: the line is drawn open
 * (curveLinear with `defined`) starting just after a missing axis, so the segments join across the
 * first axis where both sides have values but never pass through the gap, and it is not filled.
 */
import { curveLinear, curveLinearClosed, line } from 'd3-shape';
import type { Point } from './geometry';

export interface SeriesVertex extends Point {
  readonly missing: boolean;
}

const closed = line<SeriesVertex>()
  .x((p) => p.x)
  .y((p) => p.y)
  .curve(curveLinearClosed);

const open = line<SeriesVertex>()
  .x((p) => p.x)
  .y((p) => p.y)
  .defined((p) => !p.missing)
  .curve(curveLinear);

/** The path `d` of the series and whether it is a closed (fillable) polygon. */
export function seriesPath(vertices: readonly SeriesVertex[]): { d: string; closed: boolean } {
  const firstMissing = vertices.findIndex((v) => v.missing);
  if (firstMissing < 0) return { d: closed(vertices) ?? '', closed: true };
  const n = vertices.length;
  const rotated = Array.from({ length: n }, (_, i) => vertices[(firstMissing + 1 + i) % n]).filter(
    (v): v is SeriesVertex => v !== undefined,
  );
  return { d: open(rotated) ?? '', closed: false };
}
