/**
 * The layout checker's page-side helpers (issue 12): like measureSvg (measure.ts), `installPageHelpers`
 * runs INSIDE Chromium, passed to `page.evaluate` as its source text, so it is self-contained. It puts on
 * `window.layoutCheckHelpers` the pure parts measureSvg uses: colour parsing and contrast, splitting a
 * path into its subpaths, and a text's chunks and lines. preparePage (browser.ts) installs them once.
 */
import type { PageChunk, PageHelpers } from './measureTypes';

export function installPageHelpers(): void {
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
  const textLines = (text: SVGTextElement, fontSize: number) => {
    const chunkElements: SVGTextContentElement[] = [];
    const tspans = [...text.querySelectorAll('tspan')].filter(
      (t) => t.querySelector('tspan') === null,
    );
    if (tspans.length === 0) chunkElements.push(text);
    else chunkElements.push(...tspans);
    const chunks: PageChunk[] = [];
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
    const lineChunks: PageChunk[][] = [];
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
    return { chunks, lineChunks };
  };
  const helpers: PageHelpers = { rgb, luminance, contrast, subpaths, textLines };
  window.layoutCheckHelpers = helpers;
}
