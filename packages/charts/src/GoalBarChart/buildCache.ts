/**
 * A memo of what the builds of one GoalBarChart layout share, pure: the row order, the wrapped goal
 * labels (the fit to a fixed height builds the rows several times with the same labels) and the printed
 * values with their widths (a chart of 2000 goals has at most 41 distinct one-decimal means). One cache
 * per computeGoalBarLayout call: nothing is kept between calls.
 */
import type { Locale } from '@yhdyspinta/data';
import { formatScoreChange, formatScoreOrNoData } from '../locale/format';
import { measureText } from '../text/measureText';
import { wrapText } from '../text/wrapText';
import type { WrappedText } from '../text/wrapText';
import type { ChartTheme } from '../theme/ChartTheme';
import { orderGoalBarEntries } from './order';
import type { GoalBarEntry, OrderOptions } from './order';
import { scoreChange } from './previous';
import type { GoalBarData, GoalBarLeaf } from './types';

export interface PrintedValue {
  /** "2,7", or "ei tietoa" for a missing value. */
  readonly text: string;
  /** Its width in the bold value font. */
  readonly width: number;
}

export interface GoalBarBuildCache {
  /** orderGoalBarEntries, memoised on the data and options objects. */
  readonly entries: (data: GoalBarData, options: OrderOptions) => readonly GoalBarEntry[];
  /**
   * Wraps goal texts in the label font (theme.fontSize.label, normal weight) at a width and line limit:
   * one function per width and limit, memoised by row index (the rows are the same in every build).
   */
  readonly labels: (maxWidth: number, maxLines: number) => LabelWrapper;
  /** The printed value of a mean (null: no data) and its width, memoised. */
  readonly value: (value: number | null) => PrintedValue;
  /**
   * The change since the previous round printed after the value, " (+0,3)" (after a no-break space), and
   * its width in the normal value font; '' and 0 when the leaf has no previous mean or no value.
   * Memoised by the change.
   */
  readonly change: (leaf: GoalBarLeaf) => PrintedValue;
}

const NO_CHANGE: PrintedValue = { text: '', width: 0 };

/** Wraps the text of the row at `index` (remembered by index, checked against the text). */
export type LabelWrapper = (index: number, text: string) => WrappedText;

/** Text that wrapText would not change when it fits one line: words separated by single plain spaces. */
const NOT_PLAIN = /[\t\n\r\f\v\u2009\u200b]| {2}|^ | $/;

/**
 * wrapText, with a shortcut for the common short label: text of plain words that fits the line whole is
 * one line as it is (widths add up, so every prefix wrapText would try fits too).
 */
function wrapLabel(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
  locale: Locale,
): WrappedText {
  if (text && measureText(text, fontSize) <= maxWidth && !NOT_PLAIN.test(text)) {
    return { lines: [text], truncated: false };
  }
  return wrapText(text, { maxWidth, fontSize, maxLines, locale });
}

export function createGoalBarBuildCache(locale: Locale, theme: ChartTheme): GoalBarBuildCache {
  const fontSize = theme.fontSize.label;
  let order: {
    readonly data: GoalBarData;
    readonly options: OrderOptions;
    readonly entries: readonly GoalBarEntry[];
  } | null = null;
  const wrappers = new Map<string, LabelWrapper>();
  const values = new Map<number | null, PrintedValue>();
  const changes = new Map<number, PrintedValue>();
  const labelWrapper = (maxWidth: number, maxLines: number): LabelWrapper => {
    const texts: string[] = [];
    const wrapped: WrappedText[] = [];
    return (index, text) => {
      const known = wrapped[index];
      if (known && texts[index] === text) return known;
      const result = wrapLabel(text, maxWidth, fontSize, maxLines, locale);
      texts[index] = text;
      wrapped[index] = result;
      return result;
    };
  };
  return {
    entries: (data, options) => {
      if (order?.data !== data || order.options !== options) {
        order = { data, options, entries: orderGoalBarEntries(data, options) };
      }
      return order.entries;
    },
    labels: (maxWidth, maxLines) => {
      const key = `${maxWidth}|${maxLines}`;
      let wrapper = wrappers.get(key);
      if (!wrapper) {
        wrapper = labelWrapper(maxWidth, maxLines);
        wrappers.set(key, wrapper);
      }
      return wrapper;
    },
    value: (value) => {
      let printed = values.get(value);
      if (!printed) {
        const text = formatScoreOrNoData(value, locale);
        printed = { text, width: measureText(text, theme.fontSize.value, theme.fontWeight.bold) };
        values.set(value, printed);
      }
      return printed;
    },
    change: (leaf) => {
      const change = scoreChange(leaf);
      if (change === null) return NO_CHANGE;
      let printed = changes.get(change);
      if (!printed) {
        // A no-break space: kept by every renderer (resvg drops a tspan's leading plain space).
        const text = `\u00a0(${formatScoreChange(change, locale)})`;
        printed = { text, width: measureText(text, theme.fontSize.value, theme.fontWeight.normal) };
        changes.set(change, printed);
      }
      return printed;
    },
  };
}
