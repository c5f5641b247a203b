/**
 * Swedish hyphenation patterns (≈ 19 kB gzip): a module of their own, so that a React bundle loads them
 * only for `locale="sv"` (hyphenation.ts imports this on demand) while the static renderer and the custom
 * elements import them up front (`registerSwedishHyphenation`) and print complete output on first render.
 */
import SWEDISH from 'hyphen/patterns/sv.js';
import { registerHyphenation } from './hyphenation';
import type { HyphenationPatterns } from './hyphenation';

export const SWEDISH_HYPHENATION = SWEDISH as HyphenationPatterns;

/** Registers the Swedish patterns now (idempotent). */
export function registerSwedishHyphenation(): void {
  registerHyphenation('sv', SWEDISH_HYPHENATION);
}
