import type { Locale } from '@yhdyspinta/data';
import { byLocale } from '@yhdyspinta/data';
import { AND, SUMMARY_STATS } from './sharedWords';
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
  /** Joins the last of a list of names. */
  readonly and: string;
  /** Note under the grid on rows or columns with no value, left out of it. */
  readonly emptyLines: (count: string, names: string) => string;
  /** Note on the chart when the values do not fit the cells. */
  readonly valuesElsewhere: string;
  /** Description sentence of a grid drawn transposed (the data's columns as rows). */
  readonly transposed: (rows: string, columns: string) => string;
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

/** One language's words of the key finding. */
interface FindingWords {
  readonly size: (rows: string, columns: string) => string;
  /** A sentence on the highest (or lowest) value and the cells listed with it. */
  readonly highest: (value: string, cells: string) => string;
  readonly lowest: (value: string, cells: string) => string;
  readonly noValue: string;
  readonly missing: (missing: string) => string;
  /** Joins the last cell (or the count of the others) to the list. */
  readonly and: string;
  readonly others: (n: number) => string;
}

/** A cell's accessible name, the same in every language: "Espoo, Työllisyyden hoito: 3 kirjausta". */
function cellName(row: string, column: string, value: string): string {
  return `${row}, ${column}: ${value}`;
}

/** The key finding, the same sentences in every language: size; highest and lowest, or none; missing. */
function heatmapKeyFinding(
  words: FindingWords,
  { rows, columns, highest, lowest, missing }: Parameters<ThemeHeatmapMessages['keyFinding']>[0],
): string {
  const cells = (f: HeatmapFinding) => list(f.labels, f.more, words.and, words.others);
  const parts = [words.size(rows, columns)];
  if (highest) parts.push(words.highest(highest.value, cells(highest)));
  if (lowest) parts.push(words.lowest(lowest.value, cells(lowest)));
  if (!highest) parts.push(words.noValue);
  if (missing) parts.push(words.missing(missing));
  return parts.join(' ');
}

/** The key finding's words in each language. */
const FINDING_WORDS = /* @__PURE__ */ byLocale<FindingWords>({
  size: {
    fi: (rows, columns) => `${rows} riviä × ${columns} saraketta.`,
    sv: (rows, columns) => `${rows} rader × ${columns} kolumner.`,
    en: (rows, columns) => `${rows} rows × ${columns} columns.`,
  },
  highest: {
    fi: (value, cells) => `Suurin arvo ${value}: ${cells}.`,
    sv: (value, cells) => `Högsta värdet ${value}: ${cells}.`,
    en: (value, cells) => `Highest value ${value}: ${cells}.`,
  },
  lowest: {
    fi: (value, cells) => `Pienin arvo ${value}: ${cells}.`,
    sv: (value, cells) => `Lägsta värdet ${value}: ${cells}.`,
    en: (value, cells) => `Lowest value ${value}: ${cells}.`,
  },
  noValue: {
    fi: 'Yhdessäkään solussa ei ole arvoa.',
    sv: 'Ingen cell har ett värde.',
    en: 'No cell has a value.',
  },
  missing: {
    fi: (missing) => `Ei tietoa ${missing} solussa.`,
    sv: (missing) => `Uppgift saknas i ${missing} celler.`,
    en: (missing) => `No data in ${missing} cells.`,
  },
  and: AND,
  others: {
    fi: (n) => (n === 1 ? '1 muu solu' : `${n} muuta solua`),
    sv: (n) => `${n} ${n === 1 ? 'annan cell' : 'andra celler'}`,
    en: (n) => `${n} other cell${n === 1 ? '' : 's'}`,
  },
});

