/**
 * Coverage of generic ResponseCoverage data, with the same rules as @yhdyspinta/data's coverageOf (which
 * works on a Survey): a count "answered/total" and, when populations are given, the share of residents
 * living in the municipalities that answered. Pure; tested against coverageOf.
 */
import { isValidPopulation } from '@yhdyspinta/data';
import type { CoverageCounts } from '@yhdyspinta/data';
import type { ResponseCoverageItem } from './types';

export interface CoveragePopulationSummary {
  /** Sum of the populations of the municipalities that answered (those with a population). */
  readonly covered: number;
  /** Sum of all the populations given. */
  readonly total: number;
  /** covered / total, 0–1. */
  readonly share: number;
  /** Ids with no population (left out of both sums), in data order. */
  readonly missingIds: readonly string[];
}

export interface CoverageSummary extends CoverageCounts<string> {
  /** Present only when some population is given, all given ones are valid and their total is above 0. */
  readonly population?: CoveragePopulationSummary;
}

/**
 * The coverage of `items` (already validated: unique ids). As coverageOf: a missing population is
 * excluded from both sums and listed; any invalid population drops the population share; a total of 0
 * (no population given, or all 0) gives no share.
 */
export function summarizeCoverage(items: readonly ResponseCoverageItem[]): CoverageSummary {
  const answeredIds: string[] = [];
  const missingIds: string[] = [];
  const invalidPopulationIds: string[] = [];
  const missingPopulationIds: string[] = [];
  let covered = 0;
  let popTotal = 0;
  let anyPopulation = false;
  for (const item of items) {
    (item.answered ? answeredIds : missingIds).push(item.id);
    const value: unknown = item.population;
    if (value === undefined) {
      missingPopulationIds.push(item.id);
      continue;
    }
    anyPopulation = true;
    if (!isValidPopulation(value)) invalidPopulationIds.push(item.id);
    else {
      popTotal += value;
      if (item.answered) covered += value;
    }
  }
  const base = { answered: answeredIds.length, total: items.length, answeredIds, missingIds };
  if (!anyPopulation || invalidPopulationIds.length > 0 || popTotal <= 0) {
    return { ...base, invalidPopulationIds };
  }
  return {
    ...base,
    population: {
      covered,
      total: popTotal,
      share: covered / popTotal,
      missingIds: missingPopulationIds,
    },
    invalidPopulationIds,
  };
}
