/**
 * One MutationObserver for every connected chart element: when a `lang` attribute changes anywhere in
 * the document (a page switched to Swedish: <html lang="sv">), the elements re-render, so an element
 * without its own `locale` follows the nearest `lang` live. Observing starts with the first element and
 * stops with the last.
 */
const listeners = new Set<() => void>();
let observer: MutationObserver | null = null;

/** Calls `onChange` after any `lang` attribute of the document changes, until the returned stop. */
export function watchPageLanguage(onChange: () => void): () => void {
  if (typeof MutationObserver === 'undefined' || typeof document === 'undefined') return () => {};
  listeners.add(onChange);
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const listener of listeners) listener();
    });
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = null;
    }
  };
}
