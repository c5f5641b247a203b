/** The words of `yhdyspinta validate`'s report, in Finnish, Swedish and English. */
import { byLocale } from '@yhdyspinta/data';
import type { EncodingDecision, ImportKind, ResponsesFormat } from '@yhdyspinta/data';

export interface ValidateTexts {
  readonly encoding: string;
  readonly layout: string;
  readonly read: string;
  readonly accepted: string;
  readonly rejected: string;
  readonly errors: string;
  readonly none: string;
  readonly more: (n: number) => string;
  readonly ok: string;
  /** Every row accepted, but not one rating in them: nothing to chart (render refuses the file). */
  readonly noRatings: string;
  readonly kinds: Readonly<Record<ImportKind, string>>;
  readonly layouts: Readonly<Record<ResponsesFormat, string>>;
  readonly decided: Readonly<Record<EncodingDecision, string>>;
}

/** The file kinds' names, the same in every language. */
const KINDS: ValidateTexts['kinds'] = { csv: 'CSV', json: 'JSON', xlsx: 'Excel (xlsx)' };

export const VALIDATE_TEXTS = /* @__PURE__ */ byLocale<ValidateTexts>({
  encoding: { fi: 'Merkistö', sv: 'Teckenkodning', en: 'Encoding' },
  layout: { fi: 'Rakenne', sv: 'Struktur', en: 'Layout' },
  read: { fi: 'Rivejä luettu', sv: 'Rader lästa', en: 'Rows read' },
  accepted: { fi: 'hyväksytty', sv: 'godkända', en: 'accepted' },
  rejected: { fi: 'hylätty', sv: 'avvisade', en: 'rejected' },
  errors: { fi: 'Virheet', sv: 'Fel', en: 'Errors' },
  none: { fi: 'ei tunnistettu', sv: 'inte identifierad', en: 'not recognised' },
  more: {
    fi: (n) => `ja ${n} muuta`,
    sv: (n) => `och ${n} till`,
    en: (n) => `and ${n} more`,
  },
  ok: { fi: 'Kaikki rivit kelpaavat.', sv: 'Alla rader godkändes.', en: 'Every row was accepted.' },
  noRatings: {
    fi: 'Virhe: tiedostossa ei ole yhtään arviota piirrettäväksi.',
    sv: 'Fel: filen har inga bedömningar att rita.',
    en: 'Error: the file has no ratings to chart.',
  },
  kinds: { fi: KINDS, sv: KINDS, en: KINDS },
  layouts: /* @__PURE__ */ byLocale<ValidateTexts['layouts']>({
    long: {
      fi: 'pitkä (rivi per vastaus)',
      sv: 'lång (en rad per svar)',
      en: 'long (a row per answer)',
    },
    wide: {
      fi: 'leveä (rivi per kunta)',
      sv: 'bred (en rad per kommun)',
      en: 'wide (a row per municipality)',
    },
    respondent: {
      fi: 'vastaaja per rivi',
      sv: 'en respondent per rad',
      en: 'a respondent per row',
    },
  }),
  decided: /* @__PURE__ */ byLocale<ValidateTexts['decided']>({
    bom: {
      fi: 'tavujärjestysmerkin mukaan',
      sv: 'enligt byteordningsmärket',
      en: 'from the byte order mark',
    },
    declared: { fi: 'ilmoitettu', sv: 'angiven', en: 'declared' },
    'zero-bytes': {
      fi: 'nollatavuista päätelty',
      sv: 'slutsatt av nollbyten',
      en: 'from its zero bytes',
    },
    'valid-utf-8': { fi: 'kelvollinen UTF-8', sv: 'giltig UTF-8', en: 'valid UTF-8' },
    'not-utf-8': { fi: 'ei kelvollinen UTF-8', sv: 'inte giltig UTF-8', en: 'not valid UTF-8' },
  }),
});
