import { wordingSupportsKind } from './countKinds';
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
 * counts), disagreements linked both ways, real calendar dates in order, date precision, events dated neither in
 * the future nor after all their sources, coordinates inside the right country's bounding box (and not swapped),
 * each count's kind supported by its source's words, links between counts stated or marked as inferred, and
 * every source a note names or an id it mentions present. Returns every problem found; an empty list means the
 * data is consistent. `files` maps each dataset to the file name shown in messages; `today` (YYYY-MM-DD) is the
 * day after which nothing may be dated.
 */
export function crossCheckStoryData(
  data: StoryDatasets,
  files: Readonly<Record<DatasetName, string>>,
  today: string = new Date().toISOString().slice(0, 10),
): DataIssue[] {
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

  // A count is called what its source's words call it; a link between counts is stated in them or marked inferred.
  data.counts.forEach((c, i) => {
    if (!wordingSupportsKind(c.kind, c.sourceWording) && c.inference === undefined) {
      at('counts', i, 'kind', `"${c.kind}" is not what its sourceWording says ("${c.sourceWording}"): use the kind its words support, or say in "inference" why the site infers it`);
    }
    if (c.inference !== undefined && !/\binfer/i.test(c.inference)) at('counts', i, 'inference', 'must say that it is the site\'s inference ("the site infers ...")');
    const words = (x: Count) => `${x.sourceWording} ${x.linkWording ?? ''}`;
    const parent = c.partOf ? countById.get(c.partOf) : undefined;
    if (parent && !mentionsValue(words(c), parent.value) && c.inference === undefined) {
      at('counts', i, 'partOf', `the source's words ("${c.sourceWording}") do not state that it is part of "${parent.id}" (${parent.value}): drop the link or explain it in "inference"`);
    }
    c.disagreesWith.forEach((other, j) => {
      const o = countById.get(other);
      if (!o || o.id === c.id) return;
      const stated = mentionsValue(words(c), o.value) || mentionsValue(words(o), c.value);
      if (!stated && c.inference === undefined && o.inference === undefined) {
        at('counts', i, `disagreesWith.${j}`, `neither record's source words state the disagreement with "${other}": quote the source in "linkWording" or explain it in "inference"`);
      }
    });
  });

  // Every id a note mentions exists, and every publisher it names is cited (by the record or a record it links to).
  const knownIds = new Set([...ids.counts, ...ids.sources, ...ids.events, ...ids.places]);
  const publisherNames = data.sources.map((s) => ({ id: s.id, names: publisherMentions(s.publisher) }));
  const sourcesOfCounts = (countIds: readonly (string | undefined)[]): string[] =>
    countIds.flatMap((id) => (id ? (countById.get(id)?.sources ?? []) : []));
  const checkText = (name: DatasetName, index: number, field: string, text: string | undefined, cited: readonly string[]): void => {
    if (!text) return;
    for (const m of text.matchAll(/(?<![\w-])[a-z0-9]+(?:-[a-z0-9]+)+(?![\w-])/g)) {
      if (/[a-z]/.test(m[0]) && /\d/.test(m[0]) && !knownIds.has(m[0])) at(name, index, field, `mentions "${m[0]}", which is not the id of any source or record`);
    }
    const citedNames = new Set(cited.flatMap((id) => publisherNames.find((p) => p.id === id)?.names ?? []));
    const named = new Set(publisherNames.flatMap((p) => p.names.filter((n) => new RegExp(`(?<![\\w])${escapeRegExp(n)}(?![\\w])`).test(text))));
    for (const n of named) {
      if (!citedNames.has(n)) at(name, index, field, `names ${n} but cites no source published by ${n}: add it to sources.json and cite it`);
    }
  };
  data.counts.forEach((c, i) => {
    const cited = [...c.sources, ...sourcesOfCounts([c.partOf, ...c.disagreesWith])];
    for (const field of ['note', 'inference', 'linkWording'] as const) checkText('counts', i, field, c[field], cited);
  });
  data.events.forEach((e, i) => {
    const cited = [...e.sources, ...sourcesOfCounts(e.figures)];
    checkText('events', i, 'description', e.description, cited);
    checkText('events', i, 'disagreement', e.disagreement, cited);
  });
  data.places.forEach((p, i) => checkText('places', i, 'note', p.note, p.sources));
  data.routes.forEach((r, i) => checkText('routes', i, 'description', r.description, [...r.sources, ...sourcesOfCounts(r.figures)]));

  const sourceById = new Map(data.sources.map((s) => [s.id, s]));
  data.events.forEach((e, i) => {
    refs('events', i, 'figures', e.figures, 'counts');
    if (firstDay(e.date) > today) at('events', i, 'date', `"${e.date}" is in the future (today is ${today})`);
    const sourceDates = e.sources.map((id) => sourceById.get(id)?.date);
    if (sourceDates.length > 0 && sourceDates.every((d): d is string => d !== undefined)) {
      const latest = sourceDates.sort((a, b) => lastDay(a).localeCompare(lastDay(b))).at(-1)!;
      if (firstDay(e.date) > lastDay(latest)) at('events', i, 'date', `"${e.date}" is after the dates of all its sources (the latest is ${latest})`);
    }
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
      const swapped = inBounds(box, c.capital.lon, c.capital.lat) ? ': lat and lon look swapped' : '';
      at('countries', i, 'capital', `${c.capital.lat}, ${c.capital.lon} is outside ${c.code}'s bounding box${swapped}`);
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
      const swapped = inBounds(box, p.lon, p.lat) ? ': lat and lon look swapped' : '';
      at('places', i, 'lat', `${p.lat}, ${p.lon} is outside ${p.country}'s bounding box${swapped}`);
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

/** The first and last day an ISO date at any precision can stand for. */
function firstDay(iso: string): string {
  return iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso;
}
function lastDay(iso: string): string {
  return iso.length === 4 ? `${iso}-12-31` : iso.length === 7 ? `${iso}-31` : iso;
}

/** True when `text` states the number `value` (as 1,000 or 1000, not inside a longer number). */
function mentionsValue(text: string, value: number): boolean {
  const forms = [value.toLocaleString('en-US'), String(value)];
  return forms.some((f) => new RegExp(`(?<![\\d,.])${escapeRegExp(f)}(?![\\d]|,\\d)`).test(text));
}

/**
 * The names a note may call a publisher by: "The Phnom Penh Post" and "Phnom Penh Post", "VOA Khmer" and "VOA",
 * "Vietnam News Agency (VNA)" and "VNA", "UCA News via World Catholic News" and "UCA News".
 */
export function publisherMentions(publisher: string): string[] {
  const names = new Set<string>([publisher]);
  const base = publisher.split(/ via | \(/)[0]!.trim();
  names.add(base);
  const noThe = base.replace(/^The /, '');
  if (noThe !== base && noThe.includes(' ')) names.add(noThe);
  const abbreviation = publisher.match(/\(([A-Z]{2,})\)/)?.[1];
  if (abbreviation) names.add(abbreviation);
  const first = base.split(' ')[0]!;
  // An acronym (VOA, VOD) or a run-together name (VnExpress) is how notes name the outlet.
  if (/^[A-Z]{3,}$/.test(first) || /^[A-Z][a-z]+[A-Z]/.test(first)) names.add(first);
  return [...names];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Reports a date that matches the ISO pattern but is not on the calendar (2022-02-30). */
function checkDate(date: string, report: (message: string) => void): void {
  if (date.length !== 10) return;
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== date) report(`"${date}" is not a real calendar date`);
}
