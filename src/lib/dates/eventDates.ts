import type { Event } from '../../data/schemas/event';

/** Milliseconds in a day. */
export const DAY = 86_400_000;

/**
 * The span of time an ISO date at its precision stands for, in UTC milliseconds: `[start, end)`.
 * `2022-08-18` is that day, `2022-08` the whole month, `2019` the whole year. UTC so that a date never
 * shifts with the reader's time zone.
 */
export function isoDateSpan(iso: string): [number, number] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
  if (d === undefined) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
  const start = Date.UTC(y, m - 1, d);
  return [start, start + DAY];
}

/**
 * The whole time an event covers, `[start, end)` in UTC milliseconds: from the start of its date to the end
 * of its `endDate` (or of its date, at the date's precision).
 */
export function eventSpan(event: Pick<Event, 'date' | 'endDate'>): [number, number] {
  const [start, end] = isoDateSpan(event.date);
  return [start, event.endDate ? isoDateSpan(event.endDate)[1] : end];
}

/**
 * Where an event sits in time for ordering and for its dot: the day itself for a day-precision date, the
 * middle of the month or year for a vaguer one (a month-precision figure is not "on the 1st").
 */
export function eventAnchor(event: Pick<Event, 'date' | 'precision'>): number {
  const [start, end] = isoDateSpan(event.date);
  return event.precision === 'day' ? start : (start + end) / 2;
}

/** Events in chronological order (by date, then end date, then id) without changing the input. */
export function sortEvents<T extends Pick<Event, 'id' | 'date' | 'endDate' | 'precision'>>(events: readonly T[]): T[] {
  return [...events].sort(
    (a, b) =>
      isoDateSpan(a.date)[0] - isoDateSpan(b.date)[0] ||
      eventSpan(a)[1] - eventSpan(b)[1] ||
      a.id.localeCompare(b.id),
  );
}
