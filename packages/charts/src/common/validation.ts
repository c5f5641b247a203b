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
