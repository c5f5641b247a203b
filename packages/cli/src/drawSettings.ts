/** How a chart that does not fit its size is handled: an error, or drawn smaller ('shrink'). */
export type FitMode = 'error' | 'shrink';

/** The drawing settings a render, a deck and each of its slides share. */
export interface DrawSettings {
  readonly highContrast: boolean;
  /** 'shrink': scale a chart that does not fit the size down (smaller text) instead of failing. */
  readonly fit: FitMode;
}
