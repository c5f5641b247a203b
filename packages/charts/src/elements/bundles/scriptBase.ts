/**
 * The URL of the classic script running now (read while it first runs: `document.currentScript`), else
 * the page's: where a classic-script bundle finds the files it imports on demand.
 */
export function scriptBase(): string | undefined {
  const script = typeof document === 'undefined' ? null : document.currentScript;
  return script instanceof HTMLScriptElement && script.src ? script.src : globalThis.location?.href;
}

/**
 * A classic script's files imported by URL, next to it (undefined outside a page): the `src` reader, and
 * the Swedish hyphenation patterns (swedishByUrl.ts), which a classic script cannot have as a chunk.
 * Call it while the script first runs.
 */
export function filesBesideScript(): { readonly source?: string; readonly swedish?: string } {
  const base = scriptBase();
  if (!base) return {};
  return {
    source: new URL('yhdyspinta-elements-source.js', base).href,
    swedish: new URL('yhdyspinta-elements-sv.js', base).href,
  };
}
