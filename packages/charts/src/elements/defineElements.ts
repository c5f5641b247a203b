/**
 * Defines the given elements in `registry` (default: the page's `customElements`); tags already defined
 * there are left alone, so defining twice, or loading a bundle twice, is harmless. Outside browsers (no
 * `customElements`) it does nothing.
 */
export function defineElements(
  elements: Readonly<Record<string, CustomElementConstructor>>,
  registry?: CustomElementRegistry,
): void {
  const target = registry ?? (typeof customElements === 'undefined' ? undefined : customElements);
  if (!target) return;
  for (const [tag, element] of Object.entries(elements)) {
    if (!target.get(tag)) target.define(tag, element);
  }
}
