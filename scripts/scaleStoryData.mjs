/**
 * Synthetic, larger copies of the story data for the benchmark's scale test: events and counts multiplied
 * `factor` times, every other dataset as is. Copy k of a record keeps its fields and gets the id
 * `<id>-copy-<k>`; references between copied records (an event's figures, a count's `partOf` and
 * `disagreesWith`) point into the same copy, so the result passes the same schemas and cross-checks as the
 * real data (tests/unit/benchReport.test.ts loads it with parseStoryData). Never published: it exists to see
 * how build time and page weight grow.
 */

/** The datasets that are multiplied. */
export const SCALED_DATASETS = ['events', 'counts'];

/**
 * `datasets` maps dataset names to arrays of records (parsed JSON); returns a new map with events and counts
 * `factor` times over (the originals first).
 * @param {Readonly<Record<string, ReadonlyArray<Record<string, unknown>>>>} datasets
 * @param {number} factor
 */
export function scaleStoryData(datasets, factor) {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`scale factor must be a whole number >= 1, not ${factor}`);
  const copyId = (id, k) => (k === 0 ? id : `${id}-copy-${k}`);
  const countIds = new Set((datasets['counts'] ?? []).map((c) => c['id']));
  const remap = (id, k) => (countIds.has(id) ? copyId(id, k) : id);
  const copies = (records, make) => Array.from({ length: factor }, (_, k) => records.map((r) => make(r, k))).flat();

  return {
    ...datasets,
    events: copies(datasets['events'] ?? [], (e, k) => ({
      ...e,
      id: copyId(e['id'], k),
      ...(Array.isArray(e['figures']) ? { figures: e['figures'].map((f) => remap(f, k)) } : {}),
    })),
    counts: copies(datasets['counts'] ?? [], (c, k) => ({
      ...c,
      id: copyId(c['id'], k),
      ...(Array.isArray(c['disagreesWith']) ? { disagreesWith: c['disagreesWith'].map((f) => remap(f, k)) } : {}),
      ...(typeof c['partOf'] === 'string' ? { partOf: remap(c['partOf'], k) } : {}),
    })),
  };
}
