import type { ChartTheme, ThemeOverride } from './ChartTheme';
import { defaultTheme } from './themes';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function merge(
  base: Record<string, unknown>,
  override: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) continue;
    const current = base[key];
    out[key] = isPlainObject(current) && isPlainObject(value) ? merge(current, value) : value;
  }
  return out;
}

/**
 * A full theme from `base` (default: defaultTheme) with `overrides` deep-merged on top: nested objects merge
 * key by key, arrays (palettes) and scalars replace, `undefined` keeps the base value. Never mutates.
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
