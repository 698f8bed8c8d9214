import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { trimTopology } from '../../../../src/lib/geo/trimTopology';
import { regionTopology } from '../../../../src/lib/geo/regionTopology';

const world = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-50m.json'), 'utf8'),
) as Topology;
const ids = (t: Topology) => (t.objects['countries'] as GeometryCollection).geometries.map((g) => String(g.id));
const pointCount = (t: Topology) => t.arcs.reduce((n, a) => n + a.length, 0);
const asia: [[number, number], [number, number]] = [[60, -10], [127, 50]];

describe('trimTopology', () => {
  const trimmed = trimTopology(world, { bounds: asia, minWeight: 0.01, quantization: 1e4 });

  it('trimTopology(world, asia) keeps the countries that meet the box and drops the rest', () => {
    const kept = ids(trimmed);
    for (const id of ['116', '704', '764', '360', '158', '496', '586', '608', '344']) expect(kept).toContain(id);
    // Brazil, the United States and France's overseas polygons aside: countries far from the box go.
    for (const id of ['076', '840', '124', '710']) expect(kept).not.toContain(id);
    expect(kept.length).toBeLessThan(ids(world).length / 3);
  });

  it('trimTopology keeps a country whose bounds cross the antimeridian when it meets the box (Russia)', () => {
    expect(ids(trimmed)).toContain('643');
  });

  it('trimTopology drops unused arcs, simplifies and re-quantizes', () => {
    expect(trimmed.arcs.length).toBeLessThan(world.arcs.length / 2);
    expect(pointCount(trimmed)).toBeLessThan(pointCount(world) / 5);
    expect(trimmed.transform).toBeDefined();
    expect(trimmed.transform!.scale[0]).toBeGreaterThan(0);
    // Every arc index a geometry uses exists, and every arc is used.
    const used = new Set<number>();
    const walk = (a: unknown): void => {
      if (typeof a === 'number') used.add(a < 0 ? ~a : a);
      else if (Array.isArray(a)) a.forEach(walk);
    };
    for (const g of (trimmed.objects['countries'] as GeometryCollection).geometries) if ('arcs' in g) walk(g.arcs);
    expect(Math.max(...used)).toBe(trimmed.arcs.length - 1);
    expect(used.size).toBe(trimmed.arcs.length);
  });

  it('trimTopology keeps outlines where they were: Cambodia stays within 0.05° of its Natural Earth bounds', () => {
    const kh = (trimmed.objects['countries'] as GeometryCollection).geometries.find((g) => String(g.id) === '116')!;
    const coords = JSON.stringify((feature(trimmed, kh as GeometryObject) as { geometry: unknown }).geometry).match(/-?\d+\.?\d*/g)!.map(Number);
    const lons = coords.filter((_, i) => i % 2 === 0);
    const lats = coords.filter((_, i) => i % 2 === 1);
    expect(Math.min(...lons)).toBeCloseTo(102.3, 0);
    expect(Math.max(...lons)).toBeCloseTo(107.6, 0);
    expect(Math.min(...lats)).toBeCloseTo(10.4, 0);
    expect(Math.max(...lats)).toBeCloseTo(14.7, 0);
  });

  it('trimTopology drops islands under minArea but keeps rings that share a border', () => {
    const small = trimTopology(world, { bounds: asia, minWeight: 0.01, minArea: 0.5 });
    expect(pointCount(small)).toBeLessThan(pointCount(trimmed));
    // Timor shares a border between Indonesia and Timor-Leste, so it stays.
    expect(ids(small)).toContain('626');
  });

  it('trimTopology does not modify its input', () => {
    const before = world.arcs.length;
    trimTopology(world, { bounds: [[100, 10], [110, 20]] });
    expect(world.arcs.length).toBe(before);
  });

  it('trimTopology throws for a missing object', () => {
    expect(() => trimTopology(world, { bounds: asia, object: 'rivers' })).toThrow(/rivers/);
  });
});

describe('regionTopology', () => {
  it('regionTopology(options) returns the same cached topology for the same options', () => {
    const a = regionTopology({ bounds: [[100, 8], [110, 16]], minWeight: 0.001 });
    const b = regionTopology({ bounds: [[100, 8], [110, 16]], minWeight: 0.001 });
    expect(a).toBe(b);
    expect(ids(a)).toContain('116');
  });
});
