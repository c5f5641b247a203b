/**
 * Source references into the 2024 municipal survey. The package names the file; it never reads it.
 */
import type { LocalizedText, PublishedMean, SourceRef, SourcedText, SurveyItem } from '../types';

/** The source file of the 2024 municipal survey in shared/seeds. */
export const SURVEY_2024_FILE = '003_ae88570eab8abfd8.txt';

/** A reference to a place in the survey file, with the value as printed there. */
export function ref(locator: string, printed?: string): SourceRef {
  return printed === undefined
    ? { file: SURVEY_2024_FILE, locator }
    : { file: SURVEY_2024_FILE, locator, printed };
}

/**
 * A published mean from its printed form: "2,7" → 2.7. The value is parsed from the printed string, so the
 * two can never disagree. A malformed literal is a bug in this package and fails at import time.
 */
export function mean(printed: string, locator: string): PublishedMean {
  if (!/^[1-5],\d$/.test(printed)) throw new Error(`Not a printed one-decimal mean: "${printed}"`);
  return { value: Number(printed.replace(',', '.')), source: ref(locator, printed) };
}

/** A Finnish text as published with this project's Swedish and English translations. */
export function translated(fi: string, sv: string, en: string): LocalizedText {
  return { fi, sv, en, unofficial: ['sv', 'en'] };
}

/** As `translated`, with the text's source; `printed` is the Finnish text. */
export function sourced(locator: string, fi: string, sv: string, en: string): SourcedText {
  return { ...translated(fi, sv, en), source: ref(locator, fi) };
}

/** A rated item: its id, the printed mean and where, and its text (Finnish as published, sv, en). */
export function item(
  id: string,
  printed: string,
  locator: string,
  text: [fi: string, sv: string, en: string],
): SurveyItem {
  return { id, text: translated(...text), mean: mean(printed, locator) };
}
