import { describe, expect, it } from 'vitest';
import { coverageOf, formatCount, survey2024 } from '@yhdyspinta/data';
import type { MunicipalityId, Survey } from '@yhdyspinta/data';

// Response statuses as printed in 003_ae88570eab8abfd8.txt: "Kyllä" for Kauniainen, Kirkkonummi, Karkkila,
// Lohja, Hanko, Raasepori; "Ei vastausta määräajassa" for Espoo, Siuntio, Vihti, Inkoo.
describe('coverageOf survey2024 (003_ae88570eab8abfd8.txt: 6/10 answered)', () => {
  it('counts 6 of 10 without populations', () => {
    const c = coverageOf(survey2024);
    expect(c.answered).toBe(6);
    expect(c.total).toBe(10);
    expect(c.share).toBe(0.6);
    expect(c.answeredIds).toEqual([
      'kauniainen',
      'kirkkonummi',
      'karkkila',
      'lohja',
      'hanko',
      'raasepori',
    ]);
    expect(c.missingIds).toEqual(['espoo', 'siuntio', 'vihti', 'inkoo']);
    expect(c.population).toBeUndefined();
    expect(c.invalidPopulationIds).toEqual([]);
    expect(formatCount(c.answered, c.total, 'fi')).toBe('6/10');
  });

  // Hand-made round numbers: NOT real populations (the package ships none).
  const fake: Record<MunicipalityId, number> = {
    espoo: 1000,
    kauniainen: 100,
    kirkkonummi: 200,
    siuntio: 300,
    vihti: 400,
    karkkila: 500,
    lohja: 600,
    inkoo: 700,
    hanko: 800,
    raasepori: 900,
  };

  it('weights by caller-supplied populations', () => {
    const p = coverageOf(survey2024, { populations: fake }).population;
    // answered: 100 + 200 + 500 + 600 + 800 + 900 = 3100; all: 5500
    expect(p).toEqual({ covered: 3100, total: 5500, share: 3100 / 5500, missingPopulationIds: [] });
  });

  it('excludes and lists municipalities without a population', () => {
    const partial: Partial<Record<MunicipalityId, number>> = { ...fake };
    delete partial.espoo;
    delete partial.hanko;
    const p = coverageOf(survey2024, { populations: partial }).population;
    // answered without hanko: 100 + 200 + 500 + 600 + 900 = 2300; all without espoo and hanko: 3700
    expect(p?.covered).toBe(2300);
    expect(p?.total).toBe(3700);
    expect(p?.missingPopulationIds).toEqual(['espoo', 'hanko']);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])(
    'leaves population out and lists the id for an invalid value (%s)',
    (bad) => {
      const c = coverageOf(survey2024, { populations: { ...fake, vihti: bad } });
      expect(c.population).toBeUndefined();
      expect(c.invalidPopulationIds).toEqual(['vihti']);
      expect(c.answered).toBe(6);
    },
  );

  it('leaves population out when none is given for the survey’s municipalities', () => {
    const c = coverageOf(survey2024, { populations: {} });
    expect(c.population).toBeUndefined();
    expect(c.invalidPopulationIds).toEqual([]);
  });
});

describe('coverageOf edge cases', () => {
  it('gives NaN share for an empty survey and never throws', () => {
    const empty: Survey = { ...survey2024, responses: [] };
    const c = coverageOf(empty);
    expect([c.answered, c.total]).toEqual([0, 0]);
    expect(Number.isNaN(c.share)).toBe(true);
  });

  it('counts a municipality listed twice once', () => {
    const first = survey2024.responses[1];
    if (!first) throw new Error('fixture');
    const dup: Survey = { ...survey2024, responses: [...survey2024.responses, first] };
    expect(coverageOf(dup).total).toBe(10);
  });
});
