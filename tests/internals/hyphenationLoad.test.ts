// Each test file has its own module registry: here Swedish is not registered up front.
import { describe, expect, it } from 'vitest';
import { measureText, wrapText } from '@yhdyspinta/charts';
import { hyphenationFor } from '../../packages/charts/src/text/hyphenation';
import {
  canLoadHyphenation,
  loadHyphenation,
} from '../../packages/charts/src/text/loadHyphenation';
import { SWEDISH_HYPHENATION } from '../../packages/charts/src/text/hyphenationSv';

describe('Swedish hyphenation on demand', () => {
  it('breaks by the character fallback until the Swedish patterns are loaded, at syllables after', async () => {
    // Room for "välfärds-" but not "välfärdso": the patterns break the compound there ("välfärds-" /
    // "området"); the fallback takes a consonant before a vowel ("välfärd-" / "sområ-" / "det").
    const maxWidth = measureText('välfärds-', 14) + 1;
    const wrap = () => wrapText('välfärdsområdet', { maxWidth, fontSize: 14, locale: 'sv' }).lines;
    expect(hyphenationFor('sv')).toBeUndefined();
    expect(canLoadHyphenation('sv')).toBe(true);
    expect(canLoadHyphenation('fi')).toBe(false);
    expect(wrap()).toEqual(['välfärd-', 'sområ-', 'det']);
    const loading = loadHyphenation('sv');
    expect(loadHyphenation('sv')).toBe(loading);
    await expect(loading).resolves.toBe(true);
    expect(hyphenationFor('sv')).toBe(SWEDISH_HYPHENATION);
    expect(canLoadHyphenation('sv')).toBe(false);
    expect(wrap()).toEqual(['välfärds-', 'området']);
  });
});
