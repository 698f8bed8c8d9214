import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { CLOSEUP_BOUNDS, REGION_BOUNDS, boundsOutline, edgeMidpoints, mapProjection } from '../../../../src/lib/geo/mapProjection';
import { regionTopology } from '../../../../src/lib/geo/regionTopology';

const box = { x: 0, y: 0, width: 600, height: 600 };
const round = (p: [number, number] | null) => p && p.map((n) => Math.round(n * 10) / 10);
const phnomPenh: [number, number] = [104.921, 11.569];
const taipei: [number, number] = [121.565, 25.033];
const islamabad: [number, number] = [73.048, 33.684];
const ulaanbaatar: [number, number] = [106.906, 47.886];
const jakarta: [number, number] = [106.817, -6.2];

describe('mapProjection', () => {
  const region = mapProjection('region', box, { padding: 10 });

  it('mapProjection(region) puts Phnom Penh where it should (numbers pinned)', () => {
    expect(round(region(phnomPenh))).toEqual([386.1, 385.4]);
  });

  it('mapProjection(region) keeps the frame\'s edges inside the padded box', () => {
    for (const p of edgeMidpoints(REGION_BOUNDS).coordinates as [number, number][]) {
      const [x, y] = region(p)!;
      expect(x).toBeGreaterThanOrEqual(10 - 1e-6);
      expect(x).toBeLessThanOrEqual(590 + 1e-6);
      expect(y).toBeGreaterThanOrEqual(10 - 1e-6);
      expect(y).toBeLessThanOrEqual(590 + 1e-6);
    }
  });

  it('mapProjection(region) orders capitals as on the globe: Islamabad west, Taipei east, Ulaanbaatar north, Jakarta south', () => {
    const [ix] = region(islamabad)!;
    const [tx] = region(taipei)!;
    const [, uy] = region(ulaanbaatar)!;
    const [, jy] = region(jakarta)!;
    const [px, py] = region(phnomPenh)!;
    expect(ix).toBeLessThan(px);
    expect(tx).toBeGreaterThan(px);
    expect(uy).toBeLessThan(py);
    expect(jy).toBeGreaterThan(py);
  });

  it('mapProjection(region, { include }) widens the fit to take in extra points', () => {
    const wider = mapProjection('region', box, { include: [[40, 30]] });
    expect(wider.scale()).toBeLessThan(region.scale());
    const [x] = wider([40, 30])!;
    expect(x).toBeGreaterThanOrEqual(-1e-6);
  });

  it('mapProjection inverts what it projects', () => {
    const back = region.invert!(region(taipei)!)!;
    expect(back[0]).toBeCloseTo(taipei[0], 6);
    expect(back[1]).toBeCloseTo(taipei[1], 6);
  });

  it('mapProjection(closeup) fits Cambodia inside the box, with Phnom Penh inside Cambodia', () => {
    const closeup = mapProjection('closeup', { x: 0, y: 0, width: 400, height: 300 });
    for (const p of boundsOutline(CLOSEUP_BOUNDS).coordinates as [number, number][]) {
      const [x, y] = closeup(p)!;
      expect(x).toBeGreaterThanOrEqual(-1e-6);
      expect(x).toBeLessThanOrEqual(400 + 1e-6);
      expect(y).toBeGreaterThanOrEqual(-1e-6);
      expect(y).toBeLessThanOrEqual(300 + 1e-6);
    }
    expect(round(closeup(phnomPenh))).toEqual([195.5, 190.7]);
    const topology = regionTopology({ bounds: CLOSEUP_BOUNDS });
    const kh = (topology.objects['countries'] as GeometryCollection).geometries.find((g) => String(g.id) === '116')!;
    expect(geoContains(feature(topology, kh), phnomPenh)).toBe(true);
  });

  it('boundsOutline samples every degree along the edges', () => {
    const outline = boundsOutline([[100, 10], [103, 12]]);
    expect(outline.coordinates).toContainEqual([101, 10]);
    expect(outline.coordinates).toContainEqual([103, 11]);
    expect(outline.coordinates.length).toBe(2 * 4 + 2 * 3);
  });
});
