import { describe, expect, it } from 'vitest';
import { loadStoryDataFrom, StoryDataError } from '../../src/data/loadStoryData';
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

  it('a missing file names the file', () => {
    const dir = fixtureDataDir();
    expect(() => loadStoryDataFrom(`${dir}/nope`)).toThrow(/sources\.json: file not found/);
  });
});
