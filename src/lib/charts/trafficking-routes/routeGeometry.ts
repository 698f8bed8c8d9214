/** A point in SVG pixels. */
export type Point = [number, number];

export interface RouteGeometryOptions {
  /**
   * How far the curve bows out, as a share of the straight distance. Positive bows to the left of travel,
   * so a route and its return (A to B, B to A) bow to opposite sides and never lie on top of each other.
   */
  bend?: number;
  /** Gap left before the end point (px), so the arrow's tip stops at the edge of the point's marker. */
  endGap?: number;
  /** Gap after the start point (px). */
  startGap?: number;
  /** Arrowhead length (px); its width is 0.9 times this. 0 for no arrowhead. */
  arrowSize?: number;
}

export interface RouteGeometry {
  /** The start point given. */
  start: Point;
  /** The end point given. */
  end: Point;
  /** The quadratic Bézier control point of the full curve. */
  control: Point;
  /** SVG path of the drawn line: the curve from after `startGap` to the base of the arrowhead. */
  d: string;
  /** SVG path of the arrowhead (a closed triangle), or '' without one. */
  arrow: string;
  /** Where the arrow's tip is. */
  tip: Point;
  /** The point halfway along the curve's parameter, for a number badge. */
  mid: Point;
  /** Length of the drawn line in px (for dash animations). */
  length: number;
}

/** The point at parameter t of the quadratic Bézier p0, p1, p2. */
export function quadraticPoint(p0: Point, p1: Point, p2: Point, t: number): Point {
  const u = 1 - t;
  return [u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0], u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1]];
}

/** The control point of the part of a quadratic Bézier between parameters t0 and t1 (de Casteljau). */
function subControl(p0: Point, p1: Point, p2: Point, t0: number, t1: number): Point {
  const a = (1 - t0) * (1 - t1);
  const b = (1 - t0) * t1 + t0 * (1 - t1);
  const c = t0 * t1;
  return [a * p0[0] + b * p1[0] + c * p2[0], a * p0[1] + b * p1[1] + c * p2[1]];
}

/** Curve length between two parameters, by sampling (exact enough for a few-hundred-pixel curve). */
function arcLength(p0: Point, p1: Point, p2: Point, t0: number, t1: number, n = 48): number {
  let length = 0;
  let prev = quadraticPoint(p0, p1, p2, t0);
  for (let i = 1; i <= n; ++i) {
    const p = quadraticPoint(p0, p1, p2, t0 + ((t1 - t0) * i) / n);
    length += Math.hypot(p[0] - prev[0], p[1] - prev[1]);
    prev = p;
  }
  return length;
}

/** The parameter at which the curve is `distance` px (along the curve) from the end given by `fromEnd`. */
function parameterAtDistance(p0: Point, p1: Point, p2: Point, distance: number, fromEnd: boolean): number {
  if (distance <= 0) return fromEnd ? 1 : 0;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 30; ++i) {
    const t = (lo + hi) / 2;
    const d = fromEnd ? arcLength(p0, p1, p2, t, 1, 16) : arcLength(p0, p1, p2, 0, t, 16);
    if ((d > distance) === fromEnd) lo = t;
    else hi = t;
  }
  return (lo + hi) / 2;
}

const fmt = (n: number) => String(Math.round(n * 10) / 10);
const pt = (p: Point) => `${fmt(p[0])},${fmt(p[1])}`;

/**
 * A curved route from `start` to `end`: a quadratic Bézier bowed to the left of travel, shortened by the
 * gaps, with an arrowhead whose tip sits `endGap` before the end. The line stops at the arrowhead's base
 * so a thick stroke never pokes through the tip.
 */
export function routeGeometry(start: Point, end: Point, options: RouteGeometryOptions = {}): RouteGeometry {
  const { bend = 0.2, endGap = 0, startGap = 0, arrowSize = 0 } = options;
  const dx = end[0] - start[0];
  const dy = end[1] - start[1];
  // Left of travel in screen coordinates (y down) is (dy, -dx).
  const control: Point = [(start[0] + end[0]) / 2 + bend * dy, (start[1] + end[1]) / 2 - bend * dx];
  const total = arcLength(start, control, end, 0, 1);
  const gaps = Math.min(startGap + endGap + arrowSize, total * 0.9);
  const scale = gaps > 0 ? gaps / (startGap + endGap + arrowSize) : 1;
  const t0 = parameterAtDistance(start, control, end, startGap * scale, false);
  const tTip = parameterAtDistance(start, control, end, endGap * scale, true);
  const tipDistance = arcLength(start, control, end, tTip, 1);
  const tBase = parameterAtDistance(start, control, end, tipDistance + arrowSize * scale, true);
  const lineEnd = arrowSize > 0 ? tBase : tTip;
  const a = quadraticPoint(start, control, end, t0);
  const b = quadraticPoint(start, control, end, lineEnd);
  const c = subControl(start, control, end, t0, lineEnd);
  const tip = quadraticPoint(start, control, end, tTip);
  let arrow = '';
  if (arrowSize > 0) {
    const ux = tip[0] - b[0];
    const uy = tip[1] - b[1];
    const len = Math.hypot(ux, uy) || 1;
    const half = (arrowSize * scale * 0.45) / len;
    arrow = `M${pt(tip)}L${pt([b[0] - uy * half, b[1] + ux * half])}L${pt([b[0] + uy * half, b[1] - ux * half])}Z`;
  }
  return {
    start,
    end,
    control,
    d: `M${pt(a)}Q${pt(c)} ${pt(b)}`,
    arrow,
    tip,
    mid: quadraticPoint(start, control, end, 0.5),
    length: arcLength(start, control, end, t0, lineEnd),
  };
}
