/**
 * Text from a user's file shown in a terminal: control, format (zero-width, bidi) and line/paragraph
 * separator characters as \uXXXX, so an ESC sequence cannot reach the terminal raw and an invisible
 * character can be seen.
 */
export function visible(text: string): string {
  return text.replace(
    /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu,
    (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}
