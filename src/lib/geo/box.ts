/** An axis-aligned rectangle in SVG pixels: panels, label boxes, obstacles. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The square box of half-side `r` around a point. */
export function boxAround([x, y]: readonly [number, number], r: number): Box {
  return { x: x - r, y: y - r, width: 2 * r, height: 2 * r };
}

/** The area two boxes share (0 when they do not overlap). */
export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}
