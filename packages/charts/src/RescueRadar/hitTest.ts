/**
 * Pointer → radar point, pure: the point whose hit box (its marker's surroundings, or the axis label for a
 * missing value) holds the position, the nearest one where hit boxes overlap. Replaces a listener per point.
 */
import { boxContains } from '../geometry/box';
import type { RadarPointLayout } from './compute';

export function radarPointAt(
  points: readonly RadarPointLayout[],
  x: number,
  y: number,
): number | null {
  let best: number | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const p of points) {
    if (!boxContains(p.hitBox, x, y)) continue;
    const distance = (p.x - x) ** 2 + (p.y - y) ** 2;
    if (distance < bestDistance) {
      best = p.index;
      bestDistance = distance;
    }
  }
  return best;
}
