/**
 * Response coverage of a survey: how many municipalities answered ("n = 6/10") and, if the caller supplies
 * populations, what share of the population they cover. The package ships no population figures: they are
 * not in the sources.
 */
import type { MunicipalityId, Survey } from './types';

export interface CoverageOptions {
  /** Population per municipality, supplied by the caller (with its own source). */
  readonly populations?: Partial<Record<MunicipalityId, number>>;
}

export interface PopulationCoverage {
  /** Sum of the populations of the municipalities that answered (those with a population given). */
  readonly covered: number;
  /** Sum of the populations of all the survey's municipalities that have a population given. */
  readonly total: number;
  /** covered / total, 0–1. */
  readonly share: number;
  /** The survey's municipalities for which no population was given (excluded from both sums). */
  readonly missingPopulationIds: readonly MunicipalityId[];
}

/**
 * Who answered, as a count and by id, and whose population could not be used: coverageOf's, and the same
 * for other ids (ResponseCoverage's summary of its generic data).
 */
export interface CoverageCounts<Id extends string = MunicipalityId> {
  readonly answered: number;
  readonly total: number;
  readonly answeredIds: readonly Id[];
  readonly missingIds: readonly Id[];
  /** Ids whose given population is not a finite number ≥ 0 (then the population share is absent). */
  readonly invalidPopulationIds: readonly Id[];
}

export interface Coverage extends CoverageCounts {
  /** answered / total, 0–1; NaN when the survey lists no municipality. */
  readonly share: number;
  /** Present only when populations were given, all given values are valid and their total is above 0. */
  readonly population?: PopulationCoverage;
}

/** A usable population: a finite number ≥ 0 (coverageOf's rule, and ResponseCoverage's). */
export function isValidPopulation(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/**
 * Coverage of `survey`'s responses, in the order of `survey.responses` (a municipality listed twice counts
 * once, by its first entry). Never throws. With `options.populations`:
 * - a population that is negative, NaN, infinite or not a number makes the population coverage unreliable,
 *   so `population` is left out and the ids are listed in `invalidPopulationIds`;
 * - a municipality with no population given is excluded from both sums and listed in `missingPopulationIds`,
 *   so a caller can decide whether a partial figure is acceptable;
 * - if no population is given for any municipality of the survey (total 0), `population` is left out.
 */
export function coverageOf(survey: Survey, options: CoverageOptions = {}): Coverage {
  const seen = new Set<MunicipalityId>();
  const answeredIds: MunicipalityId[] = [];
  const missingIds: MunicipalityId[] = [];
  for (const r of survey?.responses ?? []) {
    if (seen.has(r.municipalityId)) continue;
    seen.add(r.municipalityId);
    (r.answered ? answeredIds : missingIds).push(r.municipalityId);
  }
  const total = seen.size;
  const base = {
    answered: answeredIds.length,
    total,
    share: total > 0 ? answeredIds.length / total : Number.NaN,
    answeredIds,
    missingIds,
  };
  const populations = options?.populations;
  if (!populations) return { ...base, invalidPopulationIds: [] };

  const answeredSet = new Set(answeredIds);
  const invalidPopulationIds: MunicipalityId[] = [];
  const missingPopulationIds: MunicipalityId[] = [];
  let covered = 0;
  let popTotal = 0;
  for (const id of seen) {
    const value: unknown = populations[id];
    if (value === undefined) missingPopulationIds.push(id);
    else if (!isValidPopulation(value)) invalidPopulationIds.push(id);
    else {
      popTotal += value;
      if (answeredSet.has(id)) covered += value;
    }
  }
  if (invalidPopulationIds.length > 0 || popTotal <= 0) return { ...base, invalidPopulationIds };
  return {
    ...base,
    population: { covered, total: popTotal, share: covered / popTotal, missingPopulationIds },
    invalidPopulationIds,
  };
}
