import type { Locale } from '@yhdyspinta/data';
import { resolveLocale } from './resolve';

/** A noun in the singular (for 1) and the plural/partitive (any other count), e.g. "kirjaus"/"kirjausta". */
export interface CountNoun {
  readonly one: string;
  readonly other: string;
}

/** The highest or lowest cells for the key finding: the formatted value and up to three cell names. */
export interface HeatmapFinding {
  /** Formatted for the locale, e.g. "7" or "2,7 (Kohtalaisesti)". */
  readonly value: string;
  /** "Espoo, Työllisyyden hoito", … (at most three). */
  readonly labels: readonly string[];
  /** How many more cells share the value. */
  readonly more: number;
}

export interface ThemeHeatmapMessages {
  /** Title of the shipped data (municipalities × memo themes). */
  readonly title: string;
  /** Fallback titles of user data without a title. */
  readonly countTitle: string;
  readonly ratingTitle: string;
  /** Title of a goal × municipality rating matrix (themeHeatmapFromResponses). */
  readonly goalRatingTitle: string;
  /** Axis titles (first column of the data table, tooltip field labels). */
  readonly rowsTitle: string;
  readonly columnsTitle: string;
  /** Legend titles / tooltip value labels. */
  readonly countLegendTitle: string;
  /** Marks the neutral level 3 in the rating legend. */
  readonly neutralSuffix: string;
  /** Tooltip field: how many ratings are behind a cell's value. */
  readonly ratingsCount: string;
  /** "+2 muuta". */
  readonly more: (count: string) => string;
  /** Accessible name of the grid of cells. */
  readonly cellsLabel: (rows: string, columns: string) => string;
  /** Accessible name of a cell: "Espoo, Työllisyyden hoito: 3 kirjausta". */
  readonly cellName: (row: string, column: string, value: string) => string;
  readonly keyFinding: (finding: {
    readonly rows: string;
    readonly columns: string;
    /** Null when no cell has a value. */
    readonly highest: HeatmapFinding | null;
    readonly lowest: HeatmapFinding | null;
    /** Formatted "105/150", or null when no cell is missing. */
    readonly missing: string | null;
  }) => string;
  /** Caption suffix of the summary table used for large grids; `cells` is the formatted cell count. */
  readonly summaryCaption: (cells: string) => string;
  readonly summaryColumns: {
    readonly withData: string;
    readonly min: string;
    readonly max: string;
    readonly mean: string;
    readonly sum: string;
  };
}

function list(labels: readonly string[], more: number, and: string, others: (n: number) => string) {
  if (more > 0) return `${labels.join('; ')} ${and} ${others(more)}`;
  if (labels.length <= 1) return labels[0] ?? '';
  return `${labels.slice(0, -1).join('; ')} ${and} ${labels[labels.length - 1]}`;
}

