import type { LocalizedText } from '../types';
import type { MemoSection } from './types';

/** A printed Finnish heading with the project's Swedish and English translations. */
function heading(fi: string, sv: string, en: string): LocalizedText {
  return { fi, sv, en, unofficial: ['sv', 'en'] };
}

const opens = heading(
  'Puheenjohtaja avaa neuvottelun',
  'Ordföranden öppnar förhandlingen',
  'The chair opens the negotiation',
);
const opened = heading(
  'Puheenjohtaja avasi neuvottelun',
  'Ordföranden öppnade förhandlingen',
  'The chair opened the negotiation',
);
const municipalStatements = heading(
  'Kunnan luottamushenkilöjohdon ja viranhaltijajohdon edustajien avauspuheenvuorot',
  'Inledande anföranden av företrädare för kommunens förtroendevalda ledning och tjänsteinnehavarledning',
  "Opening statements by representatives of the municipality's elected and executive leadership",
);
const welfareAreaStatement = heading(
  'Hyvinvointialueen luottamushenkilöjohdon edustajan avauspuheenvuoro',
  'Inledande anförande av företrädaren för välfärdsområdets förtroendevalda ledning',
  "Opening statement by the representative of the welfare area's elected leadership",
);
const discussion = heading(
  'Yhteistyön rakenteet ja ennakkotehtävä',
  'Samarbetets strukturer och förhandsuppgiften',
  'Cooperation structures and the preparatory assignment',
);
const otherMatters = heading('Muut asiat', 'Övriga ärenden', 'Other matters');
const agreedMatters = heading(
  'Kokouksessa sovitut asiat',
  'Det som avtalades vid mötet',
  'Matters agreed at the meeting',
);
const closing = heading(
  'Neuvottelujen päätös',
  'Förhandlingens avslutning',
  'Closing of the negotiation',
);

function sections(first: LocalizedText, fifth: LocalizedText): readonly MemoSection[] {
  return [
    { number: 1, title: first, coded: false },
    { number: 2, title: municipalStatements, coded: true },
    { number: 3, title: welfareAreaStatement, coded: true },
    { number: 4, title: discussion, coded: true },
    { number: 5, title: fifth, coded: false },
    { number: 6, title: closing, coded: false },
  ];
}

/**
 * The section headings as printed. Files 000 (Kauniainen) and 002 (Lohja) print "1. Puheenjohtaja avaa
 * neuvottelun" and "5. Muut asiat"; file 001 (Espoo) prints "avasi" and "5. Kokouksessa sovitut asiat".
 */
export const MEMO_SECTIONS = {
  standard: sections(opens, otherMatters),
  espoo: sections(opened, agreedMatters),
} as const;
