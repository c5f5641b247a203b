/**
 * The URL of the classic script running now (read while it first runs: `document.currentScript`), else
 * the page's: where a classic-script bundle finds the files it imports on demand.
 */
export function scriptBase(): string | undefined {
  const script = typeof document === 'undefined' ? null : document.currentScript;
  return script instanceof HTMLScriptElement && script.src ? script.src : globalThis.location?.href;
}
