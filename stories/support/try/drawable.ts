/**
 * An SVG without its foreignObject elements (the invisible accessible table some charts carry): a
 * browser taints a canvas that draws an SVG image containing one, and a tainted canvas gives no PNG —
 * neither ours nor pptxgenjs's fallback.
 */
export async function drawableSvgText(svg: string): Promise<string> {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  for (const node of Array.from(doc.getElementsByTagName('foreignObject'))) node.remove();
  return new XMLSerializer().serializeToString(doc);
}
