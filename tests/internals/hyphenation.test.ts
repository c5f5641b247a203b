import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { measureText, wrapText } from '@yhdyspinta/charts';
import type { Locale } from '@yhdyspinta/data';
import {
  hyphenationFor,
  hyphenationPoints,
  MAX_HYPHENATED_LETTERS,
  registerHyphenation,
  syllableBreaks,
} from '../../packages/charts/src/text/hyphenation';
import type { HyphenationPatterns } from '../../packages/charts/src/text/hyphenation';
import {
  canLoadHyphenation,
  loadHyphenation,
} from '../../packages/charts/src/text/loadHyphenation';
import {
  registerSwedishHyphenation,
  SWEDISH_HYPHENATION,
} from '../../packages/charts/src/text/hyphenationSv';

// `hyphen` is the charts package's dependency: resolve it from there.
const require = createRequire(new URL('../../packages/charts/package.json', import.meta.url));
type Hyphenate = (text: string, options?: { hyphenChar?: string }) => string;
const FINNISH = hyphenationFor('fi') as HyphenationPatterns;
const SWEDISH = SWEDISH_HYPHENATION;
const reference = (locale: string) =>
  (require(`hyphen/${locale}/index.js`) as { hyphenateSync: Hyphenate }).hyphenateSync;

/** A word with "|" at its syllable points, as the patterns give them. */
function marked(word: string, patterns: HyphenationPatterns): string {
  const chars = [...word];
  const points = hyphenationPoints(chars, patterns);
  return chars.map((ch, i) => (points[i] ? `|${ch}` : ch)).join('');
}

const FINNISH_WORDS = [
  'Hyvinvointialue',
  'yhteistyökäytännöt',
  'maahanmuuttajien',
  'kotoutumisen',
  'sivistystoimen',
  'yhdyspintarakenteen',
  'Länsi-Uusimaan',
  'terveydenedistämisen',
  'lastensuojelupalveluiden',
  'Pelastuslaitos',
  'ikääntyneiden',
];
const SWEDISH_WORDS = [
  'Säkerhetskommunikationen',
  'välfärdsområdet',
  'räddningsväsendets',
  'samarbetsstrukturen',
  'Västra Nylands',
  'kommunikationsstrategi',
  'äldreomsorgen',
  'barnskyddstjänsterna',
];

describe('syllable breaks (Liang over hyphen patterns)', () => {
  it('finds the break points the hyphen package finds, in Finnish and Swedish', () => {
    for (const [words, patterns, locale] of [
      [FINNISH_WORDS, FINNISH, 'fi'],
      [SWEDISH_WORDS, SWEDISH, 'sv'],
    ] as const) {
      const hyphenate = reference(locale);
      for (const word of words) {
        expect(marked(word, patterns), word).toBe(hyphenate(word, { hyphenChar: '|' }));
      }
    }
  });

  it('breaks Swedish and Finnish compounds at syllables', () => {
    expect(marked('Säkerhetskommunikationen', SWEDISH)).toBe('Sä|ker|hets|kom|mu|ni|ka|tio|nen');
    expect(marked('yhteistyökäytännöt', FINNISH)).toBe('yh|teis|työ|käy|tän|nöt');
  });

  it('keeps two letters at either end and leaves short and overlong runs whole', () => {
    const word = [...'kommunikationen'];
    const breaks = syllableBreaks(word, SWEDISH);
    expect(breaks.length).toBeGreaterThan(0);
    for (const at of breaks) {
      expect(at).toBeGreaterThanOrEqual(2);
      expect(at).toBeLessThanOrEqual(word.length - 2);
    }
    expect(syllableBreaks([...'kala'], FINNISH)).toEqual([]);
    const long = [...'kala'.repeat(MAX_HYPHENATED_LETTERS)];
    expect(syllableBreaks(long, FINNISH)).toEqual([]);
    expect(syllableBreaks([...'kalakala'], FINNISH)).toEqual([2, 4, 6]);
  });

  it('hyphenates each run of letters of a word on its own, none without patterns', () => {
    expect(marked('2024-yhteistyökäytännöt', FINNISH)).toBe('2024-yh|teis|työ|käy|tän|nöt');
    expect(hyphenationPoints([...'yhteistyö'], undefined).some(Boolean)).toBe(false);
  });
});

const SV_WORD = 'Säkerhetskommunikationen';
const FI_WORD = 'lastensuojelupalveluiden';

/** The lines of a broken word, each checked: fits, and ends in a hyphen unless it is the last. */
function brokenWord(word: string, maxWidth: number, locale?: Locale): string[] {
  const { lines, truncated } = wrapText(word, { maxWidth, fontSize: 14, locale });
  expect(truncated).toBe(false);
  expect(lines.length).toBeGreaterThan(1);
  for (const line of lines.slice(0, -1)) expect(line.endsWith('-'), line).toBe(true);
  for (const line of lines) expect(measureText(line, 14), line).toBeLessThanOrEqual(maxWidth);
  expect(lines.map((line, i) => (i < lines.length - 1 ? line.slice(0, -1) : line)).join('')).toBe(
    word,
  );
  return lines;
}

