/** Why a static render failed: a machine-readable code, an English message and any data problems. */
export type RenderErrorCode =
  | 'unknown-chart'
  | 'unknown-preset'
  | 'unsupported-locale'
  | 'invalid-size'
  | 'invalid-id-prefix'
  | 'invalid-data'
  | 'empty-data'
  | 'not-svg'
  | 'no-size'
  | 'no-title';

/** Thrown by renderToSvg and chartDataFromResponses (they never return a broken or misleading file). */
export class RenderError extends Error {
  readonly code: RenderErrorCode;
  /** Details, e.g. the validation problems of the data (English). */
  readonly problems: readonly string[];

  constructor(code: RenderErrorCode, message: string, problems: readonly string[] = []) {
    super(message);
    this.name = 'RenderError';
    this.code = code;
    this.problems = problems;
  }
}
