import type { ChartTheme, ThemeOverride } from './ChartTheme';
import { defaultTheme } from './themes';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keys that would reach object prototypes rather than theme values. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Same kind of value: both objects, both arrays, or both of one primitive type. */
function sameKind(a: unknown, b: unknown): boolean {
  if (isPlainObject(a) || isPlainObject(b)) return isPlainObject(a) && isPlainObject(b);
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b);
  return typeof a === typeof b;
}

function merge(
  base: Record<string, unknown>,
  override: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined || UNSAFE_KEYS.has(key)) continue;
    const current = Object.hasOwn(base, key) ? base[key] : undefined;
    // A value of another kind than the base's (a string for `colors`, an object for a size) would
    // break every chart drawn with the theme: it is ignored.
    if (current !== undefined && !sameKind(current, value)) continue;
    out[key] = isPlainObject(current) && isPlainObject(value) ? merge(current, value) : value;
  }
  return out;
}

/**
 * A full theme from `base` (default: defaultTheme) with `overrides` deep-merged on top: nested objects merge
 * key by key, arrays (palettes) and scalars replace, `undefined` keeps the base value. An override of
 * another kind than the base value (a string for an object, a number for a colour) and the keys
 * `__proto__`, `constructor` and `prototype` are ignored, so any override still gives a whole theme.
 * Never mutates.
 *
 *   resolveTheme({ colors: { mark: '#005A8C' } })
 *   resolveTheme({ fontSize: { title: 24 } }, slideTheme)
 */
export function resolveTheme(
  overrides?: ThemeOverride | null,
  base: ChartTheme = defaultTheme,
): ChartTheme {
  if (!isPlainObject(overrides)) return base;
  return merge(
    base as unknown as Record<string, unknown>,
    overrides as Record<string, unknown>,
  ) as unknown as ChartTheme;
}
