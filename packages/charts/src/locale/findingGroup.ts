/**
 * A formatted value and the labels that share it (ties), for key-finding sentences. Its own module: the
 * area message files (goalBar.ts, rescueRadar.ts) and messageTypes.ts, which collects their interfaces,
 * all need it, so it cannot live in one of them without an import cycle.
 */
export interface FindingGroup {
  /** The value as formatted for the locale, e.g. "3,4". */
  readonly value: string;
  /** One or more labels with that value, in display order. */
  readonly labels: readonly string[];
}
