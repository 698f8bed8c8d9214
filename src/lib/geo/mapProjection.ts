import { geoAzimuthalEqualArea, geoMercator, type GeoProjection } from 'd3-geo';
import type { MultiPoint } from 'geojson';
import type { LonLatBounds } from './trimTopology';

/**
 * The regional frame: Pakistan (west) to Taiwan and the Philippines (east), Mongolia (north) to Java
 * (south). The fit uses the middle of each edge, not the corners: on an azimuthal projection a box's
 * corners swing far out and would waste the panel on Kazakhstan and the Indian Ocean.
 */
export const REGION_BOUNDS: LonLatBounds = [[70, -8.5], [122.5, 48.5]];

/** The Cambodia close-up: the whole country with the borders of Thailand, Laos and Vietnam around it. */
export const CLOSEUP_BOUNDS: LonLatBounds = [[102.2, 9.7], [107.8, 14.8]];

import type { Box } from './box';

export type { Box };

export type MapView = 'region' | 'closeup';

/** Points along the edges of a lon/lat box, one per degree, so fitting follows parallels and meridians. */
export function boundsOutline(bounds: LonLatBounds, step = 1): MultiPoint {
  const [[w, s], [e, n]] = bounds;
  const coordinates: [number, number][] = [];
  const steps = (a: number, b: number) => Math.max(1, Math.ceil(Math.abs(b - a) / step));
  for (let i = 0, k = steps(w, e); i <= k; ++i) {
    const lon = w + ((e - w) * i) / k;
    coordinates.push([lon, s], [lon, n]);
  }
  for (let i = 0, k = steps(s, n); i <= k; ++i) {
    const lat = s + ((n - s) * i) / k;
    coordinates.push([w, lat], [e, lat]);
  }
  return { type: 'MultiPoint', coordinates };
}

/** The middle of each edge of a lon/lat box. */
export function edgeMidpoints(bounds: LonLatBounds): MultiPoint {
  const [[w, s], [e, n]] = bounds;
  const lon = (w + e) / 2;
  const lat = (s + n) / 2;
  return { type: 'MultiPoint', coordinates: [[lon, n], [lon, s], [w, lat], [e, lat]] };
}

/**
 * The projection for a view, fitted so its frame (and any `include` points, e.g. every route's ends) fills
 * `box` (less `padding`), and clipped to `box`.
 * The region uses an azimuthal equal-area projection centred near Cambodia's meridian, so areas compare
 * fairly across 60 degrees of latitude; the close-up uses Mercator, as street-level maps do, where shapes
 * matter more than areas.
 */
export function mapProjection(
  view: MapView,
  box: Box,
  options: { padding?: number; include?: [number, number][] } = {},
): GeoProjection {
  const { padding = 0, include = [] } = options;
  const projection =
    view === 'region' ? geoAzimuthalEqualArea().rotate([-98, -20]) : geoMercator();
  const outline = view === 'region' ? edgeMidpoints(REGION_BOUNDS) : boundsOutline(CLOSEUP_BOUNDS);
  projection.fitExtent(
    [
      [box.x + padding, box.y + padding],
      [box.x + box.width - padding, box.y + box.height - padding],
    ],
    { type: 'MultiPoint', coordinates: [...outline.coordinates, ...include] },
  );
  return projection.clipExtent([
    [box.x, box.y],
    [box.x + box.width, box.y + box.height],
  ]);
}
