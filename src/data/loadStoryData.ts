/**
 * The one way into the story's data. Reads `data/*.json` (or the directory in `STORY_DATA_DIR`), validates each
 * record with its zod schema, runs the cross-checks and returns typed arrays plus lookup maps. Any problem throws a
 * StoryDataError naming the file, the record (id and index) and the field, so `astro build` fails rather than
 * publishing bad data.
 *
 *   const { counts, countById } = loadStoryData();
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crossCheckStoryData, type StoryDatasets } from './crossChecks';
import { duplicateJsonKeys } from './duplicateJsonKeys';
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

/**
 * The project's root: the nearest folder above this module (or, in a bundle, above the bundled chunk, which the
 * build writes inside the project) that holds package.json and src/data/loadStoryData.ts. Falls back to the
 * working directory only if no such folder is found.
 */
export function projectRoot(from: string = moduleDir()): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src', 'data', 'loadStoryData.ts'))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}

function moduleDir(): string {
  try {
    return dirname(fileURLToPath(import.meta.url));
  } catch {
    return process.cwd();
  }
}

/** The data directory: `$STORY_DATA_DIR` if set (a relative one is taken from the project root), else `<project>/data`. */
export function storyDataDir(): string {
  const fromEnv = process.env['STORY_DATA_DIR'];
  return resolve(projectRoot(), fromEnv && fromEnv.trim() !== '' ? fromEnv : 'data');
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
    const records = json as unknown[];
    for (const dup of duplicateJsonKeys(stripBom(texts[name]))) {
      const [index, ...rest] = dup.path;
      const record = typeof index === 'number' ? records[index] : undefined;
      const rawId = isObject(record) ? record[idField[name]] : undefined;
      issues.push({
        file,
        ...(typeof index === 'number' ? { index } : {}),
        ...(typeof rawId === 'string' ? { id: rawId } : {}),
        field: [...rest, dup.key].join('.'),
        message: `appears twice in one object (line ${dup.line}); JSON keeps only the last value, so remove one`,
      });
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
  const swapped = swappedPosition(record, path);
  if (swapped) return swapped;
  return message;
}

/** For a latitude or longitude out of range: says so, and that the pair looks swapped when swapping fixes it. */
function swappedPosition(record: unknown, path: readonly PropertyKey[]): string {
  const key = path.at(-1);
  if (key !== 'lat' && key !== 'lon') return '';
  const holder = getPath(record, path.slice(0, -1));
  if (!isObject(holder)) return '';
  const { lat, lon } = holder;
  if (typeof lat !== 'number' || typeof lon !== 'number') return '';
  const inRange = (la: number, lo: number) => Math.abs(la) <= 90 && Math.abs(lo) <= 180;
  if (inRange(lat, lon) || !inRange(lon, lat)) return '';
  return `lat ${lat}, lon ${lon} is not a position; lat and lon look swapped (lat ${lon}, lon ${lat} would be)`;
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

/** `data/counts.json` for a file under the project root, else the absolute path. */
function displayPath(path: string): string {
  const rel = relative(projectRoot(), path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel.split(sep).join('/');
}
