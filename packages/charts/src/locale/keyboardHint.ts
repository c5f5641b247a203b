import type { Locale } from '@yhdyspinta/data';
import { commonMessages } from './common';

/**
 * `text` followed by how to move between values ("Siirry arvosta toiseen nuolinäppäimillä.") when the
 * chart takes keyboard input, else `text` alone: the one place the keyboard hint is decided, for the
 * charts' descriptions and their marks' group names alike.
 */
export function withKeyboardHint(text: string, interactive: boolean, locale: Locale): string {
  if (!interactive) return text;
  const hint = commonMessages(locale).keyboardHint;
  if (text === '') return hint;
  return /[.!?]$/.test(text) ? `${text} ${hint}` : `${text}. ${hint}`;
}
