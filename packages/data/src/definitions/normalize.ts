/**
 * The forms names, words and question texts are compared in. `normalizeText`: Unicode NFC (a decomposed
 * "ä" from an export matches), every run of whitespace (no-break space included) one space, trimmed,
 * lower-case (Finnish rules). `normalizeQuestion` also drops quotes, a leading number ("3. ", "2.1. ",
 * "Q3 ": survey tools number their questions) and trailing punctuation or a required-mark (. : ; ? ! *),
 * so a column header "2.1. Question?*" matches the question text "Question".
 */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLocaleLowerCase('fi');
}

export function normalizeQuestion(text: string): string {
  return normalizeText(text)
    .replace(/["'“”„«»]/gu, '')
    .trim()
    .replace(NUMBERING, '')
    .replace(/[\s*.:;!?]+$/u, '');
}

/** A question's or column's leading number: "3. ", "2.1. ", "4) ", "Q3 ", "K3: ". */
export const NUMBERING = /^(?:[qkf]?\d+(?:\.\d+)*[.):]?)\s+/iu;

/** Ids: letters, digits, '.', '-', '_', starting with a letter or digit ("espoo", "ss-1.2"). */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
