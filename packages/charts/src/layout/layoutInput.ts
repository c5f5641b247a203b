import type { Locale } from '@yhdyspinta/data';
import type { ChartTheme } from '../theme/ChartTheme';
import type { ChartHeaderLayout } from './chartHeader';
import type { FitReport } from './fitReport';

/** What a chart's compute function takes: its valid data, the size and its resolved options. */
export interface LayoutInput<D, O> {
  readonly data: D;
  readonly width: number;
  /** Fixed height; omit for the natural height. */
  readonly height?: number;
  readonly locale: Locale;
  readonly theme: ChartTheme;
  readonly options: O;
}

/** What every chart's layout has: its size and its header (the drawing's root is made of them). */
export interface ChartFrame {
  readonly width: number;
  readonly height: number;
  readonly header: ChartHeaderLayout;
  /**
   * At a fixed height: whether the content fits it with no text under the theme's minimum, and the
   * split plan if not (the chart then draws at its natural height instead of clipping or shrinking).
   */
  readonly fit?: FitReport;
  /**
   * Labels drawn cut with "…" (their whole text is in the tooltip, the accessible names and the table).
   * The static renderer says so: a picture has no tooltip.
   */
  readonly truncatedCount?: number;
}

/** A chart frame whose content may need more than a fixed height (then drawn taller, never clipped). */
export interface GrowingFrame extends ChartFrame {
  /** The height the content needs; above `height` only if a fixed height was too small. */
  readonly naturalHeight: number;
  /** True when a fixed height was too small for the content at the theme's minimums (`fit` says how to split). */
  readonly overflow: boolean;
}
