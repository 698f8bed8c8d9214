/**
 * The crackdown timeline's overview graphic: every event on a focus-and-context time axis (the years from the
 * 2019 gambling ban to the 2023 reports compressed at either side, August to October 2022 spread out), dots
 * coloured by category, stacked into lanes so nearby events stay apart.
 *
 * Pure: `(events, {width, ...}) => SVG string`, rendered at build time. The graphic enhances the ordered list
 * of events that carries the full text; every mark is a link to its list item (`#event-<id>`), so it works
 * without JavaScript too. No inline styles: colours come from `.cat-<category>` classes.
 */
import type { Event, EventCategory } from '../data/schemas/event';
import { categoryLabel } from './eventCategories';
import { eventAnchor, eventSpan, isoDateSpan, sortEvents } from './eventDates';
import { focusContextScale, type FocusContextScale } from './focusContextScale';
import { formatEventDate } from './formatEventDate';
import { estimateTextWidth, wrapText } from './textWidth';
import { LABEL_OFFSET, timelineAxis } from './timelineAxis';
import { timelineLayout } from './timelineLayout';
import { highlightedEventIds, highlightSpan, type TimelineHighlight } from './timelineState';

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
  /** Draw each event's title beside its mark (default: when `width` is at least 560). */
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

const MARGIN = { left: 10, right: 10 };
const HEADER = 22;
const AXIS = 30;
const RADIUS = 5;
const LABEL_FONT = 12;
const LINE_HEIGHT = 14;
const AXIS_FONT = 11;

/** Escapes text for SVG content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

const r = (n: number): string => String(Math.round(n * 10) / 10);

/** The label a screen reader hears for one mark: its date, title and category. */
export function eventAccessibleName(event: Event): string {
  const inferred = event.dateInferred ? ' (date inferred)' : '';
  return `${formatEventDate(event).text}${inferred}: ${event.title} (${categoryLabel(event.category)})`;
}

