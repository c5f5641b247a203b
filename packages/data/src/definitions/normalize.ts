/**
 * The forms names, words and question texts are compared in. `normalizeText`: Unicode NFC (a decomposed
 * "ä" from an export matches), every run of whitespace (no-break space included) one space, trimmed,
 * lower-case (Finnish rules). `normalizeQuestion` also drops trailing sentence punctuation (. : ? !), so a
 * column header ending in a full stop or a question mark matches the question text without.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLocaleLowerCase('fi');
}

export function normalizeQuestion(text: string): string {
  return normalizeText(text).replace(/\s*[.:?!]+$/u, '');
}

/** Ids: letters, digits, '.', '-', '_', starting with a letter or digit ("espoo", "ss-1.2"). */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
