/**
 * The timeline's named states, shared by the build-time renderer and the client script so a story step can
 * say `data-state="crackdown"`, `data-state="event:bavet-escape"` or `data-state="range:2022-09-01/2022-09-30"`
 * (or dispatch `chart:state` with `{ range: [start, end] }` or `{ event: id }`) and get the same picture.
 */
import type { Event } from '../../../data/schemas/event';
import { eventSpan, isoDateSpan } from '../../dates/eventDates';

/** What to highlight: a period (ISO dates at any precision, both ends included) or one event. */
export type TimelineHighlight = { range: readonly [string, string] } | { event: string };

/** Preset states by name. `overview` highlights nothing. */
export const TIMELINE_STATES: Readonly<Record<string, TimelineHighlight | null>> = {
  overview: null,
  /** From the 2019 gambling ban up to the crackdown. */
  before: { range: ['2019', '2022-07'] },
  /** August to October 2022, the magnified weeks. */
  crackdown: { range: ['2022-08', '2022-10'] },
  /** After the crackdown weeks: tallies and reports to 2023. */
  after: { range: ['2022-11', '2023'] },
};

const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Reads a `data-state` value or a `chart:state` detail into a highlight; `null` for the overview or anything
 * it does not understand (an unknown state must never break the chart).
 */
export function parseTimelineState(
  value: string | { state?: string; range?: readonly string[]; event?: string } | null | undefined,
): TimelineHighlight | null {
  if (!value) return null;
  if (typeof value !== 'string') {
    if (value.event) return { event: value.event };
    const [a, b] = value.range ?? [];
    if (a && ISO.test(a)) return { range: [a, b && ISO.test(b) ? b : a] };
    return parseTimelineState(value.state);
  }
  if (value in TIMELINE_STATES) return TIMELINE_STATES[value] ?? null;
  if (value.startsWith('event:')) return value.length > 6 ? { event: value.slice(6) } : null;
  if (value.startsWith('range:')) {
    const [a, b] = value.slice(6).split('/');
    return parseTimelineState({ range: [a ?? '', b ?? ''] });
  }
  return null;
}

/** The period a range highlight covers, `[start, end)` in UTC milliseconds, whatever order its ends come in. */
export function highlightSpan(range: readonly [string, string]): [number, number] {
  const [a, b] = [isoDateSpan(range[0]), isoDateSpan(range[1])];
  return [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
}

/** Ids of the events a highlight picks out: the one event, or every event whose time overlaps the range. */
export function highlightedEventIds(
  events: ReadonlyArray<Pick<Event, 'id' | 'date' | 'endDate'>>,
  highlight: TimelineHighlight | null,
): Set<string> {
  if (!highlight) return new Set();
  if ('event' in highlight) return new Set(events.some((e) => e.id === highlight.event) ? [highlight.event] : []);
  const [s, e] = highlightSpan(highlight.range);
  return new Set(
    events
      .filter((ev) => {
        const [a, b] = eventSpan(ev);
        return a < e && b > s;
      })
      .map((ev) => ev.id),
  );
}

/** A timeline state's name, as `data-state` carries it. */
export type TimelineState = 'overview' | 'before' | 'crackdown' | 'after' | `event:${string}` | `range:${string}/${string}`;

/**
 * A valid state name from any string or `chart:state` detail (`{ state }`, `{ event }`, `{ range }`), or
 * `overview`: what the root's `data-state` is set to, on the server and in the browser alike.
 */
export function timelineStateName(value: Parameters<typeof parseTimelineState>[0] | unknown): TimelineState {
  const h = parseTimelineState(typeof value === 'string' || (value && typeof value === 'object') ? (value as Parameters<typeof parseTimelineState>[0]) : null);
  if (!h) return typeof value === 'string' && value in TIMELINE_STATES ? (value as TimelineState) : 'overview';
  if ('event' in h) return /^[a-z0-9-]{1,80}$/.test(h.event) ? `event:${h.event}` : 'overview';
  const named = Object.entries(TIMELINE_STATES).find(([, v]) => v && 'range' in v && v.range[0] === h.range[0] && v.range[1] === h.range[1]);
  return named ? (named[0] as TimelineState) : `range:${h.range[0]}/${h.range[1]}`;
}
