/**
 * Checks of server-rendered chart markup (renderToStaticMarkup) shared by the charts' *.ssr tests.
 */
import { expect } from 'vitest';

/** How many times `text` occurs in `markup`. */
export const count = (markup: string, text: string) => markup.split(text).length - 1;

/**
 * A responsive chart rendered on the server: a div around an 800 px wide SVG named `title`, one Tab
 * stop, no style attributes (strict CSP pages block them).
 */
export function expectResponsiveChart(markup: string, title: string) {
  expect(markup.startsWith('<div><svg xmlns="http://www.w3.org/2000/svg" width="800"')).toBe(true);
  expect(markup).toContain(`aria-label="${title}"`);
  expect(count(markup, 'tabindex="0"')).toBe(1);
  expect(markup).not.toContain('style=');
}

/** A chart at a fixed size: a standalone SVG of that size (slides), without style attributes. */
export function expectStandaloneSvg(svg: string, width: number, height: number) {
  expect(
    svg.startsWith(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"`),
  ).toBe(true);
  expect(svg.endsWith('</svg>')).toBe(true);
  expect(svg).not.toContain('style=');
}
