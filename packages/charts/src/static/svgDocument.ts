/**
 * Turns the markup of a chart's root <svg> (react-dom/server output) into a standalone SVG document:
 * XML declaration, xmlns, width/height/viewBox on the root, <title> and <desc> as its first children,
 * and no character that XML forbids. Works on React's output format, where every attribute value is
 * double-quoted and has & < > " ' escaped, so the first ">" ends the root's start tag.
 */
import { escapeXml, replaceInvalidXmlChars } from './escape';
import { RenderError } from './RenderError';
import { svgNumber } from '../geometry/round';
import { parseFitAttributes } from '../layout/fitReport';
import type { FitReport } from '../layout/fitReport';

const SVG_NS = 'http://www.w3.org/2000/svg';
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

export interface SvgDocumentOptions {
  /** The document's <title>. Default: an existing leading <title>, else the root's aria-label. */
  readonly title?: string;
  /** The document's <desc>. Default: the chart's own <desc> (its key finding). */
  readonly description?: string;
  /** Written as the root's width/height instead of px, e.g. { width: '297mm', height: '210mm' }. */
  readonly physicalSize?: { readonly width: string; readonly height: string };
  /** Start with the XML declaration (default true). */
  readonly xmlDeclaration?: boolean;
  /**
   * Put into every id in the file (letters, digits, `_`, `.`, `-`; React writes ids such as
   * `_<prefix>R_1_`). Default: one made from the
   * drawing, so files inlined in one page never share an id and the output stays deterministic.
   */
  readonly idPrefix?: string;
  /**
   * The exact size wanted, in px. A drawing larger than that (a chart that could not fit a fixed height
   * keeps its natural height rather than clip) is scaled down to fit, centred on `background`.
   */
  readonly fit?: { readonly width: number; readonly height: number; readonly background: string };
}

/** A standalone SVG file and its size in px (the PNG size at scale 1). */
export interface SvgDocument {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  /** 1, or below 1 when the drawing was scaled down to fit `options.fit`. */
  readonly scale: number;
  /** The chart's own report of whether it fit its fixed height (and how to split it if not). */
  readonly fit?: FitReport;
  /** The smallest text in the file as drawn (font-size × scale), in px; undefined without text. */
  readonly smallestText?: number;
  /** How many labels the chart drew cut with "…"; absent when none. */
  readonly truncatedCount?: number;
}

/** The smallest `font-size` attribute of the markup, in px. */
function smallestFontSize(markup: string): number | undefined {
  let smallest: number | undefined;
  for (const m of markup.matchAll(/\sfont-size="([0-9.]+)(?:px)?"/g)) {
    const size = Number(m[1]);
    if (Number.isFinite(size) && (smallest === undefined || size < smallest)) smallest = size;
  }
  return smallest;
}

type Attribute = [name: string, value: string];

