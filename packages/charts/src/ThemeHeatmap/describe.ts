/**
 * What ThemeHeatmap says in words, pure: formatted values, cell names, header notes, legend labels and
 * the key finding. The hidden table is in table.ts, the tooltip's content in tooltip.ts.
 */
import type { Locale } from '@yhdyspinta/data';
import { scaleWords } from '../common/chartScale';
import type { SwatchLegendItem } from '../common/swatchLegendLayout';
import {
  formatBase,
  formatNumber,
  formatScore,
  formatScoreWithLevel,
  formatValue,
} from '../locale/format';
import { commonMessages } from '../locale/common';
import { themeHeatmapMessages } from '../locale/themeHeatmap';
import type { HeatmapFinding } from '../locale/themeHeatmap';
import type { ColorBands } from './colorBands';
import type { HeatmapFrame } from './layoutTypes';
import type { HeatmapAxisItem, HeatmapData } from './types';

/** A value as printed in a cell: "3" (count) or "2,7" (rating); memoised per distinct value. */
export function valueFormatter(data: HeatmapData, locale: Locale): (value: number) => string {
  const cache = new Map<number, string>();
  return (value) => {
    let text = cache.get(value);
    if (text === undefined) {
      text = data.kind === 'rating' ? formatScore(value, locale) : formatValue(value, locale);
      cache.set(value, text);
    }
    return text;
  };
}

/** A value in words: "3 kirjausta", "2,7 (Kohtalaisesti)" (the data's own scale word), or "ei tietoa". */
export function valueText(data: HeatmapData, value: number | null, locale: Locale): string {
  if (value === null) return commonMessages(locale).noData;
  if (data.kind === 'rating') {
    return formatScoreWithLevel(value, locale, scaleWords(data.scale, locale));
  }
  const number = formatValue(value, locale);
  return data.unit ? `${number} ${value === 1 ? data.unit.one : data.unit.other}` : number;
}

/** The cell's accessible name: "Espoo, Työllisyyden hoito: 3 kirjausta". */
export function cellName(data: HeatmapData, row: number, column: number, locale: Locale): string {
  return themeHeatmapMessages(locale).cellName(
    data.rows[row]?.label ?? '',
    data.columns[column]?.label ?? '',
    valueText(data, data.values[row]?.[column] ?? null, locale),
  );
}

export function valueLabel(data: HeatmapData, locale: Locale): string {
  const m = { common: commonMessages(locale), themeHeatmap: themeHeatmapMessages(locale) };
  if (data.valueLabel) return data.valueLabel;
  return data.kind === 'rating' ? m.common.tooltip.level : m.themeHeatmap.countLegendTitle;
}

/** Notes under the title: the data's notes, then its base ("n = 6/10 kuntaa"). */
export function headerNotes(data: HeatmapData, locale: Locale, illustrative: boolean): string[] {
  const notes = [...(data.notes ?? [])];
  if (data.base) notes.push(formatBase(data.base.answered, data.base.total, locale));
  if (illustrative) notes.unshift(commonMessages(locale).illustrativeData);
  return notes;
}

/** Legend entries: each band ("0", "1–2", … or "3 Kohtalaisesti (keskikohta)"), then "ei tietoa". */
export function legendItems(
  data: HeatmapData,
  bands: ColorBands,
  locale: Locale,
  missingFill: string,
  hasMissing: boolean,
): SwatchLegendItem[] {
  const m = { common: commonMessages(locale), themeHeatmap: themeHeatmapMessages(locale) };
  const words = scaleWords(data.scale, locale);
  const items = bands.bands.map((band, i): SwatchLegendItem => {
    let label: string;
    if (data.kind === 'rating') {
      const level = band.min as 1 | 2 | 3 | 4 | 5;
      const suffix = level === 3 ? ` ${m.themeHeatmap.neutralSuffix}` : '';
      label = `${formatNumber(level, locale)} ${words[level]}${suffix}`;
    } else {
      label =
        band.min === band.max
          ? formatNumber(band.min, locale)
          : `${formatNumber(band.min, locale)}–${formatNumber(band.max, locale)}`;
    }
    return { key: `band-${i}`, label, fill: band.color };
  });
  if (hasMissing) items.push({ key: 'missing', label: m.common.noData, fill: missingFill });
  return items;
}

interface Extreme {
  value: number;
  cells: [number, number][];
}

/** `label` without a closing full stop (a goal's sentence). */
const unstopped = (label = '') => label.replace(/\.$/, '');