/** Texts of ThemeHeatmap. */
export const THEME_HEATMAP_MESSAGES = /* @__PURE__ */ byLocale<ThemeHeatmapMessages>({
  title: {
    fi: 'Yhteistyön teemat kunnittain',
    sv: 'Samarbetets teman per kommun',
    en: 'Cooperation themes by municipality',
  },
  countTitle: { fi: 'Lukumäärät', sv: 'Antal', en: 'Counts' },
  ratingTitle: {
    fi: 'Arviot asteikolla 1–5',
    sv: 'Bedömningar på skalan 1–5',
    en: 'Ratings on a scale of 1–5',
  },
  goalRatingTitle: {
    fi: 'Tavoitteiden arviot kunnittain',
    sv: 'Bedömningar av målen per kommun',
    en: 'Ratings of the goals by municipality',
  },
  rowsTitle: { fi: 'Rivi', sv: 'Rad', en: 'Row' },
  columnsTitle: { fi: 'Sarake', sv: 'Kolumn', en: 'Column' },
  countLegendTitle: { fi: 'Määrä', sv: 'Antal', en: 'Count' },
  neutralSuffix: { fi: '(keskikohta)', sv: '(mittpunkt)', en: '(midpoint)' },
  ratingsCount: { fi: 'Arvioita', sv: 'Bedömningar', en: 'Ratings' },
  more: {
    fi: (count) => `+${count} muuta`,
    sv: (count) => `+${count} till`,
    en: (count) => `+${count} more`,
  },
  cellsLabel: {
    fi: (rows, columns) => `Solut: ${rows} riviä × ${columns} saraketta`,
    sv: (rows, columns) => `Celler: ${rows} rader × ${columns} kolumner`,
    en: (rows, columns) => `Cells: ${rows} rows × ${columns} columns`,
  },
  cellName: { fi: cellName, sv: cellName, en: cellName },
  keyFinding: {
    fi: (finding) => heatmapKeyFinding(FINDING_WORDS.fi, finding),
    sv: (finding) => heatmapKeyFinding(FINDING_WORDS.sv, finding),
    en: (finding) => heatmapKeyFinding(FINDING_WORDS.en, finding),
  },
  and: AND,
  emptyLines: {
    fi: (count, names) => `Ei tietoa (${count}): ${names}.`,
    sv: (count, names) => `Uppgift saknas (${count}): ${names}.`,
    en: (count, names) => `No data (${count}): ${names}.`,
  },
  valuesElsewhere: {
    fi: 'Arvot eivät mahdu soluihin: ne ovat taulukossa ja työkaluvihjeessä.',
    sv: 'Värdena ryms inte i cellerna: de finns i tabellen och i verktygstipset.',
    en: 'The values do not fit the cells: they are in the table and the tooltip.',
  },
  transposed: {
    fi: (rows, columns) =>
      `Rivit ja sarakkeet on vaihdettu pitkien nimien vuoksi: rivit: ${rows}; sarakkeet: ${columns}.`,
    sv: (rows, columns) =>
      `Rader och kolumner har bytts om för de långa namnens skull: rader: ${rows}; kolumner: ${columns}.`,
    en: (rows, columns) =>
      `Rows and columns are swapped to fit the long names: rows: ${rows}; columns: ${columns}.`,
  },
  summaryCaption: {
    fi: (cells) =>
      `Soluja on ${cells}, joten taulukossa on rivikohtainen yhteenveto; yksittäiset arvot saa kaaviosta nuolinäppäimillä.`,
    sv: (cells) =>
      `Det finns ${cells} celler, så tabellen sammanfattar varje rad; enskilda värden nås i diagrammet med piltangenterna.`,
    en: (cells) =>
      `There are ${cells} cells, so the table summarises each row; single values can be reached in the chart with the arrow keys.`,
  },
  summaryColumns: /* @__PURE__ */ byLocale<ThemeHeatmapMessages['summaryColumns']>({
    withData: { fi: 'Soluja, joissa arvo', sv: 'Celler med värde', en: 'Cells with a value' },
    ...SUMMARY_STATS,
    sum: { fi: 'Yhteensä', sv: 'Summa', en: 'Total' },
  }),
});

/** The texts of this area in `locale` (Finnish for an unsupported value). */
export function themeHeatmapMessages(locale: Locale): ThemeHeatmapMessages {
  return THEME_HEATMAP_MESSAGES[resolveLocale(locale)];
}
