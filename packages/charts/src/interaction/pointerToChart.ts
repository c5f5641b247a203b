/** The pointer's position in chart coordinates (the SVG's viewBox), from a client position. */
export function pointerToChart(
  event: { readonly clientX: number; readonly clientY: number; readonly currentTarget: Element },
  width: number,
  height: number,
): { x: number; y: number } {
  const svg = event.currentTarget.closest('svg');
  const rect = svg?.getBoundingClientRect();
  if (!rect) return { x: event.clientX, y: event.clientY };
  const sx = rect.width > 0 ? width / rect.width : 1;
  const sy = rect.height > 0 ? height / rect.height : 1;
  return { x: (event.clientX - rect.left) * sx, y: (event.clientY - rect.top) * sy };
}
