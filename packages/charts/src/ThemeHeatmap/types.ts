/**
 * Data of ThemeHeatmap: a matrix of rows × columns of values, e.g. municipalities × memo themes (counts of
 * coded points) or goals × municipalities (mean ratings on the 1–5 scale). Texts are already in the display
 * language.
 */
import type { ChartScale } from '../common/chartScale';

/** A row or a column. */
export interface HeatmapAxisItem {
  /** Stable id, unique among the rows (or among the columns). */
  readonly id: string;
  /** The full text: drawn wrapped or cut at the axis, whole in the tooltip, accessible name and table. */
  readonly label: string;
}

/**
 * What the values are.
 * - 'count': whole numbers ≥ 0 (e.g. memo points coded to a theme). The colour domain is 0…max: a count
 *   is a magnitude, so 0 is a real zero and has its own colour band; missing values are hatched.
 * - 'rating': means (or single ratings) on the 1–5 scale, shown with one decimal. The colour domain is
 *   fixed to 1–5 whatever the data's range, one band per scale level (a value takes the colour of its
 *   nearest level, halves up: 2,5 → 3), so a colour means the same level in every chart.
 */
export type HeatmapKind = 'count' | 'rating';

/** A cell value: a number, or null for no data ("ei tietoa"), which is drawn hatched, never as zero. */
export type HeatmapValue = number | null;

export interface HeatmapData {
  readonly kind: HeatmapKind;
  readonly rows: readonly HeatmapAxisItem[];
  readonly columns: readonly HeatmapAxisItem[];
  /** values[row][column]: one array per row, each as long as `columns`. */
  readonly values: readonly (readonly HeatmapValue[])[];
  /** Optional title (the `title` prop wins; without either a generic title for the kind is used). */
  readonly title?: string;
  /** Short notes under the title, e.g. what the numbers are and where they come from. */
  readonly notes?: readonly string[];
  /** Axis names: the data table's first column header and the tooltip's field labels (e.g. "Kunta"). */
  readonly rowsTitle?: string;
  readonly columnsTitle?: string;
  /** The legend title and tooltip label of the values (e.g. "Kirjauksia"); a default per kind otherwise. */
  readonly valueLabel?: string;
  /** 'count' only: the counted noun, so tooltips read "3 kirjausta"; plain numbers without it. */
  readonly unit?: { readonly one: string; readonly other: string };
  /** 'rating' only: how many ratings each cell's value is based on (same shape as `values`; null = unknown). */
  readonly n?: readonly (readonly (number | null)[])[];
  /** 'rating' only: the response base shown under the title ("n = 6/10 kuntaa"). */
  readonly base?: { readonly answered: number; readonly total: number };
  /**
   * Optional texts behind each cell (same shape as `values`), listed in the tooltip: the first few,
   * wrapped, then "+N muuta". E.g. the memo points counted in a cell.
   */
  readonly details?: readonly (readonly (readonly string[])[])[];
  /** Heading of the details in the tooltip, e.g. "Muistion kirjaukset". */
  readonly detailsTitle?: string;
  /**
   * The lead of the note naming the rows with no value at all, which the chart leaves out of the grid
   * (unless `collapseMissing={false}`), e.g. "Ei muistiota 7 kunnalta"; the chart adds ": Kirkkonummi,
   * Siuntio … ja Raasepori.". Default: "Ei tietoa (7)" / "Uppgift saknas (7)" / "No data (7)".
   */
  readonly emptyRowsNote?: string;
  /**
   * 'rating' only: the survey's own words for the levels 1–5, in the data's language (e.g. from its
   * definition): the legend's bands, the tooltip's nearest level, the cells' names and the description.
   * Default the 2024 municipal survey's ("Ei lainkaan" … "Erinomaisesti") in the chart's locale.
   */
  readonly scale?: ChartScale;
}
