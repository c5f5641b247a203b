/**
 * What a header cell names: a long-format role (municipality, item, rating, respondent) by its word in
 * Finnish, Swedish or English, a survey tool's bookkeeping column (timestamp, e-mail, name: skipped), or
 * an item by its full question text (normalised), as Webropol, Microsoft Forms and Google Forms write it.
 */
import { NUMBERING, normalizeQuestion } from '../definitions/normalize';

export type Role = 'municipality' | 'item' | 'rating' | 'respondent';

/** Accepted header names per role (compared without case, spaces, '_' and '-'). */
export const ROLE_NAMES: Readonly<Record<Role, readonly string[]>> = {
  municipality: ['municipality', 'municipalityId', 'kunta', 'kommun', 'kotikunta', 'hemkommun'],
  item: ['item', 'itemId', 'question', 'kohta', 'kysymys', 'punkt', 'fråga'],
  rating: ['rating', 'answer', 'arvio', 'vastaus', 'bedömning', 'svar', 'arvosana', 'score'],
  respondent: [
    'respondent',
    'respondentId',
    'vastaaja',
    'vastaajaId',
    'vastaajan id',
    'vastaajan tunnus',
    'svarande',
    'svarandeId',
    'respondent-id',
    'response id',
    'id',
    'tunnus',
  ],
};

/**
 * Survey tools' bookkeeping columns, skipped: timestamps, e-mail, name, language (Google Forms,
 * Microsoft Forms, Webropol in fi / sv / en). A respondent-per-row file is recognised by one of these
 * or a respondent column.
 */
const META_NAMES: readonly string[] = [
  'timestamp',
  'aikaleima',
  'tidstämpel',
  'tidsstämpel',
  'start time',
  'completion time',
  'last modified time',
  'aloitusaika',
  'valmistumisaika',
  'viimeksi muokattu',
  'starttid',
  'sluttid',
  'slutförandetid',
  'senaste ändringstid',
  'email',
  'e-mail',
  'sähköposti',
  'e-post',
  'name',
  'nimi',
  'namn',
  'language',
  'kieli',
  'språk',
  'date',
  'päivämäärä',
  'datum',
  'vastausaika',
  'svarstid',
  'submitted',
  'lähetetty',
  'skickat',
];

const ROLES: readonly Role[] = ['municipality', 'item', 'rating', 'respondent'];

export const squash = (text: string): string =>
  text
    .trim()
    .toLocaleLowerCase('fi')
    .replace(/[\s_-]+/g, '');

const ROLE_OF = new Map<string, Role>(
  ROLES.flatMap((role) => ROLE_NAMES[role].map((name) => [squash(name), role] as const)),
);
const META = new Set(META_NAMES.map(squash));

/**
 * A header cell as its word is looked up: without a leading number ("1. ", "2.1) ", "Q3 ") and a
 * trailing ":", "*" or "?" (survey tools number and mark their questions), squashed.
 */
function headerKey(text: string): string {
  return squash(
    text
      .replace(/[\s\u00a0]+/g, ' ')
      .trim()
      .replace(NUMBERING, '')
      .replace(/[\s:*?]+$/, ''),
  );
}

/** The role a header cell names; a bilingual "Kunta / Kommun" names it when every part does. */
export function roleOf(text: string): Role | undefined {
  const whole = ROLE_OF.get(headerKey(text));
  if (whole !== undefined || !text.includes('/')) return whole;
  const roles = new Set(text.split('/').map((part) => ROLE_OF.get(headerKey(part))));
  const [only] = roles;
  return roles.size === 1 ? only : undefined;
}

/** Whether a header cell is a survey tool's bookkeeping column (also "1. Aikaleima", "Nimi / Namn"). */
export function isMetaColumn(text: string): boolean {
  return text.split('/').every((part) => META.has(headerKey(part)));
}

/**
 * Matches a header to an item by its question text: the whole text, or the part in the last [brackets]
 * (Google Forms writes a grid question's rows as "Question [row]").
 */
export function questionMatcher(
  itemTexts: Readonly<Record<string, readonly string[]>>,
): (header: string) => string | undefined {
  const known = matchers.get(itemTexts);
  if (known) return known;
  const map = new Map(
    Object.entries(itemTexts).flatMap(([id, texts]) =>
      texts.map((text) => [normalizeQuestion(text), id] as const),
    ),
  );
  const matcher = (header: string) => {
    const whole = map.get(normalizeQuestion(header));
    if (whole !== undefined) return whole;
    const bracket = /\[([^\]]+)\]\s*$/.exec(header)?.[1];
    return bracket === undefined ? undefined : map.get(normalizeQuestion(bracket));
  };
  matchers.set(itemTexts, matcher);
  return matcher;
}

/** Matchers already built, per item-texts object (a survey's are built once, not per parse). */
const matchers = new WeakMap<object, (header: string) => string | undefined>();
