import { geoBounds } from 'd3-geo';
import { feature, quantize } from 'topojson-client';
import { filter, filterAttachedWeight, planarRingArea, presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

/** A longitude/latitude box: `[[west, south], [east, north]]` in degrees. */
export type LonLatBounds = [[number, number], [number, number]];

export interface TrimTopologyOptions {
  /** Keep only geometries whose bounds meet this box. */
  bounds: LonLatBounds;
  /** Name of the GeometryCollection to trim (world-atlas: `countries`). */
  object?: string;
  /**
   * Visvalingam weight (planar triangle area in square degrees) below which points are dropped. Pick it
   * from the drawn scale: at k px per degree, half a square pixel is `0.5 / k²`.
   */
  minWeight?: number;
  /**
   * Rings (islands, lakes) smaller than this planar area in square degrees are dropped, unless they touch
   * another ring. Like `minWeight`, pick it from the drawn scale.
   */
  minArea?: number;
  /** Quantization of the output (positions per axis). */
  quantization?: number;
}

/** Whether two longitude intervals meet; geoBounds gives west > east for shapes that cross the antimeridian. */
function lonIntervalsMeet(a0: number, a1: number, b0: number, b1: number): boolean {
  const spans = (w: number, e: number): [number, number][] => (w <= e ? [[w, e]] : [[w, 180], [-180, e]]);
  return spans(a0, a1).some(([x0, x1]) => spans(b0, b1).some(([y0, y1]) => x0 <= y1 && y0 <= x1));
}

/**
 * Keeps the geometries of `topology[object]` that meet `bounds`, drops the arcs nothing uses, simplifies
 * (topojson-simplify) and re-quantizes, so a map only carries the outlines it draws. Pure: the input is not
 * modified. Geometries are kept whole; the projection's clip extent cuts them at the frame.
 */
export function trimTopology(topology: Topology, options: TrimTopologyOptions): Topology {
  const { bounds, object = 'countries', minWeight = 0, minArea = 0, quantization = 1e4 } = options;
  const collection = topology.objects[object];
  if (!collection || collection.type !== 'GeometryCollection') {
    throw new Error(`trimTopology: no GeometryCollection named "${object}"`);
  }
  const [[west, south], [east, north]] = bounds;
  const kept = (collection as GeometryCollection).geometries.filter((g: GeometryObject) => {
    const [[w, s], [e, n]] = geoBounds(feature(topology, g));
    return s <= north && n >= south && lonIntervalsMeet(w, e, west, east);
  });
  // filter() keeping every ring still prunes the arcs no kept geometry refers to.
  const pruned = filter({ ...topology, objects: { [object]: { type: 'GeometryCollection', geometries: kept } } }, () => true);
  let simplified = simplify(presimplify(pruned), minWeight);
  if (minArea > 0) simplified = filter(simplified, filterAttachedWeight(simplified, minArea, planarRingArea));
  // The world bbox is stale after trimming; quantize() recomputes it from the remaining arcs.
  delete simplified.bbox;
  return quantize(simplified, quantization);
}
