import type { Locale } from '@yhdyspinta/data';
import type { FitReport } from '../layout/fitReport';

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
  | 'no-title'
  | 'does-not-fit'
  | 'font-unavailable';

/** Thrown by renderToSvg and chartDataFromResponses (they never return a broken or misleading file). */
export class RenderError extends Error {
  readonly code: RenderErrorCode;
  /** Details, e.g. the validation problems of the data (English). */
  readonly problems: readonly string[];
  /**
   * With 'does-not-fit': the chart's report, whose `pages` say how to split the data so that each part
   * fits the size (empty when the chart gave no plan or not even one unit fits).
   */
  readonly plan?: FitReport;
  /**
   * The message in each language, where the error has one for the user: 'does-not-fit', 'empty-data'
   * (with what the chart needs) and 'invalid-data' (its `problems` stay English).
   */
  readonly localized?: Readonly<Record<Locale, string>>;

  constructor(
    code: RenderErrorCode,
    message: string,
    problems: readonly string[] = [],
    plan?: FitReport,
    localized?: Readonly<Record<Locale, string>>,
  ) {
    super(message);
    this.name = 'RenderError';
    this.code = code;
    this.problems = problems;
    if (plan) this.plan = plan;
    if (localized) this.localized = localized;
  }

  /** The message in `locale` when the error has one in that language, else the English `message`. */
  messageIn(locale: Locale): string {
    return this.localized?.[locale] ?? this.message;
  }
}
