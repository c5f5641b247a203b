/** An axis-aligned rectangle in chart coordinates (px, y down). */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** True when (x, y) is inside `box` or on its edge: the charts' pointer → mark tests. */
export function boxContains(box: Box, x: number, y: number): boolean {
  return x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
}
