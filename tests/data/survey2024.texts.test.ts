// The 2024 survey: summary, quotes and translations.
// Every literal below is copied from shared/seeds/003_ae88570eab8abfd8.txt exactly as printed (see
// survey2024Support.ts).
import { describe, expect, it } from 'vitest';
import { LOCALES, survey2024 } from '@yhdyspinta/data';
import { FILE, goal } from './survey2024Support';

describe(`survey2024: summary and quotes (${FILE})`, () => {
  it('has the summary page conclusion', () => {
    expect(survey2024.summary.fi).toMatch(
      /^Vastaajakunnat arvioivat strategisissa yhteistyötavoitteissa etenemisen keskimäärin kohtalaiseksi tai heikoksi\./,
    );
    expect(survey2024.summary.fi).toMatch(
      /Heikoimmaksi arvioitiin edistyminen osallisuuden, lasten, nuorten ja perheiden palvelujen sekä vammaispalvelujen yhteistyötavoitteissa\.$/,
    );
    expect(survey2024.summary.source.file).toBe(FILE);
  });

  it('has the three open-answer quotes: Lohja, Karkkila, Kauniainen', () => {
    expect(survey2024.quotes.map((q) => q.municipalityId)).toEqual([
      'lohja',
      'karkkila',
      'kauniainen',
    ]);
    const [lohja, karkkila, kauniainen] = survey2024.quotes;
    expect(lohja?.text.fi).toMatch(/^Hyvinvointialueen sisäinen työ .* yhteiskehittämistä\.$/);
    expect(karkkila?.text.fi).toMatch(
      /^Hyvinvointialueen ja kuntien yhteistyössä .* kuntia täytyy kuulla\.$/,
    );
    expect(karkkila?.text.fi).toContain('karkkilalaisten asukkaiden palveluiden heikentämistä');
    expect(kauniainen?.text.fi.split('\n\n')).toHaveLength(8);
    expect(kauniainen?.text.fi).toContain('[toiveena asukasilta oman kunnan alueella] - -');
    for (const q of survey2024.quotes) {
      expect(q.source.file).toBe(FILE);
      expect(q.text.fi).not.toMatch(/[”“"]/);
    }
  });
});

describe('survey2024: translations', () => {
  const texts = [
    survey2024.title,
    survey2024.summary,
    ...survey2024.sections.flatMap((s) => [s.title, s.shortTitle]),
    ...survey2024.goals.flatMap((g) => [g.text, ...g.subGoals.map((s) => s.text)]),
    ...survey2024.quotes.map((q) => q.text),
    ...survey2024.scale.levels.map((l) => l.label),
  ];

  it('every text has non-empty sv and en, marked unofficial, and differs from the Finnish', () => {
    for (const t of texts) {
      for (const l of LOCALES) expect(t[l].trim().length).toBeGreaterThan(0);
      expect(t.unofficial).toEqual(['sv', 'en']);
      expect(t.sv).not.toBe(t.fi);
      expect(t.en).not.toBe(t.fi);
    }
  });

  it('uses the agreed terms', () => {
    expect(goal('rescue').subGoals[0]?.text.sv).toContain('Västra Nylands räddningsverk');
    expect(goal('ss-2').text.en).toContain('wellbeing services county');
    expect(goal('ss-2').text.sv).toContain('Välfärdsområdets');
  });
});
