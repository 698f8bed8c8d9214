/**
 * Story-data fixtures: `tests/fixtures/data-valid/` is a small complete dataset; each `tests/fixtures/data-<bad>/`
 * holds only the file(s) that break it. `fixtureDataDir('data-negative-value')` copies the valid set to a temp
 * directory and lays the broken files over it.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasetNames, type DatasetName } from '../../src/data/datasets';

export const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** A temp directory holding the valid fixture with `overlay`'s files on top (or the valid set alone). */
export function fixtureDataDir(overlay?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'story-data-'));
  cpSync(join(fixturesDir, 'data-valid'), dir, { recursive: true });
  if (overlay) {
    for (const file of readdirSync(join(fixturesDir, overlay))) cpSync(join(fixturesDir, overlay, file), join(dir, file));
  }
  return dir;
}

/** The valid fixture as parsed JSON, one array per dataset, to mutate in memory. */
export function validFixtureJson(): Record<DatasetName, Record<string, unknown>[]> {
  const out = {} as Record<DatasetName, Record<string, unknown>[]>;
  for (const name of datasetNames) out[name] = JSON.parse(readFileSync(join(fixturesDir, 'data-valid', `${name}.json`), 'utf8'));
  return out;
}

/** File labels as `fixture/<name>.json`, for messages in in-memory tests. */
export const fixtureLabels = Object.fromEntries(datasetNames.map((n) => [n, `fixture/${n}.json`])) as Record<DatasetName, string>;

/** Serialises parsed fixture JSON back to the texts `parseStoryData` takes. */
export function toTexts(json: Record<DatasetName, unknown>): Record<DatasetName, string> {
  return Object.fromEntries(datasetNames.map((n) => [n, JSON.stringify(json[n])])) as Record<DatasetName, string>;
}
