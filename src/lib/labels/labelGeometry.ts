/**
 * The geometry label placement works with: the positions a label may take around its point, the box each
 * gives, and distances and overlaps between boxes and points. placeLabels.ts is the algorithm that uses it.
 */
import type { Box } from '../geo/box';

/** Where a label sits relative to its anchor point. */
export type LabelPosition = 'center' | 'right' | 'left' | 'top' | 'bottom' | 'top-right' | 'top-left' | 'bottom-right' | 'bottom-left';

/** Whether two rectangles overlap (touching edges do not count). */
export function rectsOverlap(a: Box, b: Box, padding = 0): boolean {
  return (
    a.x < b.x + b.width + padding &&
    b.x < a.x + a.width + padding &&
    a.y < b.y + b.height + padding &&
    b.y < a.y + a.height + padding
  );
}

export function inside(r: Box, b: Box): boolean {
  return r.x >= b.x && r.y >= b.y && r.x + r.width <= b.x + b.width && r.y + r.height <= b.y + b.height;
}

export const DEFAULT_POSITIONS: LabelPosition[] = ['right', 'left', 'top', 'bottom', 'top-right', 'bottom-right', 'top-left', 'bottom-left'];

const POSITION_ANGLE: Record<Exclude<LabelPosition, 'center'>, number> = {
  right: 0,
  'bottom-right': 45,
  bottom: 90,
  'bottom-left': 135,
  left: 180,
  'top-left': 225,
  top: 270,
  'top-right': 315,
};

/**
 * The eight positions ordered by how closely they point along `angle` (degrees, screen coordinates, 0 =
 * right, 90 = down): a label pushed away from a crowded centre keeps out of the crowd.
 */
export function positionsToward(angle: number): LabelPosition[] {
  const diff = (a: number) => {
    const d = Math.abs((((a - angle) % 360) + 360) % 360);
    return Math.min(d, 360 - d);
  };
  // Sideways positions first among equals: two-line labels sit better beside a point than above it.
  const sideways = (p: LabelPosition) => (p === 'left' || p === 'right' ? -1 : 0);
  return (Object.keys(POSITION_ANGLE) as Exclude<LabelPosition, 'center'>[]).sort(
    (a, b) => diff(POSITION_ANGLE[a]) - diff(POSITION_ANGLE[b]) || sideways(a) - sideways(b),
  );
}

/** The label box for a position at distance `gap` from the anchor. */
export function boxAt(anchor: [number, number], w: number, h: number, position: LabelPosition, gap: number): Box {
  const [ax, ay] = anchor;
  const d = gap * Math.SQRT1_2;
  switch (position) {
    case 'center': return { x: ax - w / 2, y: ay - h / 2, width: w, height: h };
    case 'right': return { x: ax + gap, y: ay - h / 2, width: w, height: h };
    case 'left': return { x: ax - gap - w, y: ay - h / 2, width: w, height: h };
    case 'top': return { x: ax - w / 2, y: ay - gap - h, width: w, height: h };
    case 'bottom': return { x: ax - w / 2, y: ay + gap, width: w, height: h };
    case 'top-right': return { x: ax + d, y: ay - d - h, width: w, height: h };
    case 'top-left': return { x: ax - d - w, y: ay - d - h, width: w, height: h };
    case 'bottom-right': return { x: ax + d, y: ay + d, width: w, height: h };
    case 'bottom-left': return { x: ax - d - w, y: ay + d, width: w, height: h };
  }
}

/** Distance from a point to a rectangle (0 inside). */
export function distanceToRect(p: [number, number], r: Box): number {
  const dx = Math.max(r.x - p[0], 0, p[0] - (r.x + r.width));
  const dy = Math.max(r.y - p[1], 0, p[1] - (r.y + r.height));
  return Math.hypot(dx, dy);
}

/** The point on `box`'s edge nearest to `p`, where a leader line meets the label. */
export function nearestEdgePoint(box: Box, p: [number, number]): [number, number] {
  return [
    Math.min(Math.max(p[0], box.x), box.x + box.width),
    Math.min(Math.max(p[1], box.y), box.y + box.height),
  ];
}
