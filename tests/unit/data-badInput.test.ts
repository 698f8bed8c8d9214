import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { duplicateJsonKeys } from '../../src/data/duplicateJsonKeys';
import { loadStoryDataFrom, projectRoot, storyDataDir, StoryDataError } from '../../src/data/loadStoryData';
import { fixtureDataDir } from '../helpers/dataFixtures';

/** Loads a broken fixture and returns the error's message (failing if it does not throw a StoryDataError). */
function failure(overlay: string): string {
  const dir = fixtureDataDir(overlay);
  try {
    loadStoryDataFrom(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(StoryDataError);
    return (error as Error).message;
  }
  throw new Error(`${overlay} loaded without error`);
}

describe('loadStoryDataFrom(bad input)', () => {
  it('loads the valid fixture', () => {
    const data = loadStoryDataFrom(fixtureDataDir());
    expect(data.counts).toHaveLength(3);
    expect(data.countById.get('tw-held')?.qualifier).toBe('more than');
  });

  it('broken JSON names the file', () => {
    const message = failure('data-broken-json');
    expect(message).toMatch(/counts\.json: invalid JSON: /);
  });

  it('a missing field names file, record and field', () => {
    expect(failure('data-missing-field')).toContain('events.json: record "statement" (index 0), field "title": is required but missing');
  });

  it('a wrong type names file, record and field', () => {
    expect(failure('data-wrong-type')).toContain('places.json: record "phnom-penh" (index 0), field "lat": Invalid input: expected number, received string');
  });

  it('a negative value names file, record and field', () => {
    expect(failure('data-negative-value')).toContain('counts.json: record "tw-held" (index 0), field "value": must be >= 0');
  });

  it('an unknown reference names file, record and field', () => {
    expect(failure('data-unknown-reference')).toContain('routes.json: record "tw-into-kh" (index 0), field "to.place": unknown places reference "sihanoukville"');
  });

  it('a duplicate id names file, record and field', () => {
    expect(failure('data-duplicate-id')).toContain('sources.json: record "story" (index 1), field "id": duplicate id "story" (first used at index 0)');
  });

  it('a title that is only whitespace names file, record and field', () => {
    expect(failure('data-blank-title')).toContain('events.json: record "statement" (index 0), field "title": must not be empty or only whitespace');
  });

  it('an event dated in the future names file, record and field', () => {
    expect(failure('data-future-event')).toMatch(/events\.json: record "statement" \(index 0\), field "date": "2999-01-01" is in the future \(today is \d{4}-\d\d-\d\d\)/);
  });

  it('an event dated after all its sources names file, record and field', () => {
    expect(failure('data-event-after-sources')).toContain(
      'events.json: record "statement" (index 0), field "date": "2022-09-15" is after the dates of all its sources (the latest is 2022-08)',
    );
  });

  it('a source address with a scheme names file, record and field', () => {
    expect(failure('data-source-scheme')).toContain('sources.json: record "other" (index 1), field "url": "https://example.org/report" must be given without the scheme');
  });

  it('a source address not in the documented form names file, record and field', () => {
    expect(failure('data-source-bad-address')).toContain(
      'sources.json: record "other" (index 1), field "url": "example org/report" is not an address in the documented form',
    );
  });

  it('an implausible value (over 1,000,000 people) names file, record and field', () => {
    expect(failure('data-implausible-value')).toContain(
      'counts.json: record "tw-held" (index 0), field "value": is implausible: more than 1,000,000 people for one count',
    );
  });

  it('a key given twice in one record names file, record and field', () => {
    expect(failure('data-duplicate-key')).toContain('counts.json: record "tw-held" (index 0), field "label": appears twice in one object (line 9)');
  });

  it('swapped latitude and longitude name file, record and field, and say they look swapped', () => {
    expect(failure('data-swapped-lat-lon')).toContain(
      'places.json: record "phnom-penh" (index 0), field "lat": lat 104.921, lon 11.569 is not a position; lat and lon look swapped',
    );
  });

  it('a kind its source words do not support names file, record and field', () => {
    expect(failure('data-kind-unsupported')).toContain(
      'counts.json: record "tw-held" (index 0), field "kind": "rescued" is not what its sourceWording says ("more than 300 Taiwanese held captive")',
    );
  });

  it('a partOf link its source words do not state names file, record and field', () => {
    expect(failure('data-link-unstated')).toContain(
      'counts.json: record "rescued-exact" (index 2), field "partOf": the source\'s words ("865 rescued") do not state that it is part of "tw-held" (300)',
    );
  });

  it('an inference note that does not say it is the site\'s inference is refused', () => {
    expect(failure('data-inference-unmarked')).toContain('counts.json: record "tw-held" (index 0), field "inference": must say that it is the site\'s inference');
  });

  it('a note that names an uncited source or an unknown id names file, record and field', () => {
    const message = failure('data-note-uncited-source');
    expect(message).toContain('counts.json: record "tw-held" (index 0), field "note": names Other Paper but cites no source published by Other Paper');
    expect(message).toContain('counts.json: record "tw-held" (index 0), field "note": mentions "example-2022", which is not the id of any source or record');
  });

  it('duplicateJsonKeys finds repeats at any depth, and nothing in valid JSON', () => {
    expect(duplicateJsonKeys('[{"a":1,"b":{"c":[1,"x"],"c":2},"a":3}]')).toEqual([
      { path: [0, 'b'], key: 'c', line: 1 },
      { path: [0], key: 'a', line: 1 },
    ]);
    expect(duplicateJsonKeys('[{"a":"\\\\","b":"\\"a"},"a",{"a":{}}]')).toEqual([]);
  });

  it('the data folder is found from the project root, whatever the working directory', () => {
    const root = projectRoot();
    const cwd = vi.spyOn(process, 'cwd').mockReturnValue('/tmp');
    try {
      expect(storyDataDir()).toBe(join(root, 'data'));
      expect(loadStoryDataFrom(storyDataDir()).counts.length).toBeGreaterThan(60);
    } finally {
      cwd.mockRestore();
    }
  });

  it('a missing file names the file', () => {
    const dir = fixtureDataDir();
    expect(() => loadStoryDataFrom(`${dir}/nope`)).toThrow(/sources\.json: file not found/);
  });
});
