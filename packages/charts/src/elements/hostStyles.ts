/**
 * The elements' only CSS, as a constructable stylesheet adopted by each shadow root (allowed under a
 * strict Content-Security-Policy, unlike <style> elements and style attributes). The host is a block
 * the page can size and place; the chart's container resets every inherited property, so the page's
 * font, colour, letter-spacing etc. never reach the chart (its selectors cannot reach inside anyway).
 */
export const HOST_CSS = [
  ':host { display: block; }',
  ':host([hidden]) { display: none; }',
  ':host > div { all: initial; display: block; visibility: inherit; direction: ltr; }',
].join('\n');

let shared: CSSStyleSheet | null | undefined;

/** The shared stylesheet, or null where constructable stylesheets are unsupported. */
export function hostStyleSheet(): CSSStyleSheet | null {
  if (shared !== undefined) return shared;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HOST_CSS);
    shared = sheet;
  } catch {
    shared = null;
  }
  return shared;
}

/** Adopts the stylesheet into a shadow root; without support the chart still draws, only unstyled host. */
export function adoptHostStyles(root: ShadowRoot): void {
  const sheet = hostStyleSheet();
  if (!sheet) return;
  try {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // A sheet constructed in another document (iframe) cannot be adopted: leave the defaults.
  }
}
