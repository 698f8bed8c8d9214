/**
 * The crackdown timeline's geometry for one width, before any SVG: its focus-and-context scale and every
 * event's mark in its lane (lanes.ts packs them). svg.ts draws it.
 */
import type { Event, EventCategory } from '../../../data/schemas/event';
import { eventAnchor, eventSpan, isoDateSpan, sortEvents } from '../../dates/eventDates';
import { estimateTextWidth } from '../../text/textWidth';
import { sizeClassFor } from '../sizes';
import { focusContextScale, type FocusContextScale } from './focusContextScale';
import { timelineLayout } from './lanes';
import type { TimelineHighlight } from './state';

/** Options for {@link crackdownTimeline}. */
export interface CrackdownTimelineOptions {
  /** Width of the SVG in pixels (its viewBox; CSS scales it to the container). */
  width: number;
  /** Height in pixels; by default just tall enough for the lanes the events need. */
  height?: number;
  /** Categories to draw (default all). */
  categories?: readonly EventCategory[];
  /** A period or an event to highlight; the other events are dimmed. */
  highlight?: TimelineHighlight | null;
  /**
   * Draw a picture only (default false): one image with a name, whose marks are not links and have no names,
   * hit areas or selection rings. An embed's first view, which the interactive drawing replaces as soon as a
   * reader reaches for it (embedTimelineBoot.client.ts); the same layout, so nothing moves when it does.
   */
  picture?: boolean;
  /** Draw event titles beside their marks where there is room (default: from the `m` size class up). */
  labels?: boolean;
  /** The magnified period, ISO dates at any precision (default August to October 2022). */
  focus?: readonly [string, string];
  /** Share of the width the focus gets (default 0.6 with labels, 0.5 without). */
  focusShare?: number;
  /** Whole years shown (default from the first event's year to the last one's). */
  domain?: readonly [string, string];
}

/** Default magnified period: the crackdown weeks. */
export const DEFAULT_FOCUS: readonly [string, string] = ['2022-08', '2022-10'];

export const MARGIN = { left: 10, right: 10 };
export const HEADER = 22;
export const AXIS = 30;
const RADIUS = 5;
/** Dot radius in the compact (unlabelled) layout. */
const RADIUS_COMPACT = 4.5;
export const LABEL_FONT = 12;
/** Height of one lane: room for a dot, its focus ring and a line of label. */
const LANE = 22;
/** Height of one lane without labels. */
const LANE_COMPACT = 17;
export const AXIS_FONT = 11;

/** The time scale the graphic uses for these events at this width (exported so tests can check positions). */
export function crackdownTimelineScale(
  events: readonly Pick<Event, 'date' | 'endDate'>[],
  options: Pick<CrackdownTimelineOptions, 'width' | 'focus' | 'focusShare' | 'domain' | 'labels'>,
): FocusContextScale {
  const labels = options.labels ?? sizeClassFor(options.width) !== 's';
  const [fa, fb] = options.focus ?? DEFAULT_FOCUS;
  const years = events.flatMap((e) => [isoDateSpan(e.date)[0], eventSpan(e)[1] - 1]).map((t) => new Date(t).getUTCFullYear());
  const [da, db] = options.domain ?? [String(Math.min(...years, 2022)), String(Math.max(...years, 2022))];
  return focusContextScale({
    domain: [isoDateSpan(da)[0], isoDateSpan(db)[1]],
    focus: [isoDateSpan(fa)[0], isoDateSpan(fb)[1]],
    range: [MARGIN.left, options.width - MARGIN.right],
    focusShare: options.focusShare ?? (labels ? 0.6 : 0.5),
  });
}

/** One event's mark as laid out: where its dot, bar or bracket and its label go. */
export interface TimelineMark {
  event: Event;
  /** Lane index, 0 at the top. */
  lane: number;
  /** The dot's centre (and a period's start). */
  x0: number;
  /** A period's end; `x0` for a single date. */
  x1: number;
  cy: number;
  /** True for an event with an end date, drawn as a bar. */
  period: boolean;
  /** For a date known only to the month or year: the span it could fall in, drawn as a bracket. */
  vague: [number, number] | null;
  labelSide: 'right' | 'left' | 'inside' | 'none';
  labelX: number;
  labelWidth: number;
  /** The horizontal extent the mark and its label take in the lane. */
  extent: [number, number];
}

/** The overview's geometry, before any SVG: the scale, the size and every mark. */
export interface CrackdownTimelineLayout {
  scale: FocusContextScale;
  width: number;
  height: number;
  labels: boolean;
  radius: number;
  /** Height of one lane. */
  laneHeight: number;
  lanes: number;
  /** Top and bottom of the area the lanes fill. */
  plotTop: number;
  plotBottom: number;
  /** One per shown event, in date order. */
  marks: TimelineMark[];
}

/** Lays the overview out: the scale for the width, then every shown event's mark in its lane. */
export function crackdownTimelineLayout(allEvents: readonly Event[], options: CrackdownTimelineOptions): CrackdownTimelineLayout {
  const { width } = options;
  const labels = options.labels ?? sizeClassFor(width) !== 's';
  const shown = options.categories ? new Set(options.categories) : null;
  const events = sortEvents(allEvents.filter((e) => !shown || shown.has(e.category)));
  // The scale comes from all events, so filtering categories never moves the axis.
  const x = crackdownTimelineScale(allEvents, { ...options, labels });

  const geometry = events.map((event) => {
    const [start, end] = eventSpan(event);
    const period = Boolean(event.endDate && event.endDate !== event.date);
    const x0 = period ? x(start) : x(eventAnchor(event));
    const x1 = period ? Math.max(x0, x(end)) : x0;
    const labelWidth = labels ? estimateTextWidth(event.title, LABEL_FONT) : 0;
    // A month- or year-precision date is drawn across the time it could be, not pinned to a day.
    const vague = !period && event.precision !== 'day' ? (isoDateSpan(event.date).map((t) => x(t)) as [number, number]) : null;
    return { event, period, x0, x1, labelWidth, vague };
  });
  const radius = labels ? RADIUS : RADIUS_COMPACT;
  const layout = timelineLayout(
    geometry.map((g) => ({ id: g.event.id, x0: g.x0, x1: g.x1, labelWidth: g.labelWidth, ...(g.vague ? { span: g.vague } : {}) })),
    { left: MARGIN.left, right: width - MARGIN.right, radius, gap: 4, labelGap: 5 },
  );

  const lanes = Math.max(1, layout.lanes);
  const natural = HEADER + lanes * (labels ? LANE : LANE_COMPACT) + AXIS;
  const height = Math.max(natural, options.height ?? natural);
  // Extra height from an explicit `height` goes to the lanes.
  const laneHeight = (height - HEADER - AXIS) / lanes;
  const marks = geometry.map((g, i): TimelineMark => {
    const item = layout.items[i]!;
    const { labelSide, labelX, extent, lane } = item;
    return { ...g, lane, cy: HEADER + (lane + 0.5) * laneHeight, labelSide, labelX, extent };
  });
  return { scale: x, width, height, labels, radius, laneHeight, lanes, plotTop: HEADER, plotBottom: height - AXIS, marks };
}

