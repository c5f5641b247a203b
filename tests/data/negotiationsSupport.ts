/** The 2025 negotiation memos' tests' shared lookups. */
import { negotiations2025 } from '@yhdyspinta/data';
import type { NegotiationMemo } from '@yhdyspinta/data';

/** The memo of a municipality; throws when there is none. */
export function memoOf(municipalityId: string): NegotiationMemo {
  const memo = negotiations2025.find((m) => m.municipalityId === municipalityId);
  if (!memo) throw new Error(`no memo for ${municipalityId}`);
  return memo;
}
