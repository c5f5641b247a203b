/**
 * Data of ResponseCoverage: one entry per municipality (or other respondent unit) saying whether it
 * answered, optionally with its population. Labels are already in the display language.
 */

/** One municipality's response status. */
export interface ResponseCoverageItem {
  /** Stable id, unique within the data (e.g. a MunicipalityId). */
  readonly id: string;
  /** The name shown on the tile (wrapped; full text in the tooltip, the accessible name and the table). */
  readonly label: string;
  /** True = answered; false = did not answer (by the deadline). */
  readonly answered: boolean;
  /**
   * Residents, supplied by the caller with its own source (the library ships none). Omit when unknown: the
   * municipality is then left out of the population share and named as missing. A value that is not a
   * finite number ≥ 0 prevents the share (the chart says which municipality's value is invalid).
   */
  readonly population?: number;
}

/** The data prop of ResponseCoverage: the municipalities in display order. */
export type ResponseCoverageData = readonly ResponseCoverageItem[];

/** Tile order: as in the data ('source'), or those that answered first, each group in data order. */
export type ResponseCoverageOrder = 'source' | 'answered-first';
