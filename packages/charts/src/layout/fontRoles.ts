/**
 * A layout's type sizes by role (label, value, tick …), each with its line height, as the layouts hand
 * them to the components: `{ label, labelLineHeight, value, valueLineHeight }`. Pure.
 */

/** Each role's size and, as `<role>LineHeight`, the size times the theme's line height factor. */
export type FontRoles<K extends string> = { readonly [R in K]: number } & {
  readonly [R in K as `${R}LineHeight`]: number;
};

/** `sizes` (px by role) with each role's line height after it: size × `lineHeight`. */
export function fontRoles<K extends string>(
  sizes: Readonly<Record<K, number>>,
  lineHeight: number,
): FontRoles<K> {
  const font: Record<string, number> = {};
  for (const [role, size] of Object.entries<number>(sizes)) {
    font[role] = size;
    font[`${role}LineHeight`] = size * lineHeight;
  }
  return font as FontRoles<K>;
}
