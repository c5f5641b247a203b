// ResponseCoverage through the public entry: populations (ILLUSTRATIVE values, made up: the sources give
// none; caller-supplied) and odd maxLabelLines found by the property tests. Response statuses as printed
// in 003_ae88570eab8abfd8.txt.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { coverageOf, survey2024 } from '@yhdyspinta/data';
import type { Locale, Survey } from '@yhdyspinta/data';
import { responseCoverageFromSurvey, summarizeCoverage } from '@yhdyspinta/charts';
import type { ResponseCoverageItem, ResponseCoverageLayout } from '@yhdyspinta/charts';

import { ILLUSTRATIVE_POPULATIONS, layout, expectSound } from './support/coverageLayout';

describe('populations (illustrative values, caller-supplied)', () => {
  const withPopulations = (
    populations: Record<string, number | undefined>,
    locale: Locale = 'fi',
  ) =>
    layout(600, {
      locale,
      data: responseCoverageFromSurvey(survey2024, locale, populations),
    });

  it('states the share of residents covered, as coverageOf computes it', () => {
    const l = withPopulations(ILLUSTRATIVE_POPULATIONS);
    const expected = coverageOf(survey2024, { populations: ILLUSTRATIVE_POPULATIONS }).population;
    expect(l.summary.population?.share).toBeCloseTo(expected?.share ?? NaN, 12);
    // (10000 + 40000 + 8500 + 46000 + 8000 + 27000) / 480000 = 0.290625
    expect(l.notes.map((n) => n.lines.join(' '))).toEqual([
      'Vastanneissa kunnissa asuu 29\u00a0% alueen asukkaista.',
    ]);
    expect(l.tiles[0]?.population?.lines.join(' ')).toBe('300\u00a0000 asukasta');
    expectSound(l);
  });

  it('names municipalities without a population and leaves them out of the share', () => {
    const l = withPopulations({ ...ILLUSTRATIVE_POPULATIONS, espoo: undefined, vihti: undefined });
    expect(l.notes.map((n) => n.lines.join(' '))).toEqual([
      'Vastanneissa kunnissa asuu 92\u00a0% alueen asukkaista.',
      'Asukasluku puuttuu: Espoo ja Vihti (ei mukana osuudessa).',
    ]);
    expect(l.tiles[0]?.population?.lines.join(' ')).toBe('Asukasluku puuttuu');
  });

  it('computes no share when a population is invalid, and says whose', () => {
    const sv = withPopulations({ ...ILLUSTRATIVE_POPULATIONS, espoo: -5, lohja: Number.NaN }, 'sv');
    expect(sv.summary.population).toBeUndefined();
    expect(sv.notes.map((n) => n.lines.join(' '))).toEqual([
      'Andelen invånare beräknades inte eftersom invånarantalet är felaktigt: Esbo och Lojo.',
    ]);
    expect(sv.tiles[0]?.population?.lines.join(' ')).toBe('Felaktigt invånarantal');
  });

  it('agrees with coverageOf on missing and invalid populations for any input', () => {
    const value = fc.oneof(
      fc.constant(undefined),
      fc.integer({ min: 0, max: 400000 }),
      fc.constantFrom(-1, Number.NaN, Number.POSITIVE_INFINITY),
    );
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 10, maxLength: 10 }),
        fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
        (values, answered) => {
          const ids = survey2024.responses.map((r) => r.municipalityId);
          const survey: Survey = {
            ...survey2024,
            responses: survey2024.responses.map((r, i) => ({ ...r, answered: answered[i]! })),
          };
          const populations = Object.fromEntries(ids.map((id, i) => [id, values[i]]));
          const expected = coverageOf(survey, { populations });
          const got = summarizeCoverage(responseCoverageFromSurvey(survey, 'fi', populations));
          expect(got.answeredIds).toEqual(expected.answeredIds);
          expect(got.missingIds).toEqual(expected.missingIds);
          expect(got.invalidPopulationIds).toEqual(expected.invalidPopulationIds);
          expect(got.population?.share).toEqual(expected.population?.share);
          expect(got.population?.missingIds).toEqual(expected.population?.missingPopulationIds);
        },
      ),
      { numRuns: 80, seed: 6112024 },
    );
  });
});

describe('computeResponseCoverageLayout: odd maxLabelLines (found by the property tests)', () => {
  const long: ResponseCoverageItem[] = Array.from({ length: 4 }, (_, i) => ({
    id: `m${i}`,
    label: `Kunta ${i} ${'jonka nimi on hyvin pitkä ja jatkuu usealle riville '.repeat(4)}`,
    answered: i % 2 === 0,
  }));
  const names = (l: ResponseCoverageLayout) => l.tiles.map((t) => t.name.lines);

  it('treats NaN, 0 and negatives as the default 5', () => {
    const byDefault = layout(400, { data: long });
    for (const odd of [Number.NaN, 0, -1, Number.NEGATIVE_INFINITY]) {
      const l = layout(400, { data: long, options: { maxLabelLines: odd } });
      expect(l.maxLabelLines, String(odd)).toBe(5);
      expect(names(l), String(odd)).toEqual(names(byDefault));
    }
  });

  it('finishes on 1e6 and Infinity with a fixed height (it once tried every limit down to 1 and hung)', () => {
    for (const huge of [1e6, Number.POSITIVE_INFINITY]) {
      for (const height of [100, 300, 2000]) {
        const start = performance.now();
        const l = layout(400, { data: long, height, options: { maxLabelLines: huge } });
        expect(performance.now() - start).toBeLessThan(1000);
        const capped = layout(400, { data: long, height, options: { maxLabelLines: 20 } });
        expect(l.maxLabelLines).toBe(capped.maxLabelLines);
        expect(names(l)).toEqual(names(capped));
        expect(l.overflow).toBe(capped.overflow);
      }
    }
    // The example from the report: the shipped data in a 100 px high chart.
    const tiny = layout(800, { height: 100, options: { maxLabelLines: 1e6 } });
    expect(tiny.overflow).toBe(true);
    expect(tiny.maxLabelLines).toBe(20);
    expect(tiny.fit?.pages).toEqual([]);
  });
});
