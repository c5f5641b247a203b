/**
 * Properties of @yhdyspinta/data's pure functions on arbitrary input: coverage, consistency, rounding,
 * number formatting, rating statistics, aggregation and municipality look-ups never throw, and their
 * results keep their invariants (counts add up, shares within 0–1, no NaN where a number is promised,
 * formatted numbers read back to the value, prototype names are never municipalities).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregate,
  checkConsistency,
  coverageOf,
  findMunicipality,
  formatCount,
  formatScore,
  formatShare,
  isMunicipalityId,
  MISSING_VALUE,
  MUNICIPALITY_IDS,
  municipalityById,
  roundToOneDecimal,
  summarizeRatings,
  survey2024,
} from '@yhdyspinta/data';
import type { Rating, RawResponse, Survey } from '@yhdyspinta/data';
import { anyValue, locale, PROTO_IDS, runs } from './support/arbitraries';
import { ITEM_IDS } from './support/responsesModel';

const municipalityId = fc.constantFrom(...MUNICIPALITY_IDS);
const rating = fc.oneof(fc.constantFrom<Rating>(1, 2, 3, 4, 5), fc.constant(null));
const response: fc.Arbitrary<RawResponse> = fc.record({
  municipalityId,
  itemId: fc.oneof(
    fc.constantFrom(...ITEM_IDS),
    fc.constantFrom('extra-1', 'toString', '__proto__'),
  ),
  rating,
});

/** Reads a formatted number back: fi/sv "1 000,5" (no-break spaces), en "1,000.5"; ASCII minus. */
const readBack = (text: string, loc: string) =>
  Number(
    loc === 'en' ? text.replace(/,/g, '') : text.replace(/[\s\u00A0\u202F]/g, '').replace(',', '.'),
  );

describe('coverageOf', () => {
  const survey = fc
    .record({
      responses: fc.array(fc.record({ municipalityId, answered: fc.boolean() }), { maxLength: 14 }),
      populations: fc.option(
        fc.dictionary(municipalityId, fc.oneof(fc.nat({ max: 400_000 }), anyValue), {
          maxKeys: 10,
        }),
        { nil: undefined },
      ),
    })
    .map(({ responses, populations }) => ({
      survey: {
        ...survey2024,
        responses: responses.map((r) => ({ ...r, source: survey2024.responses[0]!.source })),
      } as Survey,
      populations: populations as Partial<Record<string, number>> | undefined,
    }));

  it('counts each municipality once; shares stay within 0–1; bad populations are named', () => {
    fc.assert(
      fc.property(survey, ({ survey: s, populations }) => {
        const c = coverageOf(s, populations ? { populations } : {});
        const distinct = new Set(s.responses.map((r) => r.municipalityId));
        expect(c.total).toBe(distinct.size);
        expect(c.answered + c.missingIds.length).toBe(c.total);
        expect(new Set([...c.answeredIds, ...c.missingIds]).size).toBe(c.total);
        if (c.total === 0) expect(c.share).toBeNaN();
        else expect(c.share).toBeGreaterThanOrEqual(0);
        if (c.total > 0) expect(c.share).toBeLessThanOrEqual(1);
        if (c.population) {
          expect(c.invalidPopulationIds).toEqual([]);
          expect(c.population.share).toBeGreaterThanOrEqual(0);
          expect(c.population.share).toBeLessThanOrEqual(1);
          expect(c.population.covered).toBeLessThanOrEqual(c.population.total);
        }
        for (const id of c.invalidPopulationIds) {
          const v = populations?.[id];
          expect(typeof v === 'number' && Number.isFinite(v) && v >= 0).toBe(false);
        }
      }),
      runs(200),
    );
  });

  it('never throws on a survey of the wrong shape', () => {
    const junk = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.record({ responses: fc.constantFrom([], null, undefined) }),
    );
    fc.assert(
      fc.property(junk, (s) => {
        expect(coverageOf(s as unknown as Survey).total).toBe(0);
      }),
      runs(20),
    );
  });
});

describe('checkConsistency', () => {
  const goal = fc.record({
    id: fc.string(),
    mean: fc.oneof(fc.record({ value: anyValue }), fc.constantFrom(undefined, null)),
    subGoals: fc.oneof(
      fc.array(fc.record({ mean: fc.record({ value: anyValue }) }), { maxLength: 5 }),
      fc.constantFrom(undefined, null),
    ),
    printedSubGoalCount: anyValue,
    detailMean: fc.oneof(fc.record({ value: anyValue }), fc.constantFrom(undefined, null)),
  });

  it('never throws; a goal is invalid exactly when a mean is not a finite number', () => {
    fc.assert(
      fc.property(fc.array(goal, { maxLength: 6 }), (goals) => {
        const result = checkConsistency({ ...survey2024, goals } as unknown as Survey);
        expect(result).toHaveLength(goals.length);
        result.forEach((r, k) => {
          const g = goals[k]!;
          const subs = Array.isArray(g.subGoals) ? g.subGoals : [];
          const finite = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
          if (subs.length === 0) expect(r.status).toBe('no-sub-goals');
          else if (!finite(g.mean?.value) || !subs.every((s) => finite(s.mean.value)))
            expect(r.status).toBe('invalid');
          else {
            expect(['consistent', 'inconsistent']).toContain(r.status);
            expect(Number.isFinite(r.difference)).toBe(true);
          }
        });
      }),
      runs(200),
    );
  });

  it('the shipped survey is consistent', () => {
    expect(
      checkConsistency(survey2024).every(
        (r) => r.status !== 'invalid' && r.status !== 'inconsistent',
      ),
    ).toBe(true);
  });
});

