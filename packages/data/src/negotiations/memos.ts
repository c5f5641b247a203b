import type { NegotiationMemo, NegotiationPoint } from './types';
import { kauniainenMemo } from './kauniainen';
import { espooMemo } from './espoo';
import { lohjaMemo } from './lohja';

/**
 * The 2025 §14 negotiation memos, in the order of the source files: Kauniainen (000), Espoo (001),
 * Lohja (002). The other seven municipalities have no memo in the sources.
 */
export const negotiations2025: readonly NegotiationMemo[] = [kauniainenMemo, espooMemo, lohjaMemo];

/** A point with the memo it belongs to (e.g. for a tooltip that names the municipality and speaker). */
export interface LocatedNegotiationPoint {
  readonly memo: NegotiationMemo;
  readonly point: NegotiationPoint;
}

/** Finds a point by id, e.g. one of a `ThemeCountMatrix` cell's `pointIds`. */
export function negotiationPointById(
  id: string,
  memos: readonly NegotiationMemo[] = negotiations2025,
): LocatedNegotiationPoint | undefined {
  for (const memo of memos) {
    const point = memo.points.find((candidate) => candidate.id === id);
    if (point) return { memo, point };
  }
  return undefined;
}
