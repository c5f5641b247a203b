/**
 * Pure statistics of a set of 1–5 ratings with no-answers (null).
 */
import type { Rating } from '../types';
import type { RatingSummary } from './types';

type Distribution = [number, number, number, number, number];

/** n, no-answers, mean, median and the 1–5 distribution. Mean and median are null (never NaN) at n = 0. */
export function summarizeRatings(ratings: readonly (Rating | null)[]): RatingSummary {
  const distribution: Distribution = [0, 0, 0, 0, 0];
  let noAnswer = 0;
  let sum = 0;
  for (const rating of ratings) {
    if (rating === null) {
      noAnswer += 1;
      continue;
    }
    if (!Number.isInteger(rating) || rating < 1 || rating > 5) {
      throw new RangeError(`A rating must be a whole number 1–5, got ${String(rating)}.`);
    }
    distribution[rating - 1] = (distribution[rating - 1] ?? 0) + 1;
    sum += rating;
  }
  const n = ratings.length - noAnswer;
  return {
    n,
    noAnswer,
    mean: n === 0 ? null : sum / n,
    median: medianOfDistribution(distribution, n),
    distribution,
  };
}

/** The k-th (0-based) rating in ascending order, read off the distribution. */
function nthRating(distribution: Distribution, k: number): number {
  let seen = 0;
  for (let value = 1; value <= 5; value += 1) {
    seen += distribution[value - 1] ?? 0;
    if (k < seen) return value;
  }
  return 5;
}

/** Median; for an even n the mean of the two middle ratings. */
function medianOfDistribution(distribution: Distribution, n: number): number | null {
  if (n === 0) return null;
  const upper = nthRating(distribution, Math.floor(n / 2));
  return n % 2 === 1 ? upper : (nthRating(distribution, n / 2 - 1) + upper) / 2;
}

/** Unweighted mean of the given numbers; null for none. */
export function meanOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((total, value) => total + value, 0) / values.length;
}
