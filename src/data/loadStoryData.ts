/**
 * The one way into the story's data. Reads `data/*.json` (or the directory in `STORY_DATA_DIR`), validates each
 * record with its zod schema, runs the cross-checks and returns typed arrays plus lookup maps. Any problem throws a
 * StoryDataError naming the file, the record (id and index) and the field, so `astro build` fails rather than
 * publishing bad data.
 *
 *   const { counts, countById } = loadStoryData();
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { crossCheckStoryData, type StoryDatasets } from './crossChecks';
import { StoryDataError, type DataIssue } from './dataIssue';
import { datasetNames, idField, recordSchemas, type DatasetName } from './datasets';
import type { Count } from './schemas/count';
import type { Country } from './schemas/country';
import type { Event } from './schemas/event';
import type { Place } from './schemas/place';
import type { Quote } from './schemas/quote';
import type { Route } from './schemas/route';
import type { Scam } from './schemas/scam';
import type { Source } from './schemas/source';

export { StoryDataError, formatDataIssue, type DataIssue } from './dataIssue';
export { datasetNames, type DatasetName } from './datasets';

/** The validated story data: one array per dataset plus lookup maps by id (countries by code). */
export interface StoryData {
  readonly sources: readonly Source[];
  readonly events: readonly Event[];
  readonly counts: readonly Count[];
  readonly countries: readonly Country[];
  readonly places: readonly Place[];
  readonly routes: readonly Route[];
  readonly quotes: readonly Quote[];
  readonly scams: readonly Scam[];
  readonly sourceById: ReadonlyMap<string, Source>;
  readonly eventById: ReadonlyMap<string, Event>;
  readonly countById: ReadonlyMap<string, Count>;
  readonly countryByCode: ReadonlyMap<string, Country>;
  readonly placeById: ReadonlyMap<string, Place>;
  readonly routeById: ReadonlyMap<string, Route>;
  readonly quoteById: ReadonlyMap<string, Quote>;
  readonly scamById: ReadonlyMap<string, Scam>;
}

/** Raw JSON text of each dataset, as read from disk. */
export type StoryDataFiles = Readonly<Record<DatasetName, string>>;

/** The data directory: `$STORY_DATA_DIR` if set (relative to the working directory), else `<project>/data`. */
export function storyDataDir(): string {
  const fromEnv = process.env['STORY_DATA_DIR'];
  // Astro and vitest both run from the project root; bundled code cannot rely on import.meta.url for it.
  return resolve(process.cwd(), fromEnv && fromEnv.trim() !== '' ? fromEnv : 'data');
}

const cache = new Map<string, StoryData>();

/** Loads, validates and cross-checks the story data once per data directory; later calls return the same object. */
export function loadStoryData(): StoryData {
  const dir = storyDataDir();
  let data = cache.get(dir);
  if (!data) {
    data = loadStoryDataFrom(dir);
    cache.set(dir, data);
  }
  return data;
}

/** Reads and validates the datasets in `dir` (no cache). Throws StoryDataError on any problem. */
export function loadStoryDataFrom(dir: string): StoryData {
  const texts = {} as Record<DatasetName, string>;
  const labels = {} as Record<DatasetName, string>;
  const issues: DataIssue[] = [];
  for (const name of datasetNames) {
    const path = join(dir, `${name}.json`);
    labels[name] = displayPath(path);
    try {
      texts[name] = readFileSync(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      issues.push({ file: labels[name], message: code === 'ENOENT' ? 'file not found' : `cannot be read (${String(error)})` });
    }
  }
  if (issues.length > 0) throw new StoryDataError(issues);
  return parseStoryData(texts, labels);
}

/**
 * Validates the JSON text of every dataset: JSON syntax, then each record against its schema, then the
 * cross-checks. `labels` are the file names used in messages. Pure: no file system.
 */
export function parseStoryData(texts: StoryDataFiles, labels: Readonly<Record<DatasetName, string>>): StoryData {
  const issues: DataIssue[] = [];
  const parsed = {} as Record<DatasetName, unknown[]>;
  for (const name of datasetNames) {
    const file = labels[name];
    let json: unknown;
    try {
      json = JSON.parse(stripBom(texts[name]));
    } catch (error) {
      issues.push({ file, message: `invalid JSON: ${(error as Error).message}` });
      continue;
    }
    if (!Array.isArray(json)) {
      issues.push({ file, message: 'must be a JSON array of records' });
      continue;
    }
    const schema = recordSchemas[name];
    parsed[name] = json.map((record: unknown, index) => {
      const result = schema.safeParse(record);
      if (result.success) return result.data;
      const rawId = isObject(record) ? record[idField[name]] : undefined;
      for (const issue of result.error.issues) {
        const path = issue.path.map(String);
        const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
        issues.push({
          file,
          index,
          ...(typeof rawId === 'string' ? { id: rawId } : {}),
          field: keys.length > 0 ? [...path, keys.join('", "')].join('.') : path.join('.'),
          message: describeIssue(issue.code, issue.message, record, issue.path),
        });
      }
      return undefined;
    });
  }
  if (issues.length > 0) throw new StoryDataError(issues);

  const data = parsed as unknown as StoryDatasets;
  const crossIssues = crossCheckStoryData(data, labels);
  if (crossIssues.length > 0) throw new StoryDataError(crossIssues);
  return indexStoryData(data);
}

function indexStoryData(d: StoryDatasets): StoryData {
  const byId = <T extends { id: string }>(rows: readonly T[]): ReadonlyMap<string, T> => new Map(rows.map((r) => [r.id, r]));
  return {
    ...d,
    sourceById: byId(d.sources),
    eventById: byId(d.events),
    countById: byId(d.counts),
    countryByCode: new Map(d.countries.map((c) => [c.code, c])),
    placeById: byId(d.places),
    routeById: byId(d.routes),
    quoteById: byId(d.quotes),
    scamById: byId(d.scams),
  };
}

/** Zod's wording, made plainer where a field is simply missing or not allowed. */
function describeIssue(code: string, message: string, record: unknown, path: readonly PropertyKey[]): string {
  if (code === 'unrecognized_keys') return 'is not a field of this dataset';
  if (/^invalid_(type|value|union)$/.test(code) && getPath(record, path) === undefined) return 'is required but missing';
  if (code === 'too_small' && /expected number to be >=0/.test(message)) return 'must be >= 0';
  return message;
}

function getPath(value: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = value;
  for (const key of path) {
    if (!isObject(v) && !Array.isArray(v)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** `data/counts.json` for a file under the working directory, else the absolute path. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel.split(sep).join('/');
}
