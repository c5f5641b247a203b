/**
 * The rule for several respondents per municipality: an item's mean is the mean of the municipalities'
 * means — each municipality's respondents are averaged first, then the municipalities are averaged, so
 * a municipality that sent five answers weighs as much as one that sent one. With one answer per
 * municipality this is the plain mean of the ratings.
 */
import type { RawResponse } from './types';

interface Sum {
  sum: number;
  n: number;
}

export interface MunicipalityMeans {
  add(response: RawResponse): void;
  /** The item's per-municipality means, in order of the municipalities' first rating of it. */
  means(itemId: string): readonly number[];
}

export function createMunicipalityMeans(): MunicipalityMeans {
  const byItem = new Map<string, Map<string, Sum>>();
  return {
    add(response) {
      if (response.rating === null) return;
      let byMunicipality = byItem.get(response.itemId);
      if (byMunicipality === undefined) {
        byMunicipality = new Map();
        byItem.set(response.itemId, byMunicipality);
      }
      const sum = byMunicipality.get(response.municipalityId);
      if (sum === undefined)
        byMunicipality.set(response.municipalityId, { sum: response.rating, n: 1 });
      else {
        sum.sum += response.rating;
        sum.n += 1;
      }
    },
    means(itemId) {
      return [...(byItem.get(itemId)?.values() ?? [])].map(({ sum, n }) => sum / n);
    },
  };
}