describe('wrapText: overlong words', () => {
  it('breaks a Finnish word at narrow widths at syllables, each broken line ending in a hyphen', () => {
    for (const width of [50, 70, 90, 120]) {
      const lines = brokenWord(FI_WORD, width, 'fi');
      const points = new Set(syllableBreaks([...FI_WORD.toLowerCase()], FINNISH));
      let at = 0;
      for (const line of lines.slice(0, -1)) {
        at += [...line].length - 1;
        expect(points.has(at), `${width}: ${lines.join(' ')}`).toBe(true);
      }
    }
    const room = measureText('lastensuojelu-', 14) + 1;
    expect(wrapText(FI_WORD, { maxWidth: room, fontSize: 14, locale: 'fi' }).lines).toEqual([
      'lastensuojelu-',
      'palveluiden',
    ]);
  });

  it('breaks a Swedish word at syllables once the Swedish patterns are registered', () => {
    registerSwedishHyphenation();
    expect(wrapText(SV_WORD, { maxWidth: 120, fontSize: 14, locale: 'sv' }).lines).toEqual([
      'Säkerhetskom-',
      'munikationen',
    ]);
    for (const width of [40, 60, 80, 100, 150]) brokenWord(SV_WORD, width, 'sv');
  });

  it('without patterns (English, no locale) breaks between characters, still with a hyphen', () => {
    for (const locale of ['en', undefined] as const) {
      const lines = brokenWord(SV_WORD, 100, locale);
      expect(lines[0]).toBe(`${SV_WORD.slice(0, [...(lines[0] ?? '')].length - 1)}-`);
    }
  });

  it('without a syllable point, moves the character break back to a consonant before a vowel', () => {
    const maxWidth = measureText('Communicat-', 14) + 1;
    expect(wrapText('Communications', { maxWidth, fontSize: 14, locale: 'en' }).lines).toEqual([
      'Communica-',
      'tions',
    ]);
    // Not past three characters back: then straight between characters.
    const narrow = measureText('Strengths-', 14) + 1;
    expect(wrapText('Strengthsstrengths', { maxWidth: narrow, fontSize: 14 }).lines[0]).toBe(
      'Strengths-',
    );
  });

  it('falls back to characters with a hyphen when no syllable point fits (unknown word)', () => {
    const word = 'xqzxqzxqzxqzxqzxqzxqz';
    const lines = brokenWord(word, 60, 'fi');
    expect(lines.length).toBeGreaterThan(2);
  });

  it('keeps breaking a compound after its own hyphen (no second hyphen added)', () => {
    const { lines } = wrapText('Länsi-Uusimaan', { maxWidth: 80, fontSize: 14, locale: 'fi' });
    expect(lines).toEqual(['Länsi-', 'Uusimaan']);
  });

  it('gives a line narrower than one character one character and a hyphen', () => {
    expect(wrapText('abc', { maxWidth: 0, fontSize: 12 }).lines).toEqual(['a-', 'b-', 'c']);
  });

  it('breaks only words that do not fit', () => {
    const text = 'Säkerhetskommunikationen fungerar';
    expect(wrapText(text, { maxWidth: 400, fontSize: 14, locale: 'sv' }).lines).toEqual([text]);
    const room = measureText('Säkerhetskommunikationen', 14);
    expect(wrapText(text, { maxWidth: room, fontSize: 14, locale: 'sv' }).lines).toEqual([
      'Säkerhetskommunikationen',
      'fungerar',
    ]);
  });

  it('wraps a 100 000-character word in linear time with any locale', () => {
    const word = 'Säkerhetskommunikationen'.repeat(4200).slice(0, 100_000);
    const started = performance.now();
    for (const locale of ['fi', 'sv', undefined] as const) {
      const { lines } = wrapText(word, { maxWidth: 200, fontSize: 14, locale });
      expect(lines.map((line) => line.replace(/-$/, '')).join('')).toBe(word);
    }
    expect(performance.now() - started).toBeLessThan(1500);
  });
});

describe('the hyphenation registry and on-demand loading', () => {
  it('has Finnish always and Swedish from hyphenationSv, the patterns hyphen ships', () => {
    expect(hyphenationFor('fi')).toBe(require('hyphen/patterns/fi.js'));
    expect(SWEDISH_HYPHENATION).toBe(require('hyphen/patterns/sv.js'));
    expect(hyphenationFor(undefined)).toBeUndefined();
  });

  it('loads a locale once, shares a pending load, reports none for English and a failed load', async () => {
    const locale = 'en' as Locale;
    expect(hyphenationFor(locale)).toBeUndefined();
    expect(canLoadHyphenation(locale)).toBe(false);
    await expect(loadHyphenation(locale)).resolves.toBe(false);
    await expect(loadHyphenation(locale, () => Promise.reject(new Error('offline')))).resolves.toBe(
      false,
    );
    expect(hyphenationFor(locale)).toBeUndefined();
    let calls = 0;
    const load = () => {
      calls += 1;
      return Promise.resolve(FINNISH);
    };
    const first = loadHyphenation(locale, load);
    const second = loadHyphenation(locale, load);
    expect(second).toBe(first);
    await expect(first).resolves.toBe(true);
    expect(calls).toBe(1);
    expect(hyphenationFor(locale)).toBe(FINNISH);
    await expect(loadHyphenation(locale, load)).resolves.toBe(true);
    expect(calls).toBe(1);
    registerHyphenation(locale, FINNISH);
  });
});

describe('words that are names of Object.prototype', () => {
  // A label such as "{{constructor.constructor(…)}}" once found Object.prototype.constructor among the
  // patterns' exceptions and threw (found by the chart compute property test).
  it.each(['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf'])(
    'wraps "%s" in fi and sv without throwing, breaking only with a hyphen',
    (word) => {
      for (const locale of ['fi', 'sv'] as const) {
        const { lines } = wrapText(word.repeat(3), { maxWidth: 60, fontSize: 14, locale });
        expect(lines.length).toBeGreaterThan(1);
        expect(lines.slice(0, -1).every((line) => line.endsWith('-'))).toBe(true);
      }
    },
  );
});
