// Parsing helpers for the static renderer's tests: the output must be well-formed XML on its own.
import { createRequire } from 'node:module';

/** The part of jsdom used here (jsdom ships no types and @types/jsdom is not installed). */
interface JsdomModule {
  readonly JSDOM: new () => { readonly window: { readonly DOMParser: typeof DOMParser } };
}
const { JSDOM } = createRequire(import.meta.url)('jsdom') as JsdomModule;

export const SVG_NS = 'http://www.w3.org/2000/svg';
export const XHTML_NS = 'http://www.w3.org/1999/xhtml';

const XmlParser = new JSDOM().window.DOMParser;

/** Parses an SVG document as XML; throws with the parser's message if it is not well-formed. */
export function parseSvg(svg: string): Document {
  const doc = new XmlParser().parseFromString(svg, 'image/svg+xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`Not well-formed XML: ${error.textContent ?? ''}`);
  return doc;
}

/** Every element of the document, any namespace. */
export function allElements(doc: Document): Element[] {
  return [...doc.getElementsByTagNameNS('*', '*')];
}
