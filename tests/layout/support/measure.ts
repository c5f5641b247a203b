/**
 * The layout checker's in-page measurement (issue 12). `measureSvg` runs INSIDE Chromium: it is passed to
 * `page.evaluate` as its source text, so it must stay self-contained (no imports, only types; the pure
 * helpers it needs are installed in the page first: pageHelpers.ts). It reads the chart <svg> in
 * `#stage` and returns, in the root's viewBox units (types in measureTypes.ts):
 *
 * - every visible <text> (not in the hidden table's foreignObject, not in a tooltip, not in defs), split
 *   into lines (touching tspans on one baseline are one line; tspans placed apart are separate), each line's box as a quad (4 corners, so rotated
 *   labels keep their shape), the text's size in px (font-size × the CTM's scale) and whether it has a
 *   halo (a stroke drawn under the fill: `paint-order` stroke first, stroke-width ≥ 1.5);
 * - for each text, the marks it crosses (see "Marks" and "Crossing" below);
 * - the full texts of the document (hidden table, aria-labels, <title>/<desc>) for the word list.
 *
 * Text box: horizontally from the first to the last non-space character's advance (getStartPositionOfChar /
 * getEndPositionOfChar); vertically the glyphs' ink, approximated for Noto Sans as baseline − INK_TOP em to
 * baseline + INK_BOTTOM em (capitals and ascenders 0,71–0,76 em, descenders 0,24 em; the font's line box of
 * 1,36 em would make lines of a tight block overlap their neighbours).
 *
 * Marks: visible rect, path, line, circle, ellipse, polygon and polyline elements, except
 * - the background (a rect covering ≥ 90 % of the viewBox),
 * - invisible ones (no fill and no stroke, or opacity/fill-opacity 0: hit areas),
 * - gridlines: unfilled strokes whose colour has a contrast ratio under 1.6 against the background
 *   (e.g. #DDDDDD on white); they are meant to run behind text.
 *
 * Crossing (the rule, documented for the report):
 * - a FILLED mark is crossed when part of the text's box (eroded by 1 px) is in its fill and part is not:
 *   a text entirely inside one filled shape (a value in a heatmap cell or a bar) is printed there on
 *   purpose and does not count, a text straddling a bar end or a cell edge does;
 * - a stroke at least 4 px wide is an area, like a fill (heatmap cells drawn as wide lines);
 * - a thin STROKE (a line, a reference line, a polygon outline, a marker's outline) is crossed when any sample
 *   point of the box is on it, unless the text has a halo AND comes after the mark in document order
 *   (the halo is then drawn over the line: a knock-out). The same halo excuses the edge of a TINT (a fill
 *   under 50 % opacity, e.g. a radar polygon's area), never the edge of an opaque fill (a bar, a cell).
 * Samples: the box eroded by 1 px, for fills its top, middle and bottom rows every 3 px, for strokes its
 * outline every 0,75 px (a line through the box crosses its outline; a 1,5 px line is always hit; a short
 * stroke entirely inside the box is missed). `isPointInStroke` ignores dash gaps: a dashed line counts whole.
 */

import type {
  MeasuredCrossing,
  MeasuredLine,
  MeasuredText,
  MeasureOptions,
  PageMeasure,
} from './measureTypes';

