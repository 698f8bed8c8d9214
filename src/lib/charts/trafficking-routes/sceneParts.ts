/** Small pieces both panels of the routes map use: projecting, country-name labels, fanning arrows. */
import type { GeoProjection } from 'd3-geo';
import type { LonLatBounds } from '../../geo/trimTopology';
import type { LabelRequest } from '../../labels/placeLabels';
import type { LonLat } from './model';
import type { Point } from './routeGeometry';

/** Everything a wide regional panel might show; the projection's clip cuts the rest. */
export const REGION_TOPOLOGY_BOUNDS: LonLatBounds = [[30, -25], [165, 65]];
/** Cambodia and its neighbours. */
export const CLOSEUP_TOPOLOGY_BOUNDS: LonLatBounds = [[99, 6], [111, 19]];

export const round1 = (n: number) => Math.round(n * 10) / 10;

/** A point's position in the panel; throws for a point the projection cannot place. */
export function project(projection: GeoProjection, lonLat: LonLat): Point {
  const p = projection(lonLat);
  if (!p) throw new Error(`cannot project ${lonLat.join(',')}`);
  return [p[0], p[1]];
}

/** A country's name in capitals at the visible part's centroid, for orientation. */
export function contextLabel(id: string, name: string, anchor: Point, fontSize: number, priority: number): LabelRequest {
  return { id, anchor, lines: [name.toUpperCase()], fontSize, letterSpacing: 0.08, priority, positions: ['center', 'bottom', 'top'], gap: 0 };
}

/**
 * Spreads directions (radians) sharing a point so neighbours are at least `min` apart, keeping their
 * order: arrows arriving at one site from nearby origins fan out instead of lying on one another.
 */
export function spreadAngles(angles: number[], min: number): number[] {
  const order = angles.map((a, i) => ({ a, i })).sort((p, q) => p.a - q.a);
  for (let pass = 0; pass < 40; pass++) {
    let moved = false;
    for (let k = 0; k < order.length; k++) {
      const p = order[k]!;
      const q = order[(k + 1) % order.length]!;
      if (p === q) break;
      let gap = q.a - p.a;
      if (k === order.length - 1) gap += 2 * Math.PI;
      if (gap < min - 1e-9) {
        const push = (min - gap) / 2;
        p.a -= push;
        q.a += push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  const out: number[] = [];
  for (const { a, i } of order) out[i] = a;
  return out;
}

