/**
 * Checks for the typed loaders of the transcribed JSON data (negotiations/load.ts, survey2024/goals.ts).
 * A value that fails one is a bug in this package's data: it throws at import time.
 */

/** `value` narrowed to one of `allowed`; throws `Unknown <what>: <value as JSON>` otherwise. */
export function oneOf<T extends string | number>(
  allowed: readonly T[],
  value: string | number,
  what: string,
): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) throw new Error(`Unknown ${what}: ${JSON.stringify(value)}`);
  return found;
}
