/**
 * The plain HTML page of the custom-element browser test: only the classic-script bundle, hostile host
 * CSS that would break a chart whose styles were not encapsulated, and the page's own elements outside
 * the charts to show that nothing leaks out.
 */

/** Rules the charts must survive: the page restyles every element, svg, rect and text it can reach. */
export const HOSTILE_CSS = `
  * { color: red !important; font-size: 40px; font-family: "Comic Sans MS", cursive;
      letter-spacing: 6px; stroke: magenta; stroke-width: 7px; text-transform: uppercase; }
  svg { display: none !important; }
  rect { fill: lime; }
  text, tspan { fill: red; }
  div { border: 4px dashed orange; padding: 10px; }
  g { opacity: 0.2; }
`;

export interface HostElement {
  readonly tag: string;
  readonly id: string;
  readonly attributes?: Readonly<Record<string, string>>;
}

function attributeText(attributes: Readonly<Record<string, string>> = {}): string {
  return Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join('');
}

/** `module`: the bundle is an ES module (`<script type="module">`) instead of a classic script. */
export function hostPage(
  bundle: string,
  elements: readonly HostElement[],
  { module = false }: { readonly module?: boolean } = {},
): string {
  const charts = elements
    .map(
      ({ tag, id, attributes }) => `    <${tag} id="${id}"${attributeText(attributes)}></${tag}>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="fi">
  <head>
    <meta charset="utf-8">
    <title>yhdyspinta custom elements</title>
    <style>${HOSTILE_CSS}</style>
    <script${module ? ' type="module"' : ''} src="${bundle}"></script>
  </head>
  <body>
    <p id="outside">The host page's own text</p>
    <svg id="outside-svg" width="40" height="20"><rect id="outside-rect" width="40" height="20"></rect></svg>
${charts}
  </body>
</html>
`;
}

/** A page whose element holds the chart's static SVG (renderToSvg) as its light-DOM fallback. */
export function fallbackPage(bundle: string, tag: string, svg: string): string {
  return `<!doctype html>
<html lang="fi">
  <head>
    <meta charset="utf-8">
    <title>yhdyspinta fallback</title>
    <script src="${bundle}"></script>
  </head>
  <body>
    <${tag} width="720">${svg}</${tag}>
  </body>
</html>
`;
}