/** Runs in the page: see the file comment. */
export function measureSvg(options: MeasureOptions): PageMeasure {
  const svg = document.querySelector('#stage > svg');
  if (!(svg instanceof SVGSVGElement)) throw new Error('measureSvg: no svg in #stage');
  const helpers = window.layoutCheckHelpers;
  if (!helpers) throw new Error('measureSvg: installPageHelpers (pageHelpers.ts) did not run');
  const { rgb, luminance, contrast, subpaths, textLines } = helpers;
  // Everything in the document's px (its width × height, what a PNG shows): a shrunk document's viewBox is
  // larger than its size, so viewBox units would undo the shrinking.
  const origin = svg.getBoundingClientRect();
  const rootInverse = new DOMMatrix().translate(-origin.left, -origin.top);
  const viewBox = { x: 0, y: 0, width: origin.width, height: origin.height };
  const vbBase = svg.viewBox.baseVal;

  const AREA_STROKE = 4;
  const HIDDEN_PARENTS =
    'foreignObject, defs, pattern, clipPath, mask, marker, symbol, [role="tooltip"]';
  const visible = (el: Element): boolean => {
    if (el.closest(HIDDEN_PARENTS)) return false;
    let opacity = 1;
    for (
      let node: Element | null = el;
      node && node !== svg.parentElement;
      node = node.parentElement
    ) {
      const style = getComputedStyle(node);
      if (style.display === 'none') return false;
      opacity *= Number.parseFloat(style.opacity || '1');
    }
    return getComputedStyle(el).visibility !== 'hidden' && opacity > 0.05;
  };
  const toRoot = (el: SVGGraphicsElement): DOMMatrix => {
    const ctm = el.getScreenCTM();
    return ctm ? rootInverse.multiply(ctm) : new DOMMatrix();
  };
  const apply = (m: DOMMatrix, x: number, y: number) => {
    const p = new DOMPoint(x, y).matrixTransform(m);
    return { x: p.x, y: p.y };
  };

  const shapes = [...svg.querySelectorAll('rect, path, line, circle, ellipse, polygon, polyline')];
  const vbArea = vbBase.width * vbBase.height;
  let backgroundLum = 1;
  const background = shapes.find((el) => {
    if (!(el instanceof SVGRectElement) || !visible(el)) return false;
    const box = el.getBBox();
    return box.width * box.height >= 0.9 * vbArea;
  });
  if (background) {
    const c = rgb(getComputedStyle(background).fill);
    if (c) backgroundLum = luminance(c);
  }

  interface Mark {
    el: SVGGeometryElement;
    fill: boolean;
    stroke: boolean;
    /** A stroke at least AREA_STROKE px wide draws an area (e.g. heatmap cells as wide lines). */
    areaStroke: boolean;
    /** A fill with fill-opacity (× opacity) under 0.5: an area tint, e.g. a radar polygon. */
    tint: boolean;
    label: string;
    box: { x0: number; y0: number; x1: number; y1: number };
  }
  const clones: SVGPathElement[] = [];
  const pieces: Element[] = [];
  for (const el of shapes) {
    const d = el instanceof SVGPathElement ? (el.getAttribute('d') ?? '') : '';
    const parts = d.match(/[Mm]/g)?.length ?? 0;
    if (parts < 2 || !visible(el)) {
      pieces.push(el);
      continue;
    }
    for (const part of subpaths(d)) {
      const clone = el.cloneNode(false) as SVGPathElement;
      clone.removeAttribute('id');
      clone.setAttribute('d', part);
      el.after(clone);
      clones.push(clone);
      pieces.push(clone);
    }
  }
  const marks: Mark[] = [];
  for (const el of pieces) {
    if (el === background || !(el instanceof SVGGeometryElement) || el.closest('text')) continue;
    if (!visible(el)) continue;
    const style = getComputedStyle(el);
    const fillColour = rgb(style.fill);
    const fill =
      style.fill !== 'none' &&
      Number.parseFloat(style.fillOpacity || '1') > 0.05 &&
      (fillColour === null || fillColour[3] > 0.05) &&
      !(el instanceof SVGLineElement);
    const strokeColour = rgb(style.stroke);
    const strokeWidth = Number.parseFloat(style.strokeWidth || '0');
    const strokeVisible =
      style.stroke !== 'none' &&
      strokeWidth > 0 &&
      Number.parseFloat(style.strokeOpacity || '1') > 0.05 &&
      (strokeColour === null || strokeColour[3] > 0.05);
    const grid =
      !fill &&
      strokeVisible &&
      strokeColour !== null &&
      contrast(luminance(strokeColour), backgroundLum) < 1.6;
    if ((!fill && !strokeVisible) || grid) continue;
    const b = el.getBBox();
    const m = toRoot(el);
    const pad = strokeWidth / 2;
    const corners = [
      apply(m, b.x - pad, b.y - pad),
      apply(m, b.x + b.width + pad, b.y - pad),
      apply(m, b.x + b.width + pad, b.y + b.height + pad),
      apply(m, b.x - pad, b.y + b.height + pad),
    ];
    const markScale = Math.sqrt(Math.abs(m.a * m.d - m.b * m.c));
    marks.push({
      el,
      fill,
      stroke: strokeVisible,
      areaStroke: strokeVisible && strokeWidth * markScale >= AREA_STROKE,
      tint:
        fill &&
        Number.parseFloat(style.fillOpacity || '1') *
          Number.parseFloat(style.opacity || '1') *
          (fillColour?.[3] ?? 1) <
          0.5,
      label: `${el.tagName}${fill ? ` fill=${el.getAttribute('fill') ?? style.fill}` : ''}${strokeVisible ? ` stroke=${el.getAttribute('stroke') ?? style.stroke}` : ''}`,
      box: {
        x0: Math.min(...corners.map((p) => p.x)),
        y0: Math.min(...corners.map((p) => p.y)),
        x1: Math.max(...corners.map((p) => p.x)),
        y1: Math.max(...corners.map((p) => p.y)),
      },
    });
  }

  const texts: MeasuredText[] = [];
  // A halo's underlay (HaloText: a copy of the values stroked in the background colour) is not text a
  // reader sees; the value drawn over it is haloed.
  const textElements = [...svg.querySelectorAll('text')].filter(
    (t) => visible(t) && t.closest('[data-halo-underlay]') === null,
  );
  textElements.forEach((text, index) => {
    const m = toRoot(text);
    const scale = Math.sqrt(Math.abs(m.a * m.d - m.b * m.c));
    const style = getComputedStyle(text);
    const fontSize = Number.parseFloat(style.fontSize);
    const strokeWidth = Number.parseFloat(style.strokeWidth || '0');
    const halo =
      text.closest('[data-halo]') !== null ||
      (style.stroke !== 'none' &&
        strokeWidth >= 1.5 &&
        (style.paintOrder || '').trim().startsWith('stroke'));

    // Chunks: each tspan with characters (or the text itself without tspans), on its baseline.
    const { chunks, lineChunks } = textLines(text, fontSize);
    const lines: MeasuredLine[] = lineChunks.map((l) => {
      const x0 = Math.min(...l.map((c) => c.x0));
      const x1 = Math.max(...l.map((c) => c.x1));
      const size = Math.max(...l.map((c) => c.size));
      const base = l[0]?.base ?? 0;
      const top = base - options.inkTop * size;
      const bottom = base + options.inkBottom * size;
      return {
        text: l.map((c) => c.text).join(' '),
        quad: [apply(m, x0, top), apply(m, x1, top), apply(m, x1, bottom), apply(m, x0, bottom)],
      };
    });
    const maxChunk = chunks.length === 0 ? fontSize : Math.min(...chunks.map((c) => c.size));

    // Crossings.
    const crossings: MeasuredCrossing[] = [];
    const textScreen = text.getScreenCTM();
    for (const [li, lc] of lineChunks.entries()) {
      const quad = lines[li]?.quad;
      if (!quad || !textScreen) continue;
      const qx0 = Math.min(...quad.map((p) => p.x));
      const qx1 = Math.max(...quad.map((p) => p.x));
      const qy0 = Math.min(...quad.map((p) => p.y));
      const qy1 = Math.max(...quad.map((p) => p.y));
      const size = Math.max(...lc.map((c) => c.size));
      const base = lc[0]?.base ?? 0;
      const e = 1 / (scale || 1);
      const x0 = Math.min(...lc.map((c) => c.x0)) + e;
      const x1 = Math.max(...lc.map((c) => c.x1)) - e;
      const y0 = base - options.inkTop * size + e;
      const y1 = base + options.inkBottom * size - e;
      if (x1 <= x0 || y1 <= y0) continue;
      const grid: [number, number][] = [];
      const outline: [number, number][] = [];
      const step = 3 / (scale || 1);
      const fine = 0.75 / (scale || 1);
      for (const y of [y0, (y0 + y1) / 2, y1]) {
        for (let x = x0; x <= x1 + 1e-9; x += step) grid.push([x, y]);
      }
      for (let x = x0; x <= x1 + 1e-9; x += fine) outline.push([x, y0], [x, y1]);
      for (let y = y0; y <= y1 + 1e-9; y += fine) outline.push([x0, y], [x1, y]);
      for (const mark of marks) {
        if (mark.box.x1 < qx0 || mark.box.x0 > qx1 || mark.box.y1 < qy0 || mark.box.y0 > qy1)
          continue;
        const markScreen = mark.el.getScreenCTM();
        if (!markScreen) continue;
        const t = markScreen.inverse().multiply(textScreen);
        const local = (p: [number, number]) => ({
          x: t.a * p[0] + t.c * p[1] + t.e,
          y: t.b * p[0] + t.d * p[1] + t.f,
        });
        const after =
          (mark.el.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
        const knockedOut = halo && after;
        if ((mark.fill && !(mark.tint && knockedOut)) || mark.areaStroke) {
          let inside = 0;
          for (const p of grid) {
            const point = local(p);
            if (
              (mark.fill && mark.el.isPointInFill(point)) ||
              (mark.areaStroke && mark.el.isPointInStroke(point))
            ) {
              inside += 1;
            }
          }
          if (inside > 0 && inside < grid.length) {
            crossings.push({ mark: mark.label, kind: 'edge' });
            continue;
          }
        }
        if (mark.stroke && !mark.areaStroke) {
          if (knockedOut) continue;
          const hit = outline.some((p) => mark.el.isPointInStroke(local(p)));
          if (hit) crossings.push({ mark: mark.label, kind: 'stroke' });
        }
      }
    }
    texts.push({ index, lines, fontPx: maxChunk * scale, halo, crossings });
  });

  for (const clone of clones) clone.remove();
  const fullTexts: string[] = [];
  for (const fo of svg.querySelectorAll('foreignObject')) {
    for (const cell of fo.querySelectorAll('th, td, caption'))
      fullTexts.push(cell.textContent ?? '');
  }
  for (const el of svg.querySelectorAll('[aria-label]'))
    fullTexts.push(el.getAttribute('aria-label') ?? '');
  for (const el of svg.querySelectorAll('title, desc')) fullTexts.push(el.textContent ?? '');
  return { viewBox, texts, marks: marks.length, fullTexts };
}
