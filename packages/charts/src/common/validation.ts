/**
 * Up-front data validation: every chart validates its data before drawing and shows the empty or error
 * state instead of throwing or drawing a wrong mark (ChartShell does the switching).
 */

export type Validation<T> =
  | { readonly ok: true; readonly data: T }
  | {
      readonly ok: false;
      /** 'empty': nothing to show (a normal state); 'invalid': the data is wrong (warned in development). */
      readonly kind: 'empty' | 'invalid';
      /** What is wrong, in English, for the developer (warnDev); never shown to end users. */
      readonly problems: readonly string[];
    };

/** A mean on the 1–5 rating scale: a finite number from 1 to 5. */
export function isScore(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 1 && value <= 5;
}

/** A non-empty string after trimming. */
export function isNonEmptyText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** A count: a whole number ≥ 0. */
export function isWholeCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/**
 * Checks a data set's optional base ("n = answered/total"): when given, whole numbers with
 * 0 ≤ answered ≤ total; otherwise adds the problem to `problems`.
 */
export function checkBase(base: unknown, problems: string[]): void {
  if (base === undefined) return;
  const b = typeof base === 'object' && base !== null ? (base as Record<string, unknown>) : null;
  if (!b || !isWholeCount(b.answered) || !isWholeCount(b.total) || b.answered > b.total) {
    problems.push('base must be whole numbers with 0 ≤ answered ≤ total');
  }
}

/**
 * Checks an entry's `id` (non-empty text, not already in `ids`; then added to them) and `label`
 * (non-empty text); what is wrong goes to `problems`, after `where` (e.g. "axes[2]").
 */
export function checkIdAndLabel(
  entry: { readonly id?: unknown; readonly label?: unknown },
  where: string,
  ids: Set<string>,
  problems: string[],
): void {
  const { id, label } = entry;
  if (!isNonEmptyText(id)) problems.push(`${where} has no id`);
  else if (ids.has(id)) problems.push(`${where} repeats the id "${id}"`);
  else ids.add(id);
  if (!isNonEmptyText(label)) problems.push(`${where} (${String(id)}) has no label`);
}
