/**
 * ILLUSTRATIVE data for ThemeHeatmap's "Many Items" story (issue 16): 25 services × 14 municipalities of
 * an invented area ("Kunta A" … "Kunta N"), rated 1–5. Made up to show what a dense grid is for — the
 * pattern, not noise:
 * - the small municipalities I–M rate the children's and youth services (the first six rows) poorly;
 * - everyone rates the rescue service and preparedness (rows 21–22) well;
 * - one outlier: Kunta D rates home care 1,0 where the others rate it about 3,7;
 * - Kunta L did not rate the digital services (no data, hatched), Kunta N answered nothing at all (the
 *   chart names it in a note under the grid instead of a hatched column).
 * Nothing here is a real result; the story marks it `illustrative` on screen.
 */
import type { HeatmapData } from '@yhdyspinta/charts';
import type { Locale } from '@yhdyspinta/data';

type Texts = Readonly<Record<Locale, string>>;

/** The services (rows), short names in each language. */
const SERVICES: readonly Texts[] = [
  { fi: 'Lasten ja nuorten palvelut', sv: 'Tjänster för barn och unga', en: 'Children and youth' },
  { fi: 'Koulukuraattorit', sv: 'Skolkuratorer', en: 'School social workers' },
  { fi: 'Neuvolat', sv: 'Rådgivningar', en: 'Child health clinics' },
  { fi: 'Perhetyö', sv: 'Familjearbete', en: 'Family work' },
  { fi: 'Lastensuojelu', sv: 'Barnskydd', en: 'Child welfare' },
  { fi: 'Nuorten mielenterveys', sv: 'Ungas psykiska hälsa', en: 'Youth mental health' },
  { fi: 'Työllisyyspalvelut', sv: 'Sysselsättningstjänster', en: 'Employment services' },
  { fi: 'Maahanmuuttajapalvelut', sv: 'Invandrartjänster', en: 'Immigrant services' },
  { fi: 'Aikuissosiaalityö', sv: 'Socialt arbete för vuxna', en: 'Adult social work' },
  { fi: 'Päihdepalvelut', sv: 'Missbrukartjänster', en: 'Substance abuse services' },
  { fi: 'Terveysasemat', sv: 'Hälsostationer', en: 'Health centres' },
  { fi: 'Suun terveydenhuolto', sv: 'Munhälsovård', en: 'Oral health care' },
  { fi: 'Kotihoito', sv: 'Hemvård', en: 'Home care' },
  { fi: 'Ikääntyneiden asuminen', sv: 'Boende för äldre', en: 'Housing for older people' },
  { fi: 'Omaishoidon tuki', sv: 'Stöd för närståendevård', en: 'Informal care support' },
  { fi: 'Vammaispalvelut', sv: 'Handikappservice', en: 'Disability services' },
  { fi: 'Kuljetuspalvelut', sv: 'Färdtjänst', en: 'Transport services' },
  { fi: 'Hyvinvoinnin edistäminen', sv: 'Främjande av välfärd', en: 'Wellbeing promotion' },
  { fi: 'Liikunta ja kulttuuri', sv: 'Idrott och kultur', en: 'Sport and culture' },
  { fi: 'Järjestöyhteistyö', sv: 'Samarbete med föreningar', en: 'Work with NGOs' },
  { fi: 'Pelastustoimi', sv: 'Räddningsväsendet', en: 'Rescue services' },
  { fi: 'Valmiussuunnittelu', sv: 'Beredskapsplanering', en: 'Preparedness planning' },
  { fi: 'Tilat ja kiinteistöt', sv: 'Lokaler och fastigheter', en: 'Premises and property' },
  { fi: 'Tiedonkulku', sv: 'Informationsgång', en: 'Flow of information' },
  { fi: 'Digitaaliset palvelut', sv: 'Digitala tjänster', en: 'Digital services' },
];

const LETTERS = 'ABCDEFGHIJKLMN';
const MUNICIPALITY: Texts = { fi: 'Kunta', sv: 'Kommun', en: 'Municipality' };

const TEXTS: Readonly<Record<'title' | 'rowsTitle' | 'columnsTitle', Texts>> = {
  title: {
    fi: 'Yhteistyön arviot palveluittain ja kunnittain',
    sv: 'Bedömningar av samarbetet per tjänst och kommun',
    en: 'Cooperation ratings by service and municipality',
  },
  rowsTitle: { fi: 'Palvelu', sv: 'Tjänst', en: 'Service' },
  columnsTitle: MUNICIPALITY,
};

export const GRID_ROWS = SERVICES.length;
export const GRID_COLUMNS = LETTERS.length;

/** Row and column indices of the pattern (see the file comment). */
const CHILDREN_ROWS = 6;
const SMALL_MUNICIPALITIES = [8, 9, 10, 11, 12]; // I–M
const RESCUE_ROWS = [20, 21];
const OUTLIER = { row: 12, column: 3 }; // home care, Kunta D
const UNRATED = { row: 24, column: 11 }; // digital services, Kunta L
const SILENT_COLUMN = 13; // Kunta N

/** A small, fixed wobble (−0,2…+0,2) so the grid reads as answers, not as flat blocks. */
const wobble = (row: number, column: number) => (((row * 7 + column * 13) % 5) - 2) / 10;

function rating(row: number, column: number): number | null {
  if (column === SILENT_COLUMN) return null;
  if (row === UNRATED.row && column === UNRATED.column) return null;
  if (row === OUTLIER.row && column === OUTLIER.column) return 1;
  let base = 3.1;
  if (row < CHILDREN_ROWS && SMALL_MUNICIPALITIES.includes(column)) base = 1.9;
  if (RESCUE_ROWS.includes(row)) base = 4.3;
  if (row === OUTLIER.row) base = 3.7;
  return Math.round((base + wobble(row, column)) * 10) / 10;
}

/** The illustrative 25 × 14 grid in the given language (see the file comment). */
export function illustrativeServiceRatings(locale: Locale): HeatmapData {
  const rows = SERVICES.map((service, index) => ({
    id: `service-${index + 1}`,
    label: service[locale],
  }));
  const columns = [...LETTERS].map((letter) => ({
    id: `municipality-${letter.toLowerCase()}`,
    label: `${MUNICIPALITY[locale]} ${letter}`,
  }));
  return {
    kind: 'rating',
    title: TEXTS.title[locale],
    rowsTitle: TEXTS.rowsTitle[locale],
    columnsTitle: TEXTS.columnsTitle[locale],
    rows,
    columns,
    values: rows.map((_, row) => columns.map((_, column) => rating(row, column))),
    base: { answered: GRID_COLUMNS - 1, total: GRID_COLUMNS },
  };
}

// --- the seeded stress grid (ThemeHeatmap's DenseStressGrid) and the seeded answers ---

/** Deterministic pseudo-random numbers (a linear congruential generator) for illustrative data. */
export function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** Illustrative 300 × 50 ratings (seeded), about 5 % missing. */
export function denseRatings(): HeatmapData {
  const rnd = seeded(300);
  return {
    kind: 'rating',
    rows: Array.from({ length: 300 }, (_, i) => ({
      id: `row-${i + 1}`,
      label: `Esimerkkirivi ${i + 1}`,
    })),
    columns: Array.from({ length: 50 }, (_, i) => ({
      id: `col-${i + 1}`,
      label: `Sarake ${i + 1}`,
    })),
    values: Array.from({ length: 300 }, () =>
      Array.from({ length: 50 }, () =>
        rnd() < 0.05 ? null : Math.round((1 + rnd() * 4) * 10) / 10,
      ),
    ),
  };
}
