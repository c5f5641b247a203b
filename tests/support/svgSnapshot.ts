/**
 * Makes server-rendered SVG readable as a file snapshot: numbers with decimals are rounded to one decimal
 * (so a sub-pixel change does not churn the snapshot, while a real move shows) and every element starts
 * on its own line (so a diff points at the element that changed).
 */
export function normalizeSvg(markup: string): string {
  const rounded = markup.replace(/-?\d+\.\d+/g, (n) => {
    const r = Math.round(Number(n) * 10) / 10;
    return String(Object.is(r, -0) ? 0 : r);
  });
  return `${rounded.replace(/><(?!\/)/g, '>\n<')}\n`;
}
