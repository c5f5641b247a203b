// Each test file has its own module registry: here Swedish is not registered up front.
import { describe, expect, it } from 'vitest';
import { wrapText } from '@yhdyspinta/charts';
import { hyphenationFor } from '../../packages/charts/src/text/hyphenation';
import {
  canLoadHyphenation,
  loadHyphenation,
} from '../../packages/charts/src/text/loadHyphenation';
import { SWEDISH_HYPHENATION } from '../../packages/charts/src/text/hyphenationSv';

describe('Swedish hyphenation on demand', () => {
  it('breaks between characters until the Swedish patterns are loaded, at syllables after', async () => {
    const wrap = () =>
      wrapText('Säkerhetskommunikationen', { maxWidth: 120, fontSize: 14, locale: 'sv' }).lines;
    expect(hyphenationFor('sv')).toBeUndefined();
    expect(canLoadHyphenation('sv')).toBe(true);
    expect(canLoadHyphenation('fi')).toBe(false);
    expect(wrap()).toEqual(['Säkerhetskomm-', 'unikationen']);
    await expect(loadHyphenation('sv')).resolves.toBe(true);
    expect(hyphenationFor('sv')).toBe(SWEDISH_HYPHENATION);
    expect(canLoadHyphenation('sv')).toBe(false);
    expect(wrap()).toEqual(['Säkerhetskom-', 'munikationen']);
  });
});
