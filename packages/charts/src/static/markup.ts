/**
 * The chart element's markup, with ids no other SVG on the page has. React's useId gives the hatch
 * pattern, the description and the tooltip ids such as `_R_0_`; two files inlined in one page would share
 * them (and one chart's `url(#…)` would point into the other). Every id starts with a prefix instead:
 * the caller's `idPrefix`, or by default one made from the drawing itself (a hash of its markup) and,
 * from its second render in the process on, a counter: two different charts never clash, nor two renders
 * of the same chart, and a program that renders each drawing once (the CLI) writes the same file each run.
 */
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { RenderError } from './RenderError';

/** A prefix that keeps every id a valid XML name: a letter or `_`, then letters, digits, `_`, `.`, `-`. */
const ID_PREFIX = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** FNV-1a (32 bits) of a string, in base 36. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** How often each drawing (by hash) has been rendered with the default prefix in this process. */
const rendered = new Map<string, number>();

export function staticMarkup(element: ReactElement, idPrefix?: string): string {
  if (idPrefix !== undefined) {
    if (!ID_PREFIX.test(idPrefix)) {
      throw new RenderError(
        'invalid-id-prefix',
        `idPrefix must start with a letter or "_" and hold only letters, digits, "_", "." and "-", got ${JSON.stringify(idPrefix)}.`,
      );
    }
    return renderToStaticMarkup(element, { identifierPrefix: idPrefix });
  }
  const plain = renderToStaticMarkup(element);
  // No React id in the drawing: nothing can clash.
  if (!plain.includes('_R_')) return plain;
  const drawing = hash(plain);
  const count = (rendered.get(drawing) ?? 0) + 1;
  rendered.set(drawing, count);
  const prefix = count === 1 ? `y${drawing}-` : `y${drawing}n${count}-`;
  return renderToStaticMarkup(element, { identifierPrefix: prefix });
}
