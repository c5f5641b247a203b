/**
 * What the browser test reads from one chart element, in the page: the chart <svg> inside its shadow
 * root and the computed style of its first text. Passed to page.evaluate, so it must be self-contained.
 */
export interface ChartSnapshot {
  /** The element has an open shadow root. */
  readonly shadow: boolean;
  /** The svg role="figure" in the shadow root: its accessible name, or null when there is none. */
  readonly name: string | null;
  readonly busy: boolean;
  /** Text of its role="status" group (loading, empty and error states), or null. */
  readonly status: string | null;
  /** All the chart's text (visible and hidden table). */
  readonly text: string;
  /** Rendered size of the svg and of the host element. */
  readonly svgWidth: number;
  readonly svgHeight: number;
  readonly hostWidth: number;
  readonly svgDisplay: string;
  /** Computed style of the first <text> of the chart. */
  readonly textStyle: {
    readonly fill: string;
    readonly fontSize: string;
    readonly fontFamily: string;
    readonly letterSpacing: string;
    readonly stroke: string;
    readonly textTransform: string;
  } | null;
}

export function inspectChart(id: string): ChartSnapshot | null {
  const host = document.getElementById(id);
  if (!host) return null;
  const root = host.shadowRoot;
  const svg = root?.querySelector('svg[role="figure"]') ?? null;
  const text = svg?.querySelector('text') ?? null;
  const style = text ? getComputedStyle(text) : null;
  const svgBox = svg?.getBoundingClientRect();
  return {
    shadow: root !== null,
    name: svg?.getAttribute('aria-label') ?? null,
    busy: svg?.getAttribute('aria-busy') === 'true',
    status: svg?.querySelector('[role="status"]')?.textContent ?? null,
    text: svg?.textContent ?? '',
    svgWidth: svgBox?.width ?? 0,
    svgHeight: svgBox?.height ?? 0,
    hostWidth: host.getBoundingClientRect().width,
    svgDisplay: svg ? getComputedStyle(svg).display : '',
    textStyle: style && {
      fill: style.fill,
      fontSize: style.fontSize,
      fontFamily: style.fontFamily,
      letterSpacing: style.letterSpacing,
      stroke: style.stroke,
      textTransform: style.textTransform,
    },
  };
}
