import type { NegotiationMemo, NegotiationPoint } from './types';
import { loadMemo } from './load';
import kauniainen from './kauniainen.json';
import espoo from './espoo.json';
import lohja from './lohja.json';

/**
 * The 2025 §14 negotiation memos, in the order of the source files: Kauniainen (000_d696d4283556c540.txt),
 * Espoo (001_f4669efc46533f46.txt), Lohja (002_5c80737f701266ac.txt). The other seven municipalities have
 * no memo in the sources. Point texts are verbatim (see load.ts for what the memo files hold).
 */
export const negotiations2025: readonly NegotiationMemo[] = [kauniainen, espoo, lohja].map(
  loadMemo,
);

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
