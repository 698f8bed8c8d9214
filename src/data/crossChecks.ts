import { countryBounds, inBounds } from './countryBounds';
import type { DataIssue } from './dataIssue';
import { datasetNames, idField, type DatasetName } from './datasets';
import type { Count } from './schemas/count';
import type { Country } from './schemas/country';
import type { Event } from './schemas/event';
import type { Place } from './schemas/place';
import type { Quote } from './schemas/quote';
import type { RouteEnd, Route } from './schemas/route';
import type { Scam } from './schemas/scam';
import type { Source } from './schemas/source';

/** The eight datasets after their schemas have passed, before the cross-checks. */
export interface StoryDatasets {
  sources: Source[];
  events: Event[];
  counts: Count[];
  countries: Country[];
  places: Place[];
  routes: Route[];
  quotes: Quote[];
  scams: Scam[];
}

/**
 * Checks what a per-record schema cannot: unique ids, references between datasets (sources, countries, places,
 * counts), disagreements linked both ways, real calendar dates in order, date precision, and coordinates inside
 * the right country's bounding box. Returns every problem found; an empty list means the data is consistent.
 * `files` maps each dataset to the file name shown in messages.
 */
export function crossCheckStoryData(data: StoryDatasets, files: Readonly<Record<DatasetName, string>>): DataIssue[] {
  const issues: DataIssue[] = [];
  const at = (name: DatasetName, index: number, field: string, message: string): void => {
    const record = data[name][index] as unknown as Record<string, unknown>;
    const id = record[idField[name]];
    issues.push({ file: files[name], index, ...(typeof id === 'string' ? { id } : {}), field, message });
  };

  const ids = {} as Record<DatasetName, Set<string>>;
  for (const name of datasetNames) {
    const seen = new Map<string, number>();
    (data[name] as unknown as Record<string, unknown>[]).forEach((record, index) => {
      const key = idField[name];
      const id = record[key] as string;
      const first = seen.get(id);
      if (first !== undefined) at(name, index, key, `duplicate ${key} "${id}" (first used at index ${first})`);
      else seen.set(id, index);
    });
    ids[name] = new Set(seen.keys());
  }

  const refs = (name: DatasetName, index: number, field: string, values: readonly string[], target: DatasetName): void => {
    values.forEach((value, i) => {
      if (!ids[target].has(value)) at(name, index, `${field}.${i}`, `unknown ${target} reference "${value}"`);
    });
  };
  const ref = (name: DatasetName, index: number, field: string, value: string | null | undefined, target: DatasetName): void => {
    if (value != null && !ids[target].has(value)) at(name, index, field, `unknown ${target} reference "${value}"`);
  };

  // Every record cites sources that exist.
  for (const name of datasetNames) {
    if (name === 'sources') continue;
    (data[name] as { sources: string[] }[]).forEach((r, i) => refs(name, i, 'sources', r.sources, 'sources'));
  }

  // Every source supports at least one record, so the sources page can link it to something.
  const cited = new Set(datasetNames.flatMap((n) => (n === 'sources' ? [] : (data[n] as { sources: string[] }[]).flatMap((r) => r.sources))));
  data.sources.forEach((s, i) => {
    if (!cited.has(s.id)) at('sources', i, 'id', 'is not cited by any record');
  });
  data.sources.forEach((s, i) => s.date !== undefined && checkDate(s.date, (m) => at('sources', i, 'date', m)));

  const countById = new Map(data.counts.map((c) => [c.id, c]));
  data.counts.forEach((c, i) => {
    ref('counts', i, 'country', c.country, 'countries');
    ref('counts', i, 'place', c.place, 'places');
    refs('counts', i, 'disagreesWith', c.disagreesWith, 'counts');
    ref('counts', i, 'partOf', c.partOf, 'counts');
    if (c.partOf === c.id) at('counts', i, 'partOf', 'a count cannot be part of itself');
    c.disagreesWith.forEach((other, j) => {
      if (other === c.id) at('counts', i, `disagreesWith.${j}`, 'a count cannot disagree with itself');
      const o = countById.get(other);
      if (o && !o.disagreesWith.includes(c.id)) at('counts', i, `disagreesWith.${j}`, `"${other}" does not link back to "${c.id}"`);
    });
    checkDate(c.asOf, (m) => at('counts', i, 'asOf', m));
    if (c.period) {
      const p = c.period;
      checkDate(p.start, (m) => at('counts', i, 'period.start', m));
      checkDate(p.end, (m) => at('counts', i, 'period.end', m));
      if (p.end < p.start) at('counts', i, 'period.end', `is before period.start (${p.start})`);
    }
  });

  data.events.forEach((e, i) => {
    refs('events', i, 'figures', e.figures, 'counts');
    refs('events', i, 'places', e.places, 'places');
    refs('events', i, 'countries', e.countries, 'countries');
    checkDate(e.date, (m) => at('events', i, 'date', m));
    const expected = { 4: 'year', 7: 'month', 10: 'day' }[e.date.length];
    if (expected !== e.precision) at('events', i, 'precision', `"${e.precision}" does not match date "${e.date}" (${expected} precision)`);
    if (e.endDate !== undefined) {
      checkDate(e.endDate, (m) => at('events', i, 'endDate', m));
      if (e.endDate < e.date) at('events', i, 'endDate', `is before date (${e.date})`);
    }
  });

  data.countries.forEach((c, i) => {
    const box = countryBounds[c.code];
    if (!box) at('countries', i, 'code', `no bounding box for "${c.code}" in src/data/countryBounds.ts`);
    else if (!inBounds(box, c.capital.lat, c.capital.lon)) {
      at('countries', i, 'capital', `${c.capital.lat}, ${c.capital.lon} is outside ${c.code}'s bounding box`);
    }
  });

  data.places.forEach((p, i) => {
    ref('places', i, 'country', p.country, 'countries');
    ref('places', i, 'within', p.within, 'places');
    if (p.within === p.id) at('places', i, 'within', 'a place cannot lie within itself');
    if ((p.lat === null) !== (p.lon === null)) at('places', i, p.lat === null ? 'lat' : 'lon', 'lat and lon must both be numbers or both be null');
    if (p.lat === null && p.precision === 'exact') at('places', i, 'precision', '"exact" needs a position');
    const box = countryBounds[p.country];
    if (p.lat !== null && p.lon !== null && box && !inBounds(box, p.lat, p.lon)) {
      at('places', i, 'lat', `${p.lat}, ${p.lon} is outside ${p.country}'s bounding box`);
    }
  });

  const end = (i: number, field: 'from' | 'to', e: RouteEnd): void => {
    if ('country' in e) ref('routes', i, `${field}.country`, e.country, 'countries');
    else ref('routes', i, `${field}.place`, e.place, 'places');
  };
  data.routes.forEach((r, i) => {
    end(i, 'from', r.from);
    end(i, 'to', r.to);
    refs('routes', i, 'figures', r.figures, 'counts');
    if (r.basis === 'figure' && r.figures.length === 0) at('routes', i, 'figures', 'a route drawn on the basis of a figure must cite one');
  });

  data.quotes.forEach((q, i) => q.date !== undefined && checkDate(q.date, (m) => at('quotes', i, 'date', m)));
  return issues;
}

/** Reports a date that matches the ISO pattern but is not on the calendar (2022-02-30). */
function checkDate(date: string, report: (message: string) => void): void {
  if (date.length !== 10) return;
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== date) report(`"${date}" is not a real calendar date`);
}
