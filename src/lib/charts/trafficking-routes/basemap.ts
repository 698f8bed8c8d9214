import { geoCentroid, geoPath, type GeoPath, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { Box } from '../../geo/mapProjection';
import { regionTopology } from '../../geo/regionTopology';
import type { LonLat } from './model';
import type { LonLatBounds } from '../../geo/trimTopology';

/** World-atlas id of Cambodia (ISO 3166 numeric). */
export const CAMBODIA_NUMERIC = '116';

/** A country drawn on its own, so it can be highlighted (and, for nationalities, focused). */
export interface BasemapCountry {
  code: string;
  d: string;
}

export interface Basemap {
  /** The panel's water (a rectangle path). */
  water: string;
  /** Every other country, merged into one shape. */
  land: string;
  countries: BasemapCountry[];
  /** All borders between countries, each once. */
  borders: string;
  /** The path generator, for centroids and areas of labels. */
  path: GeoPath;
  topology: Topology;
}

/** The countries of a trimmed world-atlas topology. */
export function countriesOf(topology: Topology): GeometryObject[] {
  return (topology.objects['countries'] as GeometryCollection).geometries;
}

/** A country as a GeoJSON feature (world-atlas features carry `name`). */
export function geometryFeature(topology: Topology, g: GeometryObject): Feature<Geometry, { name?: string }> {
  return feature(topology, g) as Feature<Geometry, { name?: string }>;
}

/**
 * Outlines simplified for the drawn scale: points whose triangle is under about `pixelArea` square pixels
 * go, and islands under about eight times that. Weights snap to powers of two, so the few widths drawn share a handful of
 * cached topologies.
 */
export function topologyFor(bounds: LonLatBounds, projection: GeoProjection, pixelArea = 2): Topology {
  const pxPerDegree = (projection.scale() * Math.PI) / 180;
  const minWeight = 2 ** Math.floor(Math.log2(pixelArea / (pxPerDegree * pxPerDegree)));
  return regionTopology({ bounds, minWeight, minArea: minWeight * 8, quantization: 1e5 });
}

/**
 * The centroid of Cambodia's Natural Earth outline, rounded to 0.1°: where routes whose Cambodian end is
 * only "Cambodia" meet. Computed, never typed in, and always labelled "site not reported".
 */
export function cambodiaPoint(): LonLat {
  const topology = regionTopology({ bounds: [[99, 6], [111, 19]], minWeight: 0, quantization: 1e5 });
  const kh = countriesOf(topology).find((g) => String(g.id) === CAMBODIA_NUMERIC);
  if (!kh) throw new Error('Cambodia missing from world-atlas');
  const [lon, lat] = geoCentroid(geometryFeature(topology, kh));
  return [Math.round(lon * 10) / 10, Math.round(lat * 10) / 10];
}

/**
 * Land, separately drawn countries and borders for a panel. Countries in `ownPath` (numeric id to code)
 * get their own paths; the rest are one merged land shape, and all borders one mesh, so each outline is
 * in the SVG once.
 */
export function basemap(topology: Topology, projection: GeoProjection, box: Box, ownPath: Map<string, string>, digits = 1): Basemap {
  const path = geoPath(projection).digits(digits);
  const geometries = countriesOf(topology);
  const rest = geometries.filter((g) => !ownPath.has(String(g.id)));
  const land = path(merge(topology, rest as Parameters<typeof merge>[1])) ?? '';
  const countries = geometries.flatMap((g) => {
    const code = ownPath.get(String(g.id));
    const d = code ? path(geometryFeature(topology, g)) : null;
    return code && d ? [{ code, d }] : [];
  });
  const borders = path(mesh(topology, topology.objects['countries'] as GeometryCollection, (a, b) => a !== b)) ?? '';
  const water = `M${box.x},${box.y}h${box.width}v${box.height}h${-box.width}Z`;
  return { water, land, countries, borders, path, topology };
}
