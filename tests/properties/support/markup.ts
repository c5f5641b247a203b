/**
 * Checks on rendered markup: it parses as well-formed XML, contains no element or attribute that could
 * run code or restyle the page, and carries user texts only as text (escaped by the renderer).
 */
import { createRequire } from 'node:module';

/** The part of jsdom used here (jsdom ships no types). Its XML parser (saxes) is strict. */
interface JsdomModule {
  readonly JSDOM: new () => { readonly window: { readonly DOMParser: typeof DOMParser } };
}
const { JSDOM } = createRequire(import.meta.url)('jsdom') as JsdomModule;
const XmlParser = new JSDOM().window.DOMParser;

/** Parses `markup` as XML (wrapped in one root, since a component may render a fragment); throws if not well-formed. */
export function parseXml(markup: string, wrap = true): Document {
  const text = wrap ? `<root xmlns="http://www.w3.org/1999/xhtml">${markup}</root>` : markup;
  const doc = new XmlParser().parseFromString(text, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`Not well-formed XML: ${error.textContent ?? ''}`);
  return doc;
}

/** Elements that load or run code, or restyle the page, if a label ever turned into markup. */
const ACTIVE_ELEMENTS = new Set([
  'script',
  'img',
  'iframe',
  'object',
  'embed',
  'style',
  'link',
  'meta',
  'base',
  'a',
  'image',
  'use',
  'animate',
  'set',
  'handler',
  'listener',
]);

/** Problems that would let content act on the host page: active elements, on* / style / href attributes. */
export function activeContent(doc: Document): string[] {
  const problems: string[] = [];
  for (const element of doc.getElementsByTagNameNS('*', '*')) {
    const name = element.localName.toLowerCase();
    if (ACTIVE_ELEMENTS.has(name)) problems.push(`<${element.localName}> element`);
    for (const attribute of element.attributes) {
      const attr = attribute.localName.toLowerCase();
      if (attr.startsWith('on')) problems.push(`${attr}= on <${element.localName}>`);
      if (attr === 'style') problems.push(`style= on <${element.localName}>`);
      if (attr === 'href' || attr === 'src' || attr === 'srcdoc' || attr === 'formaction') {
        problems.push(`${attr}= on <${element.localName}>`);
      }
    }
  }
  return problems;
}

/** Whitespace collapsed: XML attribute values normalise tabs and line breaks to spaces. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Every text node's data and every attribute value of the document, whitespace collapsed. */
export function textsOf(doc: Document): string[] {
  const texts: string[] = [];
  for (const element of doc.getElementsByTagNameNS('*', '*')) {
    for (const attribute of element.attributes) texts.push(squash(attribute.value));
    for (const node of element.childNodes) {
      if (node.nodeType === 3) texts.push(squash(node.nodeValue ?? ''));
    }
  }
  return texts;
}

/** Does `text` appear whole (whitespace collapsed) in some text node or attribute value? */
export function carriesText(doc: Document, text: string): boolean {
  const wanted = squash(text);
  return textsOf(doc).some((t) => t.includes(wanted));
}

/** Geometry attributes: a NaN or Infinity in them is a mark drawn from a bad number. */
export const BAD_GEOMETRY =
  /\s(?:x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|width|height|d|points|transform|viewBox|font-size|stroke-width|stroke-dasharray)="[^"]*(?:NaN|Infinity)[^"]*"/;
