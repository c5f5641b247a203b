/**
 * The layout checker's in-page measurement (issue 12). `measureSvg` runs INSIDE Chromium: it is passed to
 * `page.evaluate` as its source text, so it must stay self-contained (no imports, no helpers from outside
 * its body, only types). It reads the chart <svg> in `#stage` and returns, in the root's viewBox units:
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

/** A point in the document's px (the root svg's width × height; its top left is 0, 0). */
export interface MeasuredPoint {
  readonly x: number;
  readonly y: number;
}

/** Corners in order (top-left, top-right, bottom-right, bottom-left in the text's own frame). */
export type MeasuredQuad = readonly [MeasuredPoint, MeasuredPoint, MeasuredPoint, MeasuredPoint];

export interface MeasuredLine {
  /** The line as written (trailing/leading spaces trimmed). */
  readonly text: string;
  readonly quad: MeasuredQuad;
}

export interface MeasuredCrossing {
  /** Tag of the mark and its fill/stroke, e.g. "path fill=#0072B2". */
  readonly mark: string;
  /** 'edge': the text straddles a filled mark's edge; 'stroke': a line runs through the text. */
  readonly kind: 'edge' | 'stroke';
}

export interface MeasuredText {
  /** Index among the visible texts, in document order. */
  readonly index: number;
  readonly lines: readonly MeasuredLine[];
  /** Rendered size in root px: computed font-size × the text's scale relative to the root. */
  readonly fontPx: number;
  readonly halo: boolean;
  readonly crossings: readonly MeasuredCrossing[];
}

export interface PageMeasure {
  readonly viewBox: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  };
  readonly texts: readonly MeasuredText[];
  readonly marks: number;
  /** Texts of the hidden table, aria-labels, <title> and <desc>: the charts' full texts. */
  readonly fullTexts: readonly string[];
}

export interface MeasureOptions {
  /** Ink above the baseline, in em. */
  readonly inkTop: number;
  /** Ink below the baseline, in em. */
  readonly inkBottom: number;
}

/** Runs in the page: see the file comment. */
export function measureSvg(options: MeasureOptions): PageMeasure {
  const svg = document.querySelector('#stage > svg');
  if (!(svg instanceof SVGSVGElement)) throw new Error('measureSvg: no svg in #stage');
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

  // Colours: parse "rgb(r, g, b)" / "rgba(…)" from computed styles.
  const rgb = (value: string): [number, number, number, number] | null => {
    const m = /rgba?\(([^)]+)\)/.exec(value);
    if (!m?.[1]) return null;
    const parts = m[1]
      .split(/[,\s/]+/)
      .filter(Boolean)
      .map(Number);
    return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
  };
  const luminance = ([r, g, b]: [number, number, number, number]) => {
    const lin = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

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
  // A path of many subpaths (a run of bars or of a band's heatmap cells in one `d`) is split into one
  // temporary clone per subpath, so each bar or cell is its own mark (its own bounding box, and "inside one
  // cell" means one cell); the clones are removed before returning.
  const subpaths = (d: string): string[] => {
    const tokens = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
    const parts: string[] = [];
    let x = 0;
    let y = 0;
    let sx = 0;
    let sy = 0;
    let current: string[] = [];
    let command = '';
    const arity: Record<string, number> = {
      m: 2,
      l: 2,
      h: 1,
      v: 1,
      c: 6,
      s: 4,
      q: 4,
      t: 2,
      a: 7,
      z: 0,
    };
    let i = 0;
    while (i < tokens.length) {
      const token = tokens[i] ?? '';
      if (/[a-zA-Z]/.test(token)) {
        command = token;
        i += 1;
        if (command.toLowerCase() !== 'z') continue;
      }
      const lower = command.toLowerCase();
      const rel = command === lower;
      const n = arity[lower] ?? 0;
      const args = tokens.slice(i, i + n).map(Number);
      i += n;
      if (lower === 'z') {
        current.push('Z');
        x = sx;
        y = sy;
        command = '';
        continue;
      }
      if (args.length < n) break;
      if (lower === 'm') {
        if (current.length > 0) parts.push(current.join(' '));
        x = (rel ? x : 0) + (args[0] ?? 0);
        y = (rel ? y : 0) + (args[1] ?? 0);
        sx = x;
        sy = y;
        current = [`M${x} ${y}`];
        command = rel ? 'l' : 'L';
        continue;
      }
      // Other commands: written relative stay relative (the current point is tracked), absolute as is.
      current.push(`${command}${args.join(' ')}`);
      if (lower === 'h') x = (rel ? x : 0) + (args[0] ?? 0);
      else if (lower === 'v') y = (rel ? y : 0) + (args[0] ?? 0);
      else {
        x = (rel ? x : 0) + (args[n - 2] ?? 0);
        y = (rel ? y : 0) + (args[n - 1] ?? 0);
      }
    }
    if (current.length > 0) parts.push(current.join(' '));
    return parts;
  };
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
    const chunkElements: SVGTextContentElement[] = [];
    const tspans = [...text.querySelectorAll('tspan')].filter(
      (t) => t.querySelector('tspan') === null,
    );
    if (tspans.length === 0) chunkElements.push(text);
    else chunkElements.push(...tspans);
    interface Chunk {
      text: string;
      x0: number;
      x1: number;
      base: number;
      size: number;
    }
    const chunks: Chunk[] = [];
    for (const chunk of chunkElements) {
      // The addressable characters are the content after white-space collapsing: find the string they are.
      const raw = chunk.textContent ?? '';
      const n = chunk.getNumberOfChars();
      const collapsed = raw.replace(/\s+/g, ' ');
      const content =
        [raw, collapsed, collapsed.trimStart(), collapsed.trimEnd(), collapsed.trim()].find(
          (s) => s.length === n,
        ) ?? collapsed.slice(0, n);
      const first = content.search(/\S/);
      const last = content.length - 1 - content.split('').reverse().join('').search(/\S/);
      if (n === 0 || first < 0 || last >= n) continue;
      const start = chunk.getStartPositionOfChar(first);
      const end = chunk.getEndPositionOfChar(last);
      chunks.push({
        text: content.slice(first, last + 1),
        x0: Math.min(start.x, end.x),
        x1: Math.max(start.x, end.x),
        base: start.y,
        size: Number.parseFloat(getComputedStyle(chunk).fontSize) || fontSize,
      });
    }
    // Lines: runs of chunks on the same baseline (within 0.5 units) that touch (gap under 0.35 em, about a space); chunks
    // placed apart on one baseline (a row of values in one <text>) stay separate boxes.
    const lineChunks: Chunk[][] = [];
    for (const chunk of chunks) {
      const line = lineChunks.find((l) =>
        l.some(
          (c) =>
            Math.abs(c.base - chunk.base) < 0.5 &&
            chunk.x0 - c.x1 < 0.35 * c.size &&
            c.x0 - chunk.x1 < 0.35 * c.size,
        ),
      );
      if (line) line.push(chunk);
      else lineChunks.push([chunk]);
    }
    for (const l of lineChunks) l.sort((p, q) => p.x0 - q.x0);
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