function finding(data: HeatmapData, e: Extreme, locale: Locale): HeatmapFinding {
  const shown = e.cells.slice(0, 3);
  return {
    value:
      data.kind === 'rating'
        ? formatScoreWithLevel(e.value, locale, scaleWords(data.scale, locale))
        : formatValue(e.value, locale),
    // "Goal text, Espoo": a label's own closing full stop would read ".," before the comma.
    labels: shown.map(
      ([r, c]) => `${unstopped(data.rows[r]?.label)}, ${unstopped(data.columns[c]?.label)}`,
    ),
    more: e.cells.length - shown.length,
  };
}

/** The generated description: size, highest and lowest cells (ties listed, up to three), missing cells. */
export function keyFinding(data: HeatmapData, locale: Locale): string {
  const high: Extreme = { value: -Infinity, cells: [] };
  const low: Extreme = { value: Infinity, cells: [] };
  let missing = 0;
  // Ratings compare as printed (one decimal), so cells shown with the same value count as ties.
  const key = (v: number) => (data.kind === 'rating' ? Math.round(v * 10) / 10 : v);
  for (let r = 0; r < data.values.length; r += 1) {
    const row = data.values[r] ?? [];
    for (let c = 0; c < row.length; c += 1) {
      const raw = row[c] ?? null;
      if (raw === null) {
        missing += 1;
        continue;
      }
      const v = key(raw);
      if (v > high.value) [high.value, high.cells] = [v, []];
      if (v === high.value) high.cells.push([r, c]);
      if (v < low.value) [low.value, low.cells] = [v, []];
      if (v === low.value) low.cells.push([r, c]);
    }
  }
  const total = data.rows.length * data.columns.length;
  const any = high.cells.length > 0;
  const sameExtremes = any && high.value === low.value;
  return themeHeatmapMessages(locale).keyFinding({
    rows: formatNumber(data.rows.length, locale),
    columns: formatNumber(data.columns.length, locale),
    highest: any ? finding(data, high, locale) : null,
    lowest: !any || sameExtremes ? null : finding(data, low, locale),
    missing: missing > 0 ? `${formatNumber(missing, locale)}/${formatNumber(total, locale)}` : null,
  });
}

/** "A, B ja C" in the locale. */
export function joinNames(names: readonly string[], locale: Locale): string {
  if (names.length <= 1) return names[0] ?? '';
  const and = themeHeatmapMessages(locale).and;
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1] ?? ''}`;
}

/**
 * The note under the grid naming the rows (or columns) left out for having no value: the data's own lead
 * for rows ("Ei muistiota 7 kunnalta: …") or the chart's ("Ei tietoa (7): …").
 */
export function emptyLinesNote(
  data: HeatmapData,
  items: readonly HeatmapAxisItem[],
  axis: 'rows' | 'columns',
  locale: Locale,
): string {
  // A goal's own closing full stop would read ".," before the comma.
  const names = joinNames(
    items.map((item) => unstopped(item.label)),
    locale,
  );
  if (axis === 'rows' && data.emptyRowsNote) return `${data.emptyRowsNote}: ${names}.`;
  return themeHeatmapMessages(locale).emptyLines(formatNumber(items.length, locale), names);
}

/** The note shown when the values do not fit the cells. */
export function valuesNote(locale: Locale): string {
  return themeHeatmapMessages(locale).valuesElsewhere;
}

/** The sentence on a transposed grid (rows are the data's columns), for the description. */
export function transposedNote(data: HeatmapData, locale: Locale): string {
  const m = themeHeatmapMessages(locale);
  // `data` is the drawn (transposed) data: its rows are the given columns.
  return m.transposed(data.rowsTitle ?? m.columnsTitle, data.columnsTitle ?? m.rowsTitle);
}

/**
 * The generated description: the header notes, the key finding of the grid as drawn (its rows and
 * columns, after any transposing and without the lines left out for having no value: "15 riviä × 3
 * saraketta" is what a reader of the picture and its table finds, not the given 10 × 15), then what the
 * picture changed: the grid transposed, rows or columns left out (named), values not printed.
 */
export function heatmapDescription(
  given: HeatmapData,
  layout: Pick<HeatmapFrame, 'data' | 'transposed' | 'notes'>,
  locale: Locale,
  illustrative = false,
): string {
  const sentence = (n: string) => (/[.!?]$/.test(n) ? n : `${n}.`);
  return [
    ...headerNotes(given, locale, illustrative).map(sentence),
    keyFinding(layout.data, locale),
    ...(layout.transposed ? [transposedNote(layout.data, locale)] : []),
    ...layout.notes.map((note) => note.text),
  ].join(' ');
}