/** The time scale the graphic uses for these events at this width (exported so tests can check positions). */
export function crackdownTimelineScale(
  events: readonly Pick<Event, 'date' | 'endDate'>[],
  options: Pick<CrackdownTimelineOptions, 'width' | 'focus' | 'focusShare' | 'domain' | 'labels'>,
): FocusContextScale {
  const labels = options.labels ?? options.width >= 560;
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

/**
 * Renders the timeline overview as an SVG string.
 *
 * Marks are `<a class="tl-event cat-<category>" href="#event-<id>" data-event="<id>">` in date order, so tab
 * order is chronological; the client script adds arrow-key movement and selection on top.
 */
export function crackdownTimeline(allEvents: readonly Event[], options: CrackdownTimelineOptions): string {
  const { width } = options;
  const labels = options.labels ?? width >= 560;
  const shown = options.categories ? new Set(options.categories) : null;
  const events = sortEvents(allEvents.filter((e) => !shown || shown.has(e.category)));
  const x = crackdownTimelineScale(allEvents, { ...options, labels });
  const [d0, f0, f1, d1] = x.breakpoints as [
    { t: number; x: number },
    { t: number; x: number },
    { t: number; x: number },
    { t: number; x: number },
  ];

  const maxLabelWidth = Math.min(170, Math.max(110, width * 0.17));
  const geometry = events.map((event) => {
    const [start, end] = eventSpan(event);
    const period = Boolean(event.endDate && event.endDate !== event.date);
    const anchor = period ? x(start) : x(eventAnchor(event));
    const markEnd = period ? Math.max(anchor, x(end)) : anchor;
    const lines = labels ? wrapText(event.title, maxLabelWidth, LABEL_FONT) : [];
    const labelWidth = Math.max(0, ...lines.map((l) => estimateTextWidth(l, LABEL_FONT)));
    return { event, period, start, end, x0: anchor, x1: markEnd, lines, labelWidth };
  });
  const layout = timelineLayout(
    geometry.map((g) => ({ id: g.event.id, x0: g.x0, x1: g.x1, labelWidth: g.labelWidth })),
    { left: MARGIN.left, right: width - MARGIN.right, radius: RADIUS, gap: labels ? 8 : 3, labelGap: 5 },
  );

  // Each lane is as tall as its tallest label, so one-line lanes stay compact.
  const laneHeights = Array.from({ length: Math.max(1, layout.lanes) }, (_, lane) => {
    const lines = Math.max(1, ...geometry.filter((_, i) => layout.items[i]!.lane === lane).map((g) => g.lines.length));
    return labels ? lines * LINE_HEIGHT + 10 : RADIUS * 2 + 6;
  });
  const natural = HEADER + laneHeights.reduce((a, b) => a + b, 0) + AXIS;
  const height = Math.max(natural, options.height ?? natural);
  // Extra height from an explicit `height` is shared out between the lanes.
  const stretch = (height - natural) / laneHeights.length;
  const laneTops: number[] = [];
  laneHeights.reduce((top, h, i) => ((laneTops[i] = top), top + h + stretch), HEADER);
  const plotBottom = height - AXIS;
  const axisY = plotBottom + 4;

  const highlight = options.highlight ?? null;
  const picked = highlightedEventIds(events, highlight);

  const out: string[] = [];
  const focusText = formatEventDate({ date: isoDate(f0.t), endDate: isoDate(f1.t - 1) }).text;
  const label = `Overview of ${events.length} events on a time line from ${new Date(d0.t).getUTCFullYear()} to ${
    new Date(d1.t - 1).getUTCFullYear()
  }, with ${focusText} spread out. Each event is a link to its entry in the list below.`;
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="tl-svg" viewBox="0 0 ${width} ${r(height)}" width="${width}" height="${r(height)}" role="group" aria-label="${escapeXml(label)}" data-layout="${labels ? 'labelled' : 'compact'}" data-breakpoints="${x.breakpoints.map((b) => `${b.t}:${r(b.x)}`).join(',')}" data-plot="${HEADER - 6}:${r(plotBottom)}">`,
  );

  // Background: the magnified band, gridlines, the caption that says the scale changes.
  const axis = timelineAxis(x, { fontSize: AXIS_FONT });
  out.push('<g class="tl-backdrop" aria-hidden="true">');
  out.push(`<rect class="tl-focus-band" x="${r(f0.x)}" y="${HEADER - 6}" width="${r(f1.x - f0.x)}" height="${r(plotBottom - HEADER + 6)}"/>`);
  for (const tick of axis) {
    if (tick.kind === 'day') continue;
    out.push(`<line class="tl-grid" x1="${r(tick.x)}" x2="${r(tick.x)}" y1="${HEADER - 6}" y2="${r(plotBottom)}"/>`);
  }
  const caption = captionFor(x, focusText, f1.x - f0.x);
  out.push(`<text class="tl-caption" x="${r(f0.x + 6)}" y="${HEADER - 10}" font-size="${AXIS_FONT}">${escapeXml(caption)}</text>`);
  out.push('</g>');

  const range =
    highlight && 'range' in highlight ? highlightSpan(highlight.range).map((t) => Math.min(d1.x, Math.max(d0.x, x(t)))) : null;
  out.push(
    `<rect class="tl-range" x="${r(range ? range[0]! : 0)}" y="${HEADER - 6}" width="${r(range ? Math.max(2, range[1]! - range[0]!) : 0)}" height="${r(plotBottom - HEADER + 6)}"${range ? '' : ' visibility="hidden"'} aria-hidden="true"/>`,
  );

  out.push('<g class="tl-events">');
  geometry.forEach((g, i) => {
    const item = layout.items[i]!;
    const { event } = g;
    const top = laneTops[item.lane]!;
    const cy = top + (labels ? LINE_HEIGHT / 2 + 5 : (RADIUS * 2 + 6) / 2) + stretch / 2;
    const classes = ['tl-event', `cat-${event.category}`];
    if (highlight) classes.push(picked.has(event.id) ? 'is-highlighted' : 'is-dimmed');
    out.push(
      `<a class="${classes.join(' ')}" href="#event-${event.id}" data-event="${event.id}" data-category="${event.category}" aria-label="${escapeXml(eventAccessibleName(event))}">`,
    );
    const hitTop = top + stretch / 2;
    const hitHeight = laneHeights[item.lane]!;
    out.push(
      `<rect class="tl-hit" x="${r(item.extent[0] - 2)}" y="${r(hitTop)}" width="${r(item.extent[1] - item.extent[0] + 4)}" height="${r(hitHeight)}"/>`,
    );
    if (g.period) {
      out.push(`<rect class="tl-span" x="${r(g.x0)}" y="${r(cy - 2.5)}" width="${r(Math.max(0, g.x1 - g.x0))}" height="5" rx="2.5"/>`);
    } else if (event.precision !== 'day') {
      // A month- or year-precision date is drawn across the time it could be, not pinned to a day.
      const [a, b] = isoDateSpan(event.date);
      out.push(`<line class="tl-precision" x1="${r(x(a))}" x2="${r(x(b))}" y1="${r(cy)}" y2="${r(cy)}"/>`);
    }
    out.push(`<circle class="tl-ring" cx="${r(g.x0)}" cy="${r(cy)}" r="${RADIUS + 4}"/>`);
    out.push(`<circle class="tl-dot" cx="${r(g.x0)}" cy="${r(cy)}" r="${RADIUS}"/>`);
    if (g.lines.length) {
      const anchor = item.labelSide === 'left' ? ' text-anchor="end"' : '';
      out.push(`<text class="tl-label" font-size="${LABEL_FONT}"${anchor}>`);
      g.lines.forEach((line, li) => {
        out.push(`<tspan x="${r(item.labelX)}" y="${r(cy + LABEL_FONT * 0.36 + li * LINE_HEIGHT)}">${escapeXml(line)}</tspan>`);
      });
      out.push('</text>');
    }
    out.push('</a>');
  });
  out.push('</g>');

  // The axis: years at a glance in the context, months and days in the focus, breaks where the scale changes.
  out.push(`<g class="tl-axis" aria-hidden="true" font-size="${AXIS_FONT}">`);
  out.push(`<line class="tl-axis-line" x1="${r(d0.x)}" x2="${r(d1.x)}" y1="${r(axisY)}" y2="${r(axisY)}"/>`);
  out.push(`<line class="tl-axis-focus" x1="${r(f0.x)}" x2="${r(f1.x)}" y1="${r(axisY)}" y2="${r(axisY)}"/>`);
  for (const tick of axis) {
    const len = tick.kind === 'day' ? 4 : 8;
    out.push(`<line class="tl-tick tl-tick-${tick.kind}" x1="${r(tick.x)}" x2="${r(tick.x)}" y1="${r(axisY)}" y2="${r(axisY + len)}"/>`);
    if (tick.label === undefined) continue;
    const tx = tick.anchor === 'start' ? tick.x + LABEL_OFFSET : tick.x;
    const anchor = tick.anchor === 'middle' ? ' text-anchor="middle"' : '';
    out.push(`<text class="tl-tick-label tl-tick-label-${tick.kind}" x="${r(tx)}" y="${r(axisY + 8 + AXIS_FONT)}"${anchor}>${escapeXml(tick.label)}</text>`);
  }
  for (const bx of [f0.x, f1.x]) {
    if (bx <= d0.x || bx >= d1.x) continue;
    out.push(`<path class="tl-break" d="M${r(bx - 4)},${r(axisY + 4)}L${r(bx)},${r(axisY - 4)}M${r(bx)},${r(axisY + 4)}L${r(bx + 4)},${r(axisY - 4)}"/>`);
  }
  out.push('</g>');
  out.push('</svg>');
  return out.join('');
}

/** The ISO month of a UTC time. */
function isoDate(t: number): string {
  return new Date(t).toISOString().slice(0, 7);
}

/**
 * The caption over the magnified band, as long as the band allows. It says the scale changes, since a reader
 * would otherwise read distances in the band and outside it as the same time.
 */
function captionFor(x: FocusContextScale, focusText: string, bandWidth: number): string {
  const zoom = Math.round(x.magnification);
  const options = [`${focusText}: time scale enlarged ${zoom}×`, `${focusText}, enlarged ${zoom}×`, `Enlarged ${zoom}×`];
  return options.find((c) => estimateTextWidth(c, AXIS_FONT) <= bandWidth - 12) ?? '';
}
