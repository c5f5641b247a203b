/**
 * The definition problems' sentences in Finnish, Swedish and English. Each names the path of the field
 * ("municipalities[3].name.sv"); a value is quoted with its control and invisible characters escaped.
 */
import type { Locale } from '../types';
import type { DefinitionProblem, DefinitionProblemCode } from './types';

export interface ProblemDetail {
  /** The offending value as text. */
  readonly value?: string;
  /** Another path involved (the first of a duplicate). */
  readonly other?: string;
  readonly min?: number;
  readonly max?: number;
}

type Template = (at: string, d: ProblemDetail) => string;

/** Control, format (zero-width, bidi) and separator characters as \uXXXX, so a message shows them. */
export function visible(text: string): string {
  return text.replace(
    /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu,
    (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}

const q = (d: ProblemDetail) => `"${visible(d.value ?? '')}"`;

const FI: Record<DefinitionProblemCode, Template> = {
  'invalid-json': (_, d) => `Tiedosto ei ole kelvollista JSONia: ${d.value ?? ''}`,
  'not-an-object': (at) => `${at}: pitää olla objekti ({ … }).`,
  'not-a-list': (at) => `${at}: pitää olla lista ([ … ]).`,
  'not-a-string': (at) => `${at}: pitää olla teksti.`,
  'not-a-whole-number': (at, d) => `${at}: pitää olla kokonaisluku, nyt ${q(d)}.`,
  missing: (at) => `${at}: puuttuu.`,
  empty: (at) => `${at}: ei saa olla tyhjä.`,
  'unknown-field': (at) => `${at}: tuntematon kenttä.`,
  'invalid-id': (at, d) =>
    `${at}: tunnus ${q(d)} ei kelpaa (kirjaimet a–z, numerot, '.', '-' ja '_', ei välilyöntejä).`,
  'duplicate-id': (at, d) => `${at}: tunnus ${q(d)} on jo käytössä kohdassa ${d.other ?? ''}.`,
  'duplicate-name': (at, d) => `${at}: nimi ${q(d)} on jo kohdassa ${d.other ?? ''}.`,
  'duplicate-code': (at, d) => `${at}: koodi ${q(d)} on jo kohdassa ${d.other ?? ''}.`,
  'duplicate-text': (at, d) =>
    `${at}: sama teksti kuin kohdassa ${d.other ?? ''}, joten sarakeotsikkoa ei voisi yhdistää yhteen kysymykseen.`,
  'scale-range': (at, d) =>
    `${at}: asteikon pienin arvo (${d.min}) pitää olla pienempi kuin suurin (${d.max}), ja niiden väli enintään 10.`,
  'level-outside-scale': (at, d) => `${at}: arvo ${q(d)} ei ole asteikolla ${d.min}–${d.max}.`,
  'level-missing': (at, d) => `${at}: asteikolta puuttuu taso ${q(d)}.`,
  'duplicate-level': (at, d) => `${at}: taso ${q(d)} on jo kohdassa ${d.other ?? ''}.`,
  'duplicate-word': (at, d) => `${at}: sana ${q(d)} on jo kohdassa ${d.other ?? ''}.`,
  'number-word': (at, d) => `${at}: sana ${q(d)} on luku; luvut luetaan asteikon arvoina.`,
  'invalid-choice': (at, d) => `${at}: ${q(d)} ei käy; vaihtoehdot: ${d.other ?? ''}.`,
  'radar-axes': (at) => `${at}: anna joko section (osion tunnus) tai items (kysymysten tunnukset).`,
  'unknown-reference': (at, d) => `${at}: kyselyssä ei ole tunnusta ${q(d)}.`,
  'too-few-axes': (at, d) =>
    `${at}: säteitä on ${d.value ?? ''}, tarvitaan vähintään ${d.min ?? ''}.`,
};

const SV: Record<DefinitionProblemCode, Template> = {
  'invalid-json': (_, d) => `Filen är inte giltig JSON: ${d.value ?? ''}`,
  'not-an-object': (at) => `${at}: ska vara ett objekt ({ … }).`,
  'not-a-list': (at) => `${at}: ska vara en lista ([ … ]).`,
  'not-a-string': (at) => `${at}: ska vara en text.`,
  'not-a-whole-number': (at, d) => `${at}: ska vara ett heltal, nu ${q(d)}.`,
  missing: (at) => `${at}: saknas.`,
  empty: (at) => `${at}: får inte vara tom.`,
  'unknown-field': (at) => `${at}: okänt fält.`,
  'invalid-id': (at, d) =>
    `${at}: id ${q(d)} duger inte (bokstäverna a–z, siffror, '.', '-' och '_', inga mellanslag).`,
  'duplicate-id': (at, d) => `${at}: id ${q(d)} används redan i ${d.other ?? ''}.`,
  'duplicate-name': (at, d) => `${at}: namnet ${q(d)} finns redan i ${d.other ?? ''}.`,
  'duplicate-code': (at, d) => `${at}: koden ${q(d)} finns redan i ${d.other ?? ''}.`,
  'duplicate-text': (at, d) =>
    `${at}: samma text som i ${d.other ?? ''}, så en kolumnrubrik kunde inte kopplas till en enda fråga.`,
  'scale-range': (at, d) =>
    `${at}: skalans minsta värde (${d.min}) ska vara mindre än det största (${d.max}), och skillnaden högst 10.`,
  'level-outside-scale': (at, d) => `${at}: värdet ${q(d)} finns inte på skalan ${d.min}–${d.max}.`,
  'level-missing': (at, d) => `${at}: skalan saknar nivån ${q(d)}.`,
  'duplicate-level': (at, d) => `${at}: nivån ${q(d)} finns redan i ${d.other ?? ''}.`,
  'duplicate-word': (at, d) => `${at}: ordet ${q(d)} finns redan i ${d.other ?? ''}.`,
  'number-word': (at, d) => `${at}: ordet ${q(d)} är ett tal; tal läses som skalans värden.`,
  'invalid-choice': (at, d) => `${at}: ${q(d)} duger inte; alternativ: ${d.other ?? ''}.`,
  'radar-axes': (at) => `${at}: ange antingen section (avsnittets id) eller items (frågornas id).`,
  'unknown-reference': (at, d) => `${at}: enkäten har inget id ${q(d)}.`,
  'too-few-axes': (at, d) => `${at}: ${d.value ?? ''} axlar, minst ${d.min ?? ''} behövs.`,
};

const EN: Record<DefinitionProblemCode, Template> = {
  'invalid-json': (_, d) => `The file is not valid JSON: ${d.value ?? ''}`,
  'not-an-object': (at) => `${at}: must be an object ({ … }).`,
  'not-a-list': (at) => `${at}: must be a list ([ … ]).`,
  'not-a-string': (at) => `${at}: must be a text.`,
  'not-a-whole-number': (at, d) => `${at}: must be a whole number, got ${q(d)}.`,
  missing: (at) => `${at}: is missing.`,
  empty: (at) => `${at}: must not be empty.`,
  'unknown-field': (at) => `${at}: unknown field.`,
  'invalid-id': (at, d) =>
    `${at}: the id ${q(d)} is not valid (letters a–z, digits, '.', '-' and '_', no spaces).`,
  'duplicate-id': (at, d) => `${at}: the id ${q(d)} is already used at ${d.other ?? ''}.`,
  'duplicate-name': (at, d) => `${at}: the name ${q(d)} is already at ${d.other ?? ''}.`,
  'duplicate-code': (at, d) => `${at}: the code ${q(d)} is already at ${d.other ?? ''}.`,
  'duplicate-text': (at, d) =>
    `${at}: the same text as at ${d.other ?? ''}, so a column header could not be matched to one question.`,
  'scale-range': (at, d) =>
    `${at}: the scale's min (${d.min}) must be less than its max (${d.max}), at most 10 apart.`,
  'level-outside-scale': (at, d) =>
    `${at}: the value ${q(d)} is not on the scale ${d.min}–${d.max}.`,
  'level-missing': (at, d) => `${at}: the scale has no level ${q(d)}.`,
  'duplicate-level': (at, d) => `${at}: the level ${q(d)} is already at ${d.other ?? ''}.`,
  'duplicate-word': (at, d) => `${at}: the word ${q(d)} is already at ${d.other ?? ''}.`,
  'number-word': (at, d) =>
    `${at}: the word ${q(d)} is a number; numbers are read as scale values.`,
  'invalid-choice': (at, d) => `${at}: ${q(d)} is not allowed; choose one of ${d.other ?? ''}.`,
  'radar-axes': (at) => `${at}: give either section (a section's id) or items (question ids).`,
  'unknown-reference': (at, d) => `${at}: the survey has no id ${q(d)}.`,
  'too-few-axes': (at, d) => `${at}: ${d.value ?? ''} axes, at least ${d.min ?? ''} needed.`,
};

/** A problem at `path` ("" = the whole input, shown as "(juuri)" / "(roten)" / "(root)"). */
export function problem(
  code: DefinitionProblemCode,
  path: string,
  detail: ProblemDetail = {},
): DefinitionProblem {
  const root: Record<Locale, string> = { fi: '(juuri)', sv: '(roten)', en: '(root)' };
  const at = (locale: Locale) => (path === '' ? root[locale] : path);
  return {
    path,
    code,
    message: {
      fi: FI[code](at('fi'), detail),
      sv: SV[code](at('sv'), detail),
      en: EN[code](at('en'), detail),
    },
  };
}

/** Every problem's message in `locale`, one per line. */
export function problemLines(problems: readonly DefinitionProblem[], locale: Locale): string[] {
  return problems.map((p) => p.message[locale]);
}

/**
 * Thrown by `defineArea` / `defineSurvey` for an invalid definition. `message` is in Finnish (the
 * library's default) with every problem; `problems` carry all three languages and the paths.
 */
export class DefinitionError extends Error {
  readonly problems: readonly DefinitionProblem[];

  constructor(kind: 'area' | 'survey', problems: readonly DefinitionProblem[]) {
    const lead =
      kind === 'area' ? 'Virheellinen alueen määrittely' : 'Virheellinen kyselyn määrittely';
    super(`${lead}:\n${problems.map((p) => `  ${p.message.fi}`).join('\n')}`);
    this.name = 'DefinitionError';
    this.problems = problems;
  }

  /** The error's text in `locale`. */
  messageIn(locale: Locale): string {
    return this.problems.map((p) => p.message[locale]).join('\n');
  }
}