describe('rounding and formatting', () => {
  const finite = fc.double({ min: -1e9, max: 1e9, noNaN: true });

  it('roundToOneDecimal is within 0,05 and symmetric around zero', () => {
    fc.assert(
      fc.property(finite, (x) => {
        const r = roundToOneDecimal(x);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.05 + 1e-6 * Math.max(1, Math.abs(x)));
        expect(roundToOneDecimal(-x) + 0).toBe(-r + 0); // (+ 0: -0 and 0 are the same here)
      }),
      runs(300),
    );
  });

  it('formatScore, formatShare and formatCount never throw; numbers read back; no U+2212 minus', () => {
    fc.assert(
      fc.property(fc.oneof(anyValue, finite), fc.oneof(anyValue, fc.nat()), locale, (x, y, loc) => {
        const score = formatScore(x as number, loc);
        const share = formatShare(x as number, loc, y as number);
        const count = formatCount(x as number, y as number, loc);
        for (const text of [score, share, count]) {
          expect(typeof text).toBe('string');
          expect(text).not.toContain('\u2212');
          expect(text).not.toMatch(/NaN|Infinity/);
        }
        if (typeof x === 'number' && Number.isFinite(x)) {
          expect(Math.abs(readBack(score, loc) - x)).toBeLessThanOrEqual(0.05 + 1e-9 * Math.abs(x));
          expect(score).toMatch(loc === 'en' ? /\.\d$/ : /,\d$/);
        } else {
          expect(score).toBe(MISSING_VALUE);
        }
      }),
      runs(300),
    );
  });
});

describe('rating statistics and aggregation', () => {
  it('summarizeRatings: counts add up, mean and median stay on the scale', () => {
    fc.assert(
      fc.property(fc.array(rating, { maxLength: 60 }), (ratings) => {
        const s = summarizeRatings(ratings);
        expect(s.n + s.noAnswer).toBe(ratings.length);
        expect(s.distribution.reduce((a, b) => a + b, 0)).toBe(s.n);
        if (s.n === 0) expect([s.mean, s.median]).toEqual([null, null]);
        else {
          for (const v of [s.mean!, s.median!]) {
            expect(v).toBeGreaterThanOrEqual(1);
            expect(v).toBeLessThanOrEqual(5);
          }
        }
      }),
      runs(200),
    );
  });

  it('aggregate: every response counted once, municipalities split cleanly, means on the scale', () => {
    fc.assert(
      fc.property(fc.array(response, { maxLength: 80 }), (responses) => {
        const a = aggregate(responses);
        const counted = a.items.reduce((sum, item) => sum + item.n + item.noAnswer, 0);
        expect(counted).toBe(responses.length);
        const { answered, onlyNoAnswers } = a.municipalities;
        expect(answered.filter((id) => onlyNoAnswers.includes(id))).toEqual([]);
        expect(new Set([...answered, ...onlyNoAnswers])).toEqual(
          new Set(responses.map((r) => r.municipalityId)),
        );
        for (const goal of a.goals) {
          if (goal.mean === null) expect(goal.itemsRated).toBe(0);
          else {
            expect(goal.mean).toBeGreaterThanOrEqual(1);
            expect(goal.mean).toBeLessThanOrEqual(5);
          }
        }
      }),
      runs(150),
    );
  });
});

describe('municipality look-ups', () => {
  it('never throw, and prototype names or odd strings are never municipalities', () => {
    const text = fc.oneof(
      fc.constantFrom(...PROTO_IDS),
      fc.string({ unit: 'binary', maxLength: 20 }),
    );
    fc.assert(
      fc.property(text, (s) => {
        const found = findMunicipality(s);
        if (found) expect(MUNICIPALITY_IDS).toContain(found.id);
        if (PROTO_IDS.includes(s)) {
          expect([found, municipalityById(s), isMunicipalityId(s)]).toEqual([
            undefined,
            undefined,
            false,
          ]);
        }
      }),
      runs(200),
    );
    for (const junk of [null, undefined, 42, {}, ['espoo']]) {
      expect(findMunicipality(junk as unknown as string)).toBeUndefined();
      expect(isMunicipalityId(junk)).toBe(false);
    }
  });
});
