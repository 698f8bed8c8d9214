import { describe, expect, it } from 'vitest';
import { crossCheckStoryData } from '../../src/data/crossChecks';
import { parseStoryData } from '../../src/data/loadStoryData';
import { fixtureLabels, toTexts, validFixtureJson } from '../helpers/dataFixtures';

type Json = ReturnType<typeof validFixtureJson>;

/** The error message from parsing the valid fixture after `change`, or '' if it still passes. */
function messageAfter(change: (d: Json) => void): string {
  const json = validFixtureJson();
  change(json);
  try {
    parseStoryData(toTexts(json), fixtureLabels);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('crossCheckStoryData', () => {
  it('crossCheckStoryData(valid fixture) finds nothing', () => {
    expect(messageAfter(() => {})).toBe('');
  });

  it('reports duplicate ids, including country codes', () => {
    expect(messageAfter((d) => (d.countries[1]!['code'] = 'KH'))).toContain(
      'fixture/countries.json: record "KH" (index 1), field "code": duplicate code "KH"',
    );
  });

  it('reports unknown sources, countries, places and counts', () => {
    const m = messageAfter((d) => {
      d.scams[0]!['sources'] = ['nowhere'];
      d.counts[0]!['country'] = 'XX';
      d.counts[0]!['place'] = 'atlantis';
      d.events[0]!['figures'] = ['ghost'];
    });
    expect(m).toContain('fixture/scams.json: record "pig-butchering" (index 0), field "sources.0": unknown sources reference "nowhere"');
    expect(m).toContain('field "country": unknown countries reference "XX"');
    expect(m).toContain('field "place": unknown places reference "atlantis"');
    expect(m).toContain('fixture/events.json: record "statement" (index 0), field "figures.0": unknown counts reference "ghost"');
  });

  it('requires disagreements to be linked both ways', () => {
    expect(messageAfter((d) => (d.counts[2]!['disagreesWith'] = []))).toContain(
      'record "rescued-about" (index 1), field "disagreesWith.0": "rescued-exact" does not link back to "rescued-about"',
    );
  });

  it('rejects dates that are not on the calendar, periods that end before they start and a wrong precision', () => {
    const m = messageAfter((d) => {
      d.counts[1]!['asOf'] = '2022-02-30';
      d.counts[1]!['period'] = { start: '2022-08-26', end: '2022-01-01' };
      d.events[0]!['precision'] = 'month';
    });
    expect(m).toContain('field "asOf": "2022-02-30" is not a real calendar date');
    expect(m).toContain('field "period.end": is before period.start (2022-08-26)');
    expect(m).toContain('field "precision": "month" does not match date "2022-08-26" (day precision)');
  });

  it('rejects malformed dates in the schema', () => {
    expect(messageAfter((d) => (d.events[0]!['date'] = '26/08/2022'))).toContain('field "date": must be YYYY, YYYY-MM or YYYY-MM-DD');
  });

  it('keeps places and capitals inside their country', () => {
    const m = messageAfter((d) => {
      d.places[0]!['lat'] = 104.921; // lat and lon swapped: outside Cambodia, and not a latitude
      d.countries[1]!['capital'] = { name: 'Taipei', lat: 11.569, lon: 104.921 };
    });
    expect(m).toContain('fixture/places.json: record "phnom-penh" (index 0), field "lat"');
    const m2 = messageAfter((d) => {
      d.places[0]!['lat'] = 13.75;
      d.places[0]!['lon'] = 100.5; // Bangkok, not Cambodia
      d.countries[1]!['capital'] = { name: 'Taipei', lat: 11.569, lon: 104.921 };
    });
    expect(m2).toContain('record "phnom-penh" (index 0), field "lat": 13.75, 100.5 is outside KH\'s bounding box');
    expect(m2).toContain('record "TW" (index 1), field "capital": 11.569, 104.921 is outside TW\'s bounding box');
  });

  it('requires both coordinates or neither, and a position for an exact place', () => {
    const m = messageAfter((d) => {
      d.places[1]!['lat'] = 11.1;
      d.places[1]!['precision'] = 'exact';
    });
    expect(m).toContain('record "river" (index 1), field "lon": lat and lon must both be numbers or both be null');
  });

  it('requires a qualifier on every count', () => {
    expect(messageAfter((d) => delete d.counts[0]!['qualifier'])).toContain('record "tw-held" (index 0), field "qualifier": is required but missing');
    expect(messageAfter((d) => (d.counts[0]!['qualifier'] = 'roughly'))).toContain('field "qualifier": Invalid option');
  });

  it('requires integer values and at least one source', () => {
    const m = messageAfter((d) => {
      d.counts[0]!['value'] = 99.9;
      d.counts[1]!['sources'] = [];
    });
    expect(m).toContain('record "tw-held" (index 0), field "value"');
    expect(m).toContain('record "rescued-about" (index 1), field "sources": every record cites at least one source');
  });

  it('rejects fields a schema does not know', () => {
    expect(messageAfter((d) => (d.scams[0]!['victimName'] = 'x'))).toContain('record "pig-butchering" (index 0), field "victimName": is not a field of this dataset');
  });

  it('reports a source that no record cites', () => {
    const m = messageAfter((d) => {
      d.counts[2]!['sources'] = ['story'];
      d.events[0]!['sources'] = ['story'];
    });
    expect(m).toContain('fixture/sources.json: record "other" (index 1), field "id": is not cited by any record');
  });

  it('requires a figure for a route drawn on the basis of one', () => {
    expect(messageAfter((d) => (d.routes[0]!['figures'] = []))).toContain('field "figures": a route drawn on the basis of a figure must cite one');
  });

  it('reports a file that is not an array', () => {
    expect(messageAfter((d) => ((d as Record<string, unknown>)['quotes'] = { id: 'q1' }))).toContain('fixture/quotes.json: must be a JSON array of records');
  });

  it('returns issues as data, for callers that want them', () => {
    const json = validFixtureJson();
    const data = parseStoryData(toTexts(json), fixtureLabels);
    const copy = { ...data, counts: [...data.counts, { ...data.counts[0]! }] };
    const issues = crossCheckStoryData(copy as never, fixtureLabels);
    expect(issues).toEqual([expect.objectContaining({ file: 'fixture/counts.json', index: 3, id: 'tw-held', field: 'id' })]);
  });
});
