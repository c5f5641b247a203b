/**
 * Illustrative ThemeHeatmap grids and layout options shared by its compute tests
 * (tests/ThemeHeatmap.compute.test.ts, public, and tests/internals/ThemeHeatmap.compute.test.ts).
 */
import { defaultTheme } from '@yhdyspinta/charts';
import type { ChartTheme, HeatmapData } from '@yhdyspinta/charts';

/** Deterministic pseudo-random numbers (LCG) for illustrative grids. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** An illustrative rows × columns grid of counts or ratings, about 6 % missing. */
export function grid(
  rows: number,
  columns: number,
  kind: 'count' | 'rating',
  seed = 7,
): HeatmapData {
  const rnd = seeded(seed);
  return {
    kind,
    rows: Array.from({ length: rows }, (_, i) => ({
      id: `r${i}`,
      label: `Kunta tai tavoite ${i + 1}`,
    })),
    columns: Array.from({ length: columns }, (_, i) => ({
      id: `c${i}`,
      label: i % 3 === 0 ? `Pitkä sarakkeen nimi numero ${i + 1} joka ei mahdu` : `Sarake ${i + 1}`,
    })),
    values: Array.from({ length: rows }, () =>
      Array.from({ length: columns }, () => {
        if (rnd() < 0.06) return null;
        return kind === 'count' ? Math.floor(rnd() * 12) : Math.round((1 + rnd() * 4) * 10) / 10;
      }),
    ),
  };
}

/** `count` axis items with ids and labels from `prefix` ("r0" / "r 0", …). */
export const axisItems = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => ({ id: `${prefix}${i}`, label: `${prefix} ${i}` }));

/** computeThemeHeatmapLayout's options: Finnish, a test title, the default theme unless given. */
export const options = (width: number, theme: ChartTheme = defaultTheme, height?: number) => ({
  width,
  height,
  locale: 'fi' as const,
  theme,
  title: 'Testikaavio',
});

const STRESS_ROWS: Record<'fi' | 'sv', string[]> = {
  fi: [
    'Espoo',
    'Helsinki',
    'Vantaa',
    'Kauniainen',
    'Kirkkonummi',
    'Siuntio',
    'Vihti',
    'Karkkila',
    'Lohja',
    'Inkoo',
    'Hanko',
    'Raasepori',
    'Porvoo',
    'Loviisa',
    'Sipoo',
    'Kerava',
    'Järvenpää',
    'Tuusula',
    'Nurmijärvi',
    'Mäntsälä',
    'Pornainen',
    'Hyvinkää',
    'Keski-Uudenmaan sote-kuntayhtymä ja jäsenkuntien yhteinen työllisyysalue',
    'Länsi-Uudenmaan kuntien yhteinen ympäristöterveydenhuollon yksikkö',
    'Itä-Uudenmaan pelastuslaitoksen ja kuntien yhteistyöryhmä',
    'Askola',
  ],
  sv: [
    'Esbo',
    'Helsingfors',
    'Vanda',
    'Grankulla',
    'Kyrkslätt',
    'Sjundeå',
    'Vichtis',
    'Högfors',
    'Lojo',
    'Ingå',
    'Hangö',
    'Raseborg',
    'Borgå',
    'Lovisa',
    'Sibbo',
    'Kervo',
    'Träskända',
    'Tusby',
    'Nurmijärvi',
    'Mäntsälä',
    'Borgnäs',
    'Hyvinge',
    'Mellersta Nylands social- och hälsovårdssamkommun och medlemskommunernas sysselsättningsområde',
    'Västra Nylands kommuners gemensamma enhet för miljöhälsovård',
    'Östra Nylands räddningsverks och kommunernas samarbetsgrupp',
    'Askola',
  ],
};

const STRESS_COLUMNS: Record<'fi' | 'sv', string[]> = {
  fi: [
    'Työllisyyden hoito',
    'Ikääntyneiden palvelut',
    'Lasten, nuorten ja perheiden palvelut',
    'Mielenterveys- ja päihdepalvelut',
    'Hyvinvoinnin ja terveyden edistäminen',
    'Yhteistyön rakenteet ja toimintatavat',
    'Maahanmuuttajien kotoutuminen',
    'Asuminen',
    'Liikkuminen ja liikenne',
    'Digitaaliset palvelut',
    'Talous ja rahoitus',
    'Turvallisuus ja valmius',
    'Osallisuus',
    'Kulttuuri ja vapaa-aika',
  ],
  sv: [
    'Sysselsättning',
    'Tjänster för äldre',
    'Tjänster för barn, unga och familjer',
    'Mentalvårds- och missbrukartjänster',
    'Främjande av välfärd och hälsa',
    'Samarbetets strukturer och arbetssätt',
    'Integration av invandrare',
    'Boende',
    'Mobilitet och trafik',
    'Digitala tjänster',
    'Ekonomi och finansiering',
    'Säkerhet och beredskap',
    'Delaktighet',
    'Kultur och fritid',
  ],
};

/**
 * The stress grid: 26 municipalities and joint authorities (three long names) × 14 themes, counts
 * 0–9 with one outlier (87), scattered missing cells and three rows with no value at all. Illustrative.
 */
export function stressCounts(locale: 'fi' | 'sv' = 'fi'): HeatmapData {
  const rnd = seeded(12);
  const rows = STRESS_ROWS[locale];
  const columns = STRESS_COLUMNS[locale];
  const empty = new Set([5, 9, 20]);
  return {
    kind: 'count',
    title:
      locale === 'fi' ? 'Teemat kunnittain (stressiaineisto)' : 'Teman per kommun (stresstest)',
    rows: rows.map((label, i) => ({ id: `r${i}`, label })),
    columns: columns.map((label, i) => ({ id: `c${i}`, label })),
    values: rows.map((_, r) =>
      columns.map((_, c) => {
        if (empty.has(r)) return null;
        if (r === 1 && c === 5) return 87;
        const x = rnd();
        if (x < 0.08) return null;
        return x < 0.3 ? 0 : Math.floor(rnd() * 10);
      }),
    ),
  };
}

/** Ratings (1–5 means) of six long goals × 26 municipalities, some missing. Illustrative. */
export function stressRatings(locale: 'fi' | 'sv' = 'fi'): HeatmapData {
  const rnd = seeded(5);
  const goal =
    locale === 'fi'
      ? 'Hyvinvointialue ja kunnat kehittävät yhdessä palveluja, joissa asukkaan tarpeet ja osallisuus ovat keskiössä, tavoite'
      : 'Välfärdsområdet och kommunerna utvecklar tillsammans tjänster där invånarnas behov och delaktighet står i centrum, mål';
  const columns = STRESS_ROWS[locale].slice(0, 22);
  return {
    kind: 'rating',
    rows: Array.from({ length: 6 }, (_, i) => ({ id: `g${i}`, label: `${goal} ${i + 1}` })),
    columns: columns.map((label, i) => ({ id: `m${i}`, label })),
    values: Array.from({ length: 6 }, () =>
      columns.map((_, c) =>
        c % 7 === 3 || rnd() < 0.05 ? null : Math.round((1 + rnd() * 4) * 10) / 10,
      ),
    ),
  };
}
