/**
 * text/hyphenationSv.ts as the classic-script bundles have it: build-elements.mjs puts this module in
 * its place where text/loadHyphenation.ts imports it on demand. A classic script has no chunks, so its
 * Swedish patterns are the ES module yhdyspinta-elements-sv.js next to it (entry elementsSv.ts), imported
 * by URL when an element is first drawn in Swedish; this module is evaluated only then (it is reached only
 * through that dynamic import), and loadHyphenation's `.then((module) => module.SWEDISH_HYPHENATION)`
 * adopts the promise. A failed load leaves Swedish hyphenated by characters (loadHyphenation).
 */
import type { HyphenationPatterns } from '../../text/hyphenation';
import { swedishPatternsUrl } from './swedishUrl';

async function load(): Promise<HyphenationPatterns> {
  const url = swedishPatternsUrl();
  if (url === undefined) throw new Error('the bundle did not say where its Swedish patterns are');
  const module = (await import(/* @vite-ignore */ url)) as {
    readonly SWEDISH_HYPHENATION: HyphenationPatterns;
  };
  return module.SWEDISH_HYPHENATION;
}

export const SWEDISH_HYPHENATION: Promise<HyphenationPatterns> = load();
