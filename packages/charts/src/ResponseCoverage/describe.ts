/**
 * ResponseCoverage's words, pure: headline, population notes, key finding, each tile's status text,
 * accessible name and tooltip, and the hidden table. All text from locale/, all numbers from locale/format.
 */
import { isValidPopulation } from '@yhdyspinta/data';
import type { Locale } from '@yhdyspinta/data';
import type { DataTableRow } from '../a11y/HiddenDataTable';
import { describeChart } from '../a11y/interactive';
import type { DescriptionOptions } from '../a11y/interactive';
import type { TooltipContent } from '../interaction/tooltipLayout';
import { formatList, formatNumber, formatPercent, formatRatio } from '../locale/format';
import { responseCoverageMessages } from '../locale/responseCoverage';
import type { NotAnsweredWording } from '../locale/responseCoverage';
import type { CoverageSummary } from './summary';
import type { ResponseCoverageItem } from './types';

/** "6/10". */
export function coverageCount(summary: CoverageSummary, locale: Locale): string {
  return formatRatio(summary.answered, summary.total, locale);
}

/** "6/10 kuntaa vastasi". */
export function coverageHeadline(summary: CoverageSummary, locale: Locale): string {
  return responseCoverageMessages(locale).headline(coverageCount(summary, locale));
}

/**
 * A share as a whole percentage, with one or two decimals only where rounding would otherwise print
 * "0 %" for a share above 0 or "100 %" for one below 1.
 */
export function formatCoverageShare(share: number, locale: Locale): string {
  for (const digits of [0, 1, 2]) {
    const factor = 10 ** digits;
    const rounded = Math.round(share * 100 * factor) / factor;
    if ((share > 0 && rounded === 0) || (share < 1 && rounded === 100)) continue;
    return formatPercent(share, locale, digits);
  }
  return formatPercent(share, locale, 3);
}

function labelsOf(ids: readonly string[], items: readonly ResponseCoverageItem[]): string[] {
  const byId = new Map(items.map((item) => [item.id, item.label]));
  return ids.map((id) => byId.get(id) ?? id);
}

/**
 * The sentences about population, in order: the share of residents covered; the municipalities with no
 * population (left out of it); or, when a population is invalid, that no share was computed and whose.
 * Empty when no population is given.
 */
export function populationNotes(
  summary: CoverageSummary,
  items: readonly ResponseCoverageItem[],
  locale: Locale,
): string[] {
  const m = responseCoverageMessages(locale);
  if (summary.invalidPopulationIds.length > 0) {
    return [m.populationInvalid(formatList(labelsOf(summary.invalidPopulationIds, items), locale))];
  }
  const population = summary.population;
  if (!population) return [];
  const notes = [m.populationShare(formatCoverageShare(population.share, locale))];
  if (population.missingIds.length > 0) {
    notes.push(m.populationMissing(formatList(labelsOf(population.missingIds, items), locale)));
  }
  return notes;
}

/** "6/10 kuntaa vastasi; Espoo, Siuntio, Vihti ja Inkoo eivät vastanneet määräajassa." + population. */
export function responseCoverageKeyFinding(
  summary: CoverageSummary,
  items: readonly ResponseCoverageItem[],
  wording: NotAnsweredWording,
  locale: Locale,
): string {
  const finding = responseCoverageMessages(locale).keyFinding({
    count: coverageCount(summary, locale),
    missingCount: summary.missingIds.length,
    missingList: formatList(labelsOf(summary.missingIds, items), locale),
    wording,
  });
  return [finding, ...populationNotes(summary, items, locale)].join(' ');
}

/** The full description: the illustrative notice (if any), the key finding, the keyboard hint. */
export function responseCoverageDescription(
  summary: CoverageSummary,
  items: readonly ResponseCoverageItem[],
  locale: Locale,
  options: DescriptionOptions & { readonly wording: NotAnsweredWording },
): string {
  return describeChart(locale, options, () =>
    responseCoverageKeyFinding(summary, items, options.wording, locale),
  );
}

/** "Vastasi" / "Ei vastausta määräajassa". */
export function statusText(answered: boolean, wording: NotAnsweredWording, locale: Locale): string {
  const m = responseCoverageMessages(locale);
  return answered ? m.answered : m.notAnswered[wording];
}

/**
 * The population as shown on a tile: "12 345 asukasta"; when populations are in use (`withPopulation`)
 * but this one is missing or invalid, "Asukasluku puuttuu" / "Virheellinen asukasluku"; otherwise null.
 */
export function populationText(
  item: ResponseCoverageItem,
  locale: Locale,
  withPopulation: boolean,
): string | null {
  const m = responseCoverageMessages(locale);
  if (isValidPopulation(item.population)) {
    return m.populationValue(formatNumber(item.population, locale));
  }
  if (!withPopulation) return null;
  return item.population === undefined ? m.populationUnknown : m.populationNotValid;
}

/** True when any item has a population: tiles, tooltips and table then show the population of each. */
export function hasPopulation(items: readonly ResponseCoverageItem[]): boolean {
  return items.some((item) => item.population !== undefined);
}

/** A tile's accessible name: "Espoo: Ei vastausta määräajassa", plus ", 12 345 asukasta" if given. */
export function tileName(
  item: ResponseCoverageItem,
  wording: NotAnsweredWording,
  locale: Locale,
  withPopulation: boolean,
): string {
  const population = populationText(item, locale, withPopulation);
  const status = statusText(item.answered, wording, locale);
  return `${item.label}: ${status}${population ? `, ${population}` : ''}`;
}

/** Tooltip: the full name, the status and the population (if one is given). */
export function tileTooltip(
  item: ResponseCoverageItem,
  wording: NotAnsweredWording,
  locale: Locale,
  withPopulation: boolean,
): TooltipContent {
  const m = responseCoverageMessages(locale);
  const population = withPopulation
    ? [{ label: m.populationColumn, value: populationCell(item, locale) }]
    : [];
  return {
    title: item.label,
    rows: [
      { label: m.statusColumn, value: statusText(item.answered, wording, locale) },
      ...population,
    ],
  };
}

/** The population as a value: "12 345", or "Asukasluku puuttuu" / "Virheellinen asukasluku". */
function populationCell(item: ResponseCoverageItem, locale: Locale): string {
  const m = responseCoverageMessages(locale);
  if (isValidPopulation(item.population)) return formatNumber(item.population, locale);
  return item.population === undefined ? m.populationUnknown : m.populationNotValid;
}

/** The hidden table, in display order; the population column only when some population is given. */
export function responseCoverageTable(
  items: readonly ResponseCoverageItem[],
  wording: NotAnsweredWording,
  locale: Locale,
): { columns: string[]; rows: DataTableRow[] } {
  const m = responseCoverageMessages(locale);
  const withPopulation = hasPopulation(items);
  return {
    columns: [
      m.municipalityColumn,
      m.statusColumn,
      ...(withPopulation ? [m.populationColumn] : []),
    ],
    rows: items.map((item) => ({
      key: item.id,
      header: item.label,
      cells: [
        statusText(item.answered, wording, locale),
        ...(withPopulation ? [populationCell(item, locale)] : []),
      ],
    })),
  };
}
