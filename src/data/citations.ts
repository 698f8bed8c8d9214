import { datasetNames, idField, type DatasetName } from './datasets';
import type { StoryData } from './loadStoryData';

/** A record that cites a source, for the sources list on /data/. */
export interface Citation {
  /** Dataset the record belongs to. */
  dataset: DatasetName;
  /** The record's id (a country's code). */
  id: string;
}

/**
 * A source's footnote number: its position in sources.json, counted from 1. The same on every page, so a
 * "[1]" in the story, in an embed or on a slide always means the same source, listed in that order on /data/.
 */
export function sourceNumber(data: StoryData, sourceId: string): number {
  const i = data.sources.findIndex((s) => s.id === sourceId);
  if (i < 0) throw new Error(`unknown source "${sourceId}" (not in data/sources.json)`);
  return i + 1;
}

/** For each source id, the records that cite it, in dataset order. */
export function citationsBySource(data: StoryData): ReadonlyMap<string, readonly Citation[]> {
  const out = new Map<string, Citation[]>(data.sources.map((s) => [s.id, []]));
  for (const dataset of datasetNames) {
    if (dataset === 'sources') continue;
    for (const record of data[dataset] as readonly { sources: readonly string[] }[]) {
      const id = (record as unknown as Record<string, string>)[idField[dataset]]!;
      for (const s of record.sources) out.get(s)?.push({ dataset, id });
    }
  }
  return out;
}

/** The anchor of a record on /data/, e.g. `record-counts-tw-held-captive-voa`. */
export function recordAnchor(dataset: DatasetName, id: string): string {
  return `record-${dataset}-${id.toLowerCase()}`;
}
