/** Finiteness checks of computed layouts for the property tests. */

/** Paths of every number in `value` that is NaN or ±Infinity. */
export function nonFinite(
  value: unknown,
  path = '$',
  out: string[] = [],
  seen = new Set<unknown>(),
): string[] {
  if (typeof value === 'number' && !Number.isFinite(value)) out.push(path);
  else if (value && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    for (const [key, inner] of Object.entries(value)) nonFinite(inner, `${path}.${key}`, out, seen);
  }
  return out;
}
