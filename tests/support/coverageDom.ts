// Support of the ResponseCoverage DOM tests (tests/ResponseCoverage*.test.tsx): the shipped chart's title,
// the active tile (the chart's one focusable element) and an element's description.
import { screen } from '@testing-library/react';

export const TITLE = 'Kuntakyselyyn vastanneet kunnat';
export const NBSP = '\u00a0';

/** The chart's one focusable element, drawn on (and named after) the active tile. */
export function activeTile(): HTMLElement {
  return screen.getByRole('graphics-symbol');
}

/** The text of the element `element`'s aria-describedby names. */
export function descriptionOf(element: Element): string {
  const id = element.getAttribute('aria-describedby') ?? '';
  return element.ownerDocument.getElementById(id)?.textContent ?? '';
}
