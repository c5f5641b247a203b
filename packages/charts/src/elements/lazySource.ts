/**
 * The reader of `src` loaded on demand by URL (dist/yhdyspinta-elements-source.js, sourceSupport.ts):
 * the data-free bundles and the ES module bundle import it when the first element with a `src` reads.
 * An ES module by URL rather than a chunk: a chunk would share modules with the bundle and load with it.
 */
import type * as SourceSupportModule from './sourceSupport';
import type { SourceLimits, SourceProgress, SourceResult } from './sourceTypes';

type SourceSupport = typeof SourceSupportModule;

let support: SourceSupport | null = null;
let supportUrl: string | null = null;

/** Where the bundle's `src` reader is (dist/yhdyspinta-elements-source.js next to the bundle). */
export function setSourceSupportUrl(url: string): void {
  supportUrl = url;
}

/** Loads the reader and adapters of `src` once (an ES module by URL), then reads `url`. */
export async function loadSourceLazily(
  url: string,
  limits: SourceLimits,
  onProgress: SourceProgress,
): Promise<SourceResult> {
  try {
    if (supportUrl === null) throw new Error('the bundle did not say where its src reader is');
    support ??= (await import(/* @vite-ignore */ supportUrl)) as SourceSupport;
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    const detail = `Loading the reader of src (${String(supportUrl)}) failed: ${problem}`;
    return { ok: false, reason: 'load', detail, errors: [] };
  }
  return support.loadResponses(url, limits, onProgress);
}

/** The reader's module once loaded (its adapters from responses), else null. */
export function loadedSourceSupport(): SourceSupport | null {
  return support;
}
