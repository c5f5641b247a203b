// The layout checker's text rules (tests/layout/support/text.ts): word breaks without a hyphen, joining a
// wrapped label's lines, label normalisation, value texts.
import { describe, expect, it } from 'vitest';
import {
  isTruncated,
  isValueText,
  joinLines,
  normalizeLabel,
  unhyphenatedBreaks,
  wordSet,
} from './support/text';

const words = wordSet([
  'Säkerhetskommunikationen och gemensamma övningar i kriskommunikation',
  'Hyvinvointialue ja kunnat kehittävät yhdessä hyvinvointisuunnitelman toimeenpanoa',
]);

describe('unhyphenatedBreaks', () => {
  it('finds a word split over two lines without a hyphen', () => {
    expect(unhyphenatedBreaks(['Säkerhetskommunikatio', 'nen och gemensamma'], words)).toEqual([
      'säkerhetskommunikationen',
    ]);
    // The trailing space TextLines writes after every line but the last does not hide it.
    expect(unhyphenatedBreaks(['Säkerhetskommunikatio ', 'nen'], words)).toHaveLength(1);
  });

  it('does not count breaks between words, at a hyphen, or before a capital', () => {
    expect(
      unhyphenatedBreaks(['Hyvinvointialue ja kunnat kehittävät yhdessä', 'hyvinvointi…'], words),
    ).toEqual([]);
    expect(unhyphenatedBreaks(['Säkerhets-', 'kommunikationen'], words)).toEqual([]);
    expect(unhyphenatedBreaks(['Säkerhetskommunikatio', 'Nen'], words)).toEqual([]);
    // Pieces that join into no word of the full text are two words.
    expect(unhyphenatedBreaks(['och', 'övningar'], words)).toEqual([]);
  });

  it('counts every broken word of a long label', () => {
    const lines = ['Hyvinvointialue ja kun', 'nat kehittävät yh', 'dessä'];
    expect(unhyphenatedBreaks(lines, words)).toEqual(['kunnat', 'yhdessä']);
  });
});

describe('joinLines', () => {
  it('joins lines with a space, a syllable break without its hyphen, a broken word without a space', () => {
    expect(joinLines(['Hyvinvointialue ja', 'kunnat'], words)).toBe('Hyvinvointialue ja kunnat');
    expect(joinLines(['Säkerhets-', 'kommunikationen och'], words)).toBe(
      'Säkerhetskommunikationen och',
    );
    expect(joinLines(['Säkerhetskommunikatio', 'nen'], words)).toBe('Säkerhetskommunikationen');
    // A real hyphen of a compound ("sosiaali- ja") stays.
    expect(joinLines(['sosiaali-', 'ja terveys'], words)).toBe('sosiaali- ja terveys');
  });
});

describe('normalizeLabel, isTruncated, isValueText', () => {
  it('compares labels without case, extra spaces, soft hyphens or a final ellipsis', () => {
    expect(normalizeLabel('  Hyvinvointialue  ja kunnat…')).toBe('hyvinvointialue ja kunnat');
    expect(normalizeLabel('Säker\u00ADhets...')).toBe('säkerhets');
    expect(isTruncated('Hyvinvointialue ja…')).toBe(true);
    expect(isTruncated('Hyvinvointialue ja')).toBe(false);
  });

  it('knows printed numbers from words', () => {
    for (const v of ['3', '2,7', '4.5', '48', '1 234', '12 %', '−1,5'])
      expect(isValueText(v)).toBe(true);
    for (const v of ['ei tietoa', '3 kirjausta', 'n = 6/10', ''])
      expect(isValueText(v)).toBe(false);
  });
});

describe('joinLines with compound hyphens', () => {
  it('keeps a compound’s own hyphen without a space', () => {
    const w = wordSet(['Keski-Pohjanmaan sosiaali- ja terveyspalvelujen kuntayhtymä']);
    expect(joinLines(['Keski-', 'Pohjanmaan', 'sosiaali- ja', 'terveyspalvelu…'], w)).toBe(
      'Keski-Pohjanmaan sosiaali- ja terveyspalvelu…',
    );
  });
});