/** Texts of ThemeHeatmap. */
export const THEME_HEATMAP_MESSAGES: Readonly<Record<Locale, ThemeHeatmapMessages>> = {
  fi: {
    title: 'Yhteistyön teemat kunnittain',
    countTitle: 'Lukumäärät',
    ratingTitle: 'Arviot asteikolla 1–5',
    goalRatingTitle: 'Tavoitteiden arviot kunnittain',
    rowsTitle: 'Rivi',
    columnsTitle: 'Sarake',
    countLegendTitle: 'Määrä',
    neutralSuffix: '(keskikohta)',
    ratingsCount: 'Arvioita',
    more: (count) => `+${count} muuta`,
    cellsLabel: (rows, columns) => `Solut: ${rows} riviä × ${columns} saraketta`,
    cellName: (row, column, value) => `${row}, ${column}: ${value}`,
    keyFinding: ({ rows, columns, highest, lowest, missing }) => {
      const others = (n: number) => (n === 1 ? '1 muu solu' : `${n} muuta solua`);
      const parts = [`${rows} riviä × ${columns} saraketta.`];
      if (highest)
        parts.push(
          `Suurin arvo ${highest.value}: ${list(highest.labels, highest.more, 'ja', others)}.`,
        );
      if (lowest)
        parts.push(
          `Pienin arvo ${lowest.value}: ${list(lowest.labels, lowest.more, 'ja', others)}.`,
        );
      if (!highest) parts.push('Yhdessäkään solussa ei ole arvoa.');
      if (missing) parts.push(`Ei tietoa ${missing} solussa.`);
      return parts.join(' ');
    },
    summaryCaption: (cells) =>
      `Soluja on ${cells}, joten taulukossa on rivikohtainen yhteenveto; yksittäiset arvot saa kaaviosta nuolinäppäimillä.`,
    summaryColumns: {
      withData: 'Soluja, joissa arvo',
      min: 'Pienin',
      max: 'Suurin',
      mean: 'Keskiarvo',
      sum: 'Yhteensä',
    },
  },
  sv: {
    title: 'Samarbetets teman per kommun',
    countTitle: 'Antal',
    ratingTitle: 'Bedömningar på skalan 1–5',
    goalRatingTitle: 'Bedömningar av målen per kommun',
    rowsTitle: 'Rad',
    columnsTitle: 'Kolumn',
    countLegendTitle: 'Antal',
    neutralSuffix: '(mittpunkt)',
    ratingsCount: 'Bedömningar',
    more: (count) => `+${count} till`,
    cellsLabel: (rows, columns) => `Celler: ${rows} rader × ${columns} kolumner`,
    cellName: (row, column, value) => `${row}, ${column}: ${value}`,
    keyFinding: ({ rows, columns, highest, lowest, missing }) => {
      const others = (n: number) => `${n} ${n === 1 ? 'annan cell' : 'andra celler'}`;
      const parts = [`${rows} rader × ${columns} kolumner.`];
      if (highest)
        parts.push(
          `Högsta värdet ${highest.value}: ${list(highest.labels, highest.more, 'och', others)}.`,
        );
      if (lowest)
        parts.push(
          `Lägsta värdet ${lowest.value}: ${list(lowest.labels, lowest.more, 'och', others)}.`,
        );
      if (!highest) parts.push('Ingen cell har ett värde.');
      if (missing) parts.push(`Uppgift saknas i ${missing} celler.`);
      return parts.join(' ');
    },
    summaryCaption: (cells) =>
      `Det finns ${cells} celler, så tabellen sammanfattar varje rad; enskilda värden nås i diagrammet med piltangenterna.`,
    summaryColumns: {
      withData: 'Celler med värde',
      min: 'Minsta',
      max: 'Största',
      mean: 'Medelvärde',
      sum: 'Summa',
    },
  },
  en: {
    title: 'Cooperation themes by municipality',
    countTitle: 'Counts',
    ratingTitle: 'Ratings on a scale of 1–5',
    goalRatingTitle: 'Ratings of the goals by municipality',
    rowsTitle: 'Row',
    columnsTitle: 'Column',
    countLegendTitle: 'Count',
    neutralSuffix: '(midpoint)',
    ratingsCount: 'Ratings',
    more: (count) => `+${count} more`,
    cellsLabel: (rows, columns) => `Cells: ${rows} rows × ${columns} columns`,
    cellName: (row, column, value) => `${row}, ${column}: ${value}`,
    keyFinding: ({ rows, columns, highest, lowest, missing }) => {
      const others = (n: number) => `${n} other cell${n === 1 ? '' : 's'}`;
      const parts = [`${rows} rows × ${columns} columns.`];
      if (highest)
        parts.push(
          `Highest value ${highest.value}: ${list(highest.labels, highest.more, 'and', others)}.`,
        );
      if (lowest)
        parts.push(
          `Lowest value ${lowest.value}: ${list(lowest.labels, lowest.more, 'and', others)}.`,
        );
      if (!highest) parts.push('No cell has a value.');
      if (missing) parts.push(`No data in ${missing} cells.`);
      return parts.join(' ');
    },
    summaryCaption: (cells) =>
      `There are ${cells} cells, so the table summarises each row; single values can be reached in the chart with the arrow keys.`,
    summaryColumns: {
      withData: 'Cells with a value',
      min: 'Lowest',
      max: 'Highest',
      mean: 'Mean',
      sum: 'Total',
    },
  },
};

/** The texts of this area in `locale` (Finnish for an unsupported value). */
export function themeHeatmapMessages(locale: Locale): ThemeHeatmapMessages {
  return THEME_HEATMAP_MESSAGES[resolveLocale(locale)];
}
