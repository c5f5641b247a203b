/**
 * The words the importer's messages share across languages, one table with Finnish, Swedish and English
 * side by side: what a cell or field should have held (ExpectedKind) and the JSON type found in its
 * place (JsonTypeName). Each language's messages (messagesFi/Sv/En.ts) take theirs with `detailWords`.
 */
import { byLocale } from '../byLocale';
import type { Locale } from '../types';
import type { ColumnRole, ErrorDetail, ExpectedKind, JsonTypeName } from './messageTexts';

const EXPECTED = byLocale<Record<ExpectedKind, string>>({
  municipality: { fi: 'kunta', sv: 'en kommun', en: 'a municipality' },
  item: { fi: 'kohdan tunnus', sv: 'en punkts id', en: 'an item id' },
  respondent: { fi: 'vastaaja', sv: 'en respondent', en: 'a respondent' },
  'rating-json': {
    fi: 'luku, merkkijono tai null',
    sv: 'ett tal, en sträng eller null',
    en: 'a number, a string or null',
  },
  'item-columns': {
    fi: 'kohtien tunnukset tai kysymykset, esim. "ws-1"',
    sv: 'punkters id eller frågor, t.ex. "ws-1"',
    en: 'item ids, e.g. "ws-1"',
  },
});

const ROLE = byLocale<Record<ColumnRole, string>>({
  municipality: { fi: 'kunnan', sv: 'för kommunen', en: 'municipality' },
  item: { fi: 'kohdan', sv: 'för punkten', en: 'item' },
  rating: { fi: 'arvion', sv: 'för bedömningen', en: 'rating' },
  respondent: { fi: 'vastaajan', sv: 'för respondenten', en: 'respondent' },
});

const FOUND = byLocale<Record<JsonTypeName, string>>({
  null: { fi: 'null', sv: 'null', en: 'null' },
  array: { fi: 'taulukko', sv: 'en lista', en: 'an array' },
  object: { fi: 'olio', sv: 'ett objekt', en: 'an object' },
  string: { fi: 'merkkijono', sv: 'en sträng', en: 'a string' },
  number: { fi: 'luku', sv: 'ett tal', en: 'a number' },
  boolean: { fi: 'totuusarvo', sv: 'ett sanningsvärde', en: 'a boolean' },
  undefined: { fi: 'määrittelemätön', sv: 'odefinierat', en: 'an undefined' },
  bigint: { fi: 'bigint-luku', sv: 'ett bigint-tal', en: 'a bigint' },
  symbol: { fi: 'symboli', sv: 'en symbol', en: 'a symbol' },
  function: { fi: 'funktio', sv: 'en funktion', en: 'a function' },
});

/** How a language words "a string (of X)" and "another type". */
interface TypeWording {
  readonly stringOf: (what: string) => string;
  readonly another: string;
}

/** One language's wording of a detail's `expected` and `found`. */
export function detailWords(locale: Locale, wording: TypeWording) {
  return {
    /** The JSON type found, else `fallback`. */
    found: (d: ErrorDetail, fallback: string): string =>
      d.found ? FOUND[locale][d.found] : fallback,
    /** What is required: a name as "a string (of it)", another kind as itself. */
    expectedType: (d: ErrorDetail): string => {
      if (d.expected === 'municipality' || d.expected === 'item') {
        return wording.stringOf(EXPECTED[locale][d.expected]);
      }
      return d.expected ? EXPECTED[locale][d.expected] : wording.another;
    },
    /** What is required, as a noun. */
    expected: (kind: ExpectedKind): string => EXPECTED[locale][kind],
    /** A column's role as the words that name its column ("kunnan", "för kommunen", "municipality"). */
    role: (role: ColumnRole): string => ROLE[locale][role],
    /** The accepted names of a missing column, or what kind of columns were expected. */
    accepted: (d: ErrorDetail): string =>
      d.names?.join(', ') ?? (d.expected ? EXPECTED[locale][d.expected] : '?'),
  };
}
