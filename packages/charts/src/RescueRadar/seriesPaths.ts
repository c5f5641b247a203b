/**
 * The radar's paths with d3-shape, pure: the series polygons and the rings with `lineRadial`
 * (`curveLinearClosed` for a closed polygon), the markers with `symbol` (via common/seriesStyle, as the
 * legend). d3 draws into a small path
 * context here that moves the shape to its centre and rounds every coordinate to hundredths of a pixel
 * (as geometry/round.ts), so the output is deterministic and lean, and many markers join into one `d`.
 *
 * A missing value breaks a series honestly: the line is drawn open, starting just after a missing axis,
 * so the segments join across the first axis where both sides have values but never pass through the gap,
 * and it is not filled.
 */
import { placeTemplate, templateCache } from '../geometry/relativePath';
import type { RelativePath } from '../geometry/relativePath';
import { seriesMarkerPath } from '../common/seriesStyle';
import type { SeriesMarkerShape } from '../common/seriesStyle';
import { round2 } from '../geometry/round';
import { polar } from './geometry';
import type { Point } from './geometry';

/** A d3 path context writing SVG path data offset by (dx, dy), coordinates rounded to 0.01 px. */
class OffsetPath {
  d = '';
  constructor(
    private readonly dx: number,
    private readonly dy: number,
  ) {}
  private xy(x: number, y: number): string {
    return `${round2(x + this.dx)},${round2(y + this.dy)}`;
  }
  moveTo(x: number, y: number): void {
    this.d += `M${this.xy(x, y)}`;
  }
  lineTo(x: number, y: number): void {
    this.d += `L${this.xy(x, y)}`;
  }
  closePath(): void {
    this.d += 'Z';
  }
  /** As a CanvasRenderingContext2D for d3's typings (d3 calls only the methods above). */
  asContext(): CanvasRenderingContext2D {
    return this as unknown as CanvasRenderingContext2D;
  }
}

const radarTemplates = templateCache();

/** A ring or spoke shape drawn once per size and key, placed at (x, y). */
function cachedTemplate(key: string, draw: (context: RelativePath) => void) {
  const t = radarTemplates(key, draw);
  return (x: number, y: number) => placeTemplate(t, x, y);
}

/** A vertex of a radial path: its angle (0 up, clockwise), radius, and whether its value is missing. */
export interface RadialVertex {
  readonly angle: number;
  readonly r: number;
  readonly missing: boolean;
}

/** "M x,y L x,y …" through the points (one subpath), or '' for none. */
export function polylinePath(points: readonly Point[]): string {
  let d = '';
  for (const p of points) d += `${d ? 'L' : 'M'}${round2(p.x)},${round2(p.y)}`;
  return d;
}

/** A d3 path context's drawing calls (OffsetPath, RelativePath). */
interface PenContext {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
}

/**
 * What d3-shape's `lineRadial().angle(v => v.angle).radius(v => v.r)` draws into `context`:
 * closed (curveLinearClosed): one closed polygon through every vertex; open (curveLinear, defined: not
 * missing): a subpath per run of vertices with a value, a lone vertex closed ("M x,y Z") as d3 does.
 */
function drawRadial(context: PenContext, vertices: readonly RadialVertex[], closed: boolean): void {
  let run = 0;
  for (const v of vertices) {
    if (!closed && v.missing) {
      if (run === 1) context.closePath();
      run = 0;
      continue;
    }
    const { x, y } = polar(0, 0, v.r, v.angle);
    if (run++ === 0) context.moveTo(x, y);
    else context.lineTo(x, y);
  }
  if (closed ? run > 0 : run === 1) context.closePath();
}

/** A closed polygon through `vertices` around `centre` (a ring, a complete series). */
export function closedRadialPath(vertices: readonly RadialVertex[], centre: Point): string {
  if (vertices.length === 0) return '';
  const context = new OffsetPath(centre.x, centre.y);
  drawRadial(context, vertices, true);
  return context.d;
}

/** A ring: the closed regular polygon of radius `r` through `axisCount` spokes (the first up), at `centre`. */
export function ringPath(r: number, axisCount: number, centre: Point): string {
  if (axisCount === 0) return '';
  const place = cachedTemplate(`ring|${r}|${axisCount}`, (context) => {
    const vertices = Array.from({ length: axisCount }, (_, i) => ({
      angle: (2 * Math.PI * i) / axisCount,
      r,
      missing: false,
    }));
    drawRadial(context, vertices, true);
  });
  return place(centre.x, centre.y);
}

/** The spokes: a line from `centre` out to `r` on each of `axisCount` axes (the first up). */
export function spokesPath(r: number, axisCount: number, centre: Point): string {
  if (axisCount === 0) return '';
  const place = cachedTemplate(`spokes|${r}|${axisCount}`, (context) => {
    for (let i = 0; i < axisCount; i += 1) {
      const angle = (2 * Math.PI * i) / axisCount;
      context.moveTo(0, 0);
      context.lineTo(r * Math.sin(angle), -r * Math.cos(angle));
    }
  });
  return place(centre.x, centre.y);
}

/** The path `d` of a series around `centre` and whether it is a closed (fillable) polygon. */
export function seriesPath(
  vertices: readonly RadialVertex[],
  centre: Point,
): { d: string; closed: boolean } {
  const n = vertices.length;
  const firstMissing = vertices.findIndex((v) => v.missing);
  if (firstMissing < 0) return { d: closedRadialPath(vertices, centre), closed: true };
  // From just after the first gap all the way round to it: open runs, never across a gap.
  const order = Array.from(
    { length: n },
    (_, i) => vertices[(firstMissing + 1 + i) % n] as RadialVertex,
  );
  const context = new OffsetPath(centre.x, centre.y);
  drawRadial(context, order, false);
  return { d: context.d, closed: false };
}

/**
 * The markers of one series at `points`, as one path `d`: the series' d3 symbol as the legend draws it
 * (common/seriesStyle's seriesMarkerPath, a template placed by its first point).
 */
export function markersPath(
  shape: SeriesMarkerShape,
  radius: number,
  points: readonly Point[],
): string {
  let d = '';
  for (const p of points) d += seriesMarkerPath(shape, radius, p.x, p.y);
  return d;
}
