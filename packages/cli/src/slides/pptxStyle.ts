/** The text style of the slides: the charts' font (Noto Sans) and colours. */
export const FONT_FACE = 'Noto Sans';
export const TEXT = '1B1B1B';
export const MUTED = '595959';

/** The language tag of a slide's texts. */
export const LANG_TAGS = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' } as const;
