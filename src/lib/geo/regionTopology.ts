import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { trimTopology, type TrimTopologyOptions } from './trimTopology';

const cache = new Map<string, Topology>();
let world: Topology | undefined;

/** Where world-atlas' file is: beside this module, or (bundled into a build's output) from the project root. */
function resolveAtlas(file: string): string {
  try {
    return createRequire(import.meta.url).resolve(file);
  } catch {
    return createRequire(join(process.cwd(), 'package.json')).resolve(file);
  }
}

/** world-atlas' 50m countries (Natural Earth 1:50m), read once per build. */
function worldCountries50m(): Topology {
  world ??= JSON.parse(readFileSync(resolveAtlas('world-atlas/countries-50m.json'), 'utf8')) as Topology;
  return world;
}

/**
 * The Natural Earth 1:50m country outlines (npm `world-atlas`) trimmed to `options.bounds` and simplified,
 * computed once per set of options. Build time only: it reads from node_modules.
 */
export function regionTopology(options: TrimTopologyOptions): Topology {
  const key = JSON.stringify(options);
  let topology = cache.get(key);
  if (!topology) {
    topology = trimTopology(worldCountries50m(), options);
    cache.set(key, topology);
  }
  return topology;
}