function parseAttributes(startTag: string): Attribute[] {
  return [...startTag.matchAll(/\s([^\s="'<>/]+)="([^"]*)"/g)].map((m) => [m[1] ?? '', m[2] ?? '']);
}

function positiveNumber(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*[0-9.]+(px)?\s*$/.test(value)) return undefined;
  const n = Number.parseFloat(value);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

type Box = [x: number, y: number, width: number, height: number];

function parseViewBox(value: string | undefined): Box | undefined {
  const parts = value
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (!parts || parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) return undefined;
  const [x = 0, y = 0, w = 0, h = 0] = parts;
  return w > 0 && h > 0 ? [x, y, w, h] : undefined;
}

/** The viewBox showing `box` scaled down to fit `width`×`height`, centred; undefined if it fits. */
function fitBox(box: Box, width: number, height: number): { box: Box; scale: number } | undefined {
  const [x, y, w, h] = box;
  const scale = Math.min(width / w, height / h);
  if (scale >= 1 - 1e-6) return undefined;
  const [fw, fh] = [width / scale, height / scale];
  return { box: [x - (fw - w) / 2, y - (fh - h) / 2, fw, fh], scale };
}

/** Removes a leading <title> and <desc> (any order) from the root's content; returns what they held. */
function takeLeading(content: string) {
  let rest = content;
  let title: string | undefined;
  let desc: { attrs: string; text: string } | undefined;
  for (;;) {
    const t = title === undefined ? /^<title(?:\s[^>]*)?>([^<]*)<\/title>/.exec(rest) : null;
    if (t) {
      title = t[1] ?? '';
      rest = rest.slice(t[0].length);
      continue;
    }
    const d = desc === undefined ? /^<desc(\s[^>]*)?>([^<]*)<\/desc>/.exec(rest) : null;
    if (d) {
      desc = { attrs: d[1] ?? '', text: d[2] ?? '' };
      rest = rest.slice(d[0].length);
      continue;
    }
    return { title, desc, rest };
  }
}

/** Escaped `text` without the given sentences (matched on the decoded text). */
export function toSvgDocument(markup: string, options: SvgDocumentOptions = {}): SvgDocument {
  const source = replaceInvalidXmlChars(markup.trim());
  const tagEnd = source.indexOf('>');
  if (!/^<svg[\s>/]/.test(source) || tagEnd < 0) {
    throw new RenderError(
      'not-svg',
      `Expected the element to render an <svg> root, got "${source.slice(0, 40)}…". Give the chart a fixed width so it renders without its responsive wrapper.`,
    );
  }
  const selfClosing = source[tagEnd - 1] === '/';
  const attributes = parseAttributes(source.slice(4, selfClosing ? tagEnd - 1 : tagEnd));
  const content = selfClosing ? '' : source.slice(tagEnd + 1, source.lastIndexOf('</svg>'));
  const get = (name: string) => attributes.find(([n]) => n === name)?.[1];
  const fitReport = parseFitAttributes(get);

  const viewBox = parseViewBox(get('viewBox'));
  const drawnWidth = viewBox?.[2] ?? positiveNumber(get('width'));
  const drawnHeight = viewBox?.[3] ?? positiveNumber(get('height'));
  if (drawnWidth === undefined || drawnHeight === undefined) {
    throw new RenderError('no-size', 'The <svg> root has no usable width/height or viewBox.');
  }
  const drawn: Box = viewBox ?? [0, 0, drawnWidth, drawnHeight];
  const { fit } = options;
  const fitted = fit ? fitBox(drawn, fit.width, fit.height) : undefined;
  const width = fitted && fit ? fit.width : drawnWidth;
  const height = fitted && fit ? fit.height : drawnHeight;
  const set: Record<string, string> = {
    xmlns: SVG_NS,
    width: options.physicalSize?.width ?? String(width),
    height: options.physicalSize?.height ?? String(height),
    viewBox: fitted
      ? fitted.box.map(svgNumber).join(' ')
      : (get('viewBox') ?? `0 0 ${width} ${height}`),
  };
  // The fit report is for the renderer, not part of the file.
  const merged: Attribute[] = attributes
    .filter(([name]) => !name.startsWith('data-fit'))
    .map(([name, value]) => [name, set[name] ?? value]);
  for (const name of Object.keys(set)) {
    if (!attributes.some(([n]) => n === name)) merged.push([name, set[name] ?? '']);
  }
  const order = ['xmlns', 'width', 'height', 'viewBox'];
  merged.sort(([a], [b]) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99));

  const leading = takeLeading(content);
  const title =
    options.title !== undefined ? escapeXml(options.title) : (leading.title ?? get('aria-label'));
  if (title === undefined || title.trim() === '') {
    throw new RenderError(
      'no-title',
      'The SVG has no title: give the chart a title (or options.title).',
    );
  }
  const descText =
    options.description !== undefined ? escapeXml(options.description) : leading.desc?.text;
  const desc = descText === undefined ? '' : `<desc${leading.desc?.attrs ?? ''}>${descText}</desc>`;

  const [bx, by, bw, bh] = (fitted?.box ?? [0, 0, 0, 0]).map(svgNumber);
  const backdrop =
    fitted && fit
      ? `<rect x="${bx}" y="${by}" width="${bw}" height="${bh}" fill="${escapeXml(fit.background)}"></rect>`
      : '';
  const startTag = `<svg${merged.map(([n, v]) => ` ${n}="${v}"`).join('')}>`;
  const body = `${startTag}<title>${title}</title>${desc}${backdrop}${leading.rest}</svg>`;
  const prolog = options.xmlDeclaration === false ? '' : `${XML_DECLARATION}\n`;
  const scale = fitted?.scale ?? 1;
  const smallest = smallestFontSize(content);
  const cut = Number(get('data-fit-cut') ?? 0);
  return {
    svg: `${prolog}${body}\n`,
    width,
    height,
    scale,
    ...(Number.isInteger(cut) && cut > 0 ? { truncatedCount: cut } : {}),
    ...(fitReport ? { fit: fitReport } : {}),
    ...(smallest === undefined ? {} : { smallestText: smallest * scale }),
  };
}
