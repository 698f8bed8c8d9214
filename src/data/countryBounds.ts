/**
 * Rough bounding boxes (degrees, a little generous) of every country or territory in countries.json, used only
 * by the cross-checks to catch a swapped or mistyped coordinate: a place must fall inside its country's box and
 * a capital inside its own country's. Not map data.
 */
export interface BoundingBox {
  /** Southern edge. */
  minLat: number;
  /** Northern edge. */
  maxLat: number;
  /** Western edge. */
  minLon: number;
  /** Eastern edge. */
  maxLon: number;
}

export const countryBounds: Readonly<Record<string, BoundingBox>> = {
  KH: { minLat: 10.0, maxLat: 14.7, minLon: 102.3, maxLon: 107.7 },
  CN: { minLat: 18.0, maxLat: 53.6, minLon: 73.5, maxLon: 134.8 },
  TW: { minLat: 21.8, maxLat: 26.4, minLon: 118.1, maxLon: 122.1 },
  HK: { minLat: 22.1, maxLat: 22.6, minLon: 113.8, maxLon: 114.5 },
  ID: { minLat: -11.1, maxLat: 6.1, minLon: 95.0, maxLon: 141.1 },
  VN: { minLat: 8.2, maxLat: 23.4, minLon: 102.1, maxLon: 109.5 },
  PH: { minLat: 4.6, maxLat: 21.2, minLon: 116.9, maxLon: 126.7 },
  MY: { minLat: 0.8, maxLat: 7.4, minLon: 99.6, maxLon: 119.3 },
  TH: { minLat: 5.6, maxLat: 20.5, minLon: 97.3, maxLon: 105.7 },
  BD: { minLat: 20.6, maxLat: 26.7, minLon: 88.0, maxLon: 92.7 },
  IN: { minLat: 6.7, maxLat: 35.7, minLon: 68.1, maxLon: 97.4 },
  MN: { minLat: 41.6, maxLat: 52.2, minLon: 87.7, maxLon: 119.9 },
  NP: { minLat: 26.3, maxLat: 30.5, minLon: 80.0, maxLon: 88.2 },
  PK: { minLat: 23.6, maxLat: 37.1, minLon: 60.9, maxLon: 77.9 },
  MM: { minLat: 9.8, maxLat: 28.6, minLon: 92.2, maxLon: 101.2 },
  // Contiguous states, Alaska and Hawaii (ignoring the Aleutians past the antimeridian).
  US: { minLat: 18.9, maxLat: 71.4, minLon: -179.2, maxLon: -66.9 },
};

/** True when the point lies inside the box (edges included). */
export function inBounds(box: BoundingBox, lat: number, lon: number): boolean {
  return lat >= box.minLat && lat <= box.maxLat && lon >= box.minLon && lon <= box.maxLon;
}
