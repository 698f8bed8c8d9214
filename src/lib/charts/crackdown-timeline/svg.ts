/**
 * The crackdown timeline's overview graphic: every event on a focus-and-context time axis (the years from the
 * 2019 gambling ban to the 2023 reports compressed at either side, August to October 2022 spread out), dots
 * coloured by category, stacked into lanes so nearby events stay apart.
 *
 * Pure: `(events, {width, ...}) => SVG string`, rendered at build time. The graphic enhances the ordered list
 * of events that carries the full text; every mark is a link to its list item (`#event-<id>`), so it works
 * without JavaScript too. No inline styles: colours come from `.cat-<category>` classes.
 */
import type { Event } from '../../../data/schemas/event';
import { categoryLabel } from '../../labels/eventCategories';
import { formatEventDate, MONTH_SHORT } from '../../format/formatDate';
import { estimateTextWidth } from '../../text/textWidth';
import { escapeXml } from '../../svg/escapeXml';
import { LABEL_OFFSET, timelineAxis } from './axis';
import type { FocusContextScale } from './focusContextScale';
import { AXIS_FONT, crackdownTimelineLayout, HEADER, LABEL_FONT, MARGIN, type CrackdownTimelineOptions } from './layout';
import { highlightedEventIds, highlightSpan } from './state';

export { crackdownTimelineLayout, crackdownTimelineScale, DEFAULT_FOCUS } from './layout';
export type { CrackdownTimelineLayout, CrackdownTimelineOptions, TimelineMark } from './layout';

const r = (n: number): string => String(Math.round(n * 10) / 10);

/** The label a screen reader hears for one mark: its date, title and category. */
export function eventAccessibleName(event: Event): string {
  const inferred = event.dateInferred ? ' (date inferred)' : '';
  return `${formatEventDate(event).text}${inferred}: ${event.title} (${categoryLabel(event.category)})`;
}

/**
 * Renders the timeline overview as an SVG string.
 *
 * Marks are `<a class="tl-event cat-<category>" href="#event-<id>" data-event="<id>">` in date order, so tab
 * order is chronological; the client script adds arrow-key movement and selection on top.
 */
export function crackdownTimeline(allEvents: readonly Event[], options: CrackdownTimelineOptions): string {
  const layout = crackdownTimelineLayout(allEvents, options);
  const { scale: x, width, height, labels, radius, laneHeight: lane, plotBottom, marks } = layout;
  const events = marks.map((m) => m.event);
  const [d0, f0, f1, d1] = x.breakpoints as [
    { t: number; x: number },
    { t: number; x: number },
    { t: number; x: number },
    { t: number; x: number },
  ];
  const axisY = plotBottom + 4;

  const highlight = options.highlight ?? null;
  const picked = highlightedEventIds(events, highlight);

  const out: string[] = [];
  const focusText = formatEventDate({ date: isoDate(f0.t), endDate: isoDate(f1.t - 1) }).text;
  const picture = options.picture ?? false;
  const overview = `Overview of ${events.length} events on a time line from ${new Date(d0.t).getUTCFullYear()} to ${
    new Date(d1.t - 1).getUTCFullYear()
  }, with ${focusText} spread out.`;
  const label = picture ? overview : `${overview} Each event is a link to its entry in the list below.`;
  // A picture is not wired by the client script: it needs neither the scale's breakpoints nor the plot's extent.
  const wiring = picture ? '' : ` data-breakpoints="${x.breakpoints.map((b) => `${b.t}:${r(b.x)}`).join(',')}" data-plot="${HEADER - 6}:${r(plotBottom)}"`;
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="tl-svg" viewBox="0 0 ${width} ${r(height)}" width="${width}" height="${r(height)}" role="${picture ? 'img' : 'group'}" aria-label="${escapeXml(label)}" data-layout="${labels ? 'labelled' : 'compact'}"${wiring}>`,
  );

  // Background: the magnified band, gridlines, the caption that says the scale changes.
  const axis = timelineAxis(x, { fontSize: AXIS_FONT });
  // Inside a picture (role="img") nothing is read out on its own: no part needs hiding.
  const hidden = picture ? '' : ' aria-hidden="true"';
  out.push(`<g class="tl-backdrop"${hidden}>`);
  out.push(`<rect class="tl-focus-band" x="${r(f0.x)}" y="${HEADER - 6}" width="${r(f1.x - f0.x)}" height="${r(plotBottom - HEADER + 6)}"/>`);
  for (const tick of axis) {
    if (tick.kind === 'day') continue;
    out.push(`<line class="tl-grid" x1="${r(tick.x)}" x2="${r(tick.x)}" y1="${HEADER - 6}" y2="${r(plotBottom)}"/>`);
  }
  // The caption starts over the band and may run on over the context after it: nothing else sits up there.
  const caption = captionFor(x, focusText, width - MARGIN.right - f0.x);
  out.push(`<text class="tl-caption" x="${r(f0.x + 6)}" y="${HEADER - 10}" font-size="${AXIS_FONT}">${escapeXml(caption)}</text>`);
  out.push('</g>');

  const range =
    highlight && 'range' in highlight ? highlightSpan(highlight.range).map((t) => Math.min(d1.x, Math.max(d0.x, x(t)))) : null;
  // The band a range state lights up (the client moves it); a picture draws it only when it shows.
  if (range || !picture) {
    out.push(
      `<rect class="tl-range" x="${r(range ? range[0]! : 0)}" y="${HEADER - 6}" width="${r(range ? Math.max(2, range[1]! - range[0]!) : 0)}" height="${r(plotBottom - HEADER + 6)}"${range ? '' : ' visibility="hidden"'}${hidden}/>`,
    );
  }

  out.push('<g class="tl-events">');
  for (const g of marks) {
    const { event, cy } = g;
    const top = cy - lane / 2;
    const classes = picture ? [`cat-${event.category}`] : ['tl-event', `cat-${event.category}`];
    if (highlight) classes.push(picked.has(event.id) ? 'is-highlighted' : 'is-dimmed');
    if (picture) out.push(`<g class="${classes.join(' ')}">`);
    else {
      out.push(
        `<a class="${classes.join(' ')}" href="#event-${event.id}" data-event="${event.id}" data-category="${event.category}" aria-label="${escapeXml(eventAccessibleName(event))}">`,
      );
      out.push(
        `<rect class="tl-hit" x="${r(g.extent[0] - 2)}" y="${r(top)}" width="${r(g.extent[1] - g.extent[0] + 4)}" height="${r(lane)}"/>`,
      );
    }
    if (g.period) {
      // With labels, a period is a band tall enough to carry its title; without, a thin bar.
      const h = labels ? 16 : 5;
      const pad = labels ? radius + 1 : 0;
      out.push(
        `<rect class="tl-span" x="${r(g.x0 - pad)}" y="${r(cy - h / 2)}" width="${r(Math.max(0, g.x1 - g.x0) + 2 * pad)}" height="${h}" rx="${h / 2}"/>`,
      );
    } else if (g.vague) {
      // With a label beside the dot, the bracket sits above it so the two never cross.
      const [a, b] = g.vague;
      const y = labels ? cy - radius - 3 : cy;
      const tick = labels ? 3 : 0;
      out.push(`<path class="tl-precision" d="M${r(a)},${r(y + tick)}V${r(y)}H${r(b)}V${r(y + tick)}"/>`);
    }
    if (!picture) out.push(`<circle class="tl-ring" cx="${r(g.x0)}" cy="${r(cy)}" r="${radius + 3.5}"/>`);
    out.push(`<circle class="tl-dot" cx="${r(g.x0)}" cy="${r(cy)}" r="${radius}"/>`);
    if (g.labelSide !== 'none') {
      const anchor = g.labelSide === 'left' ? ' text-anchor="end"' : '';
      const cls = g.labelSide === 'inside' ? 'tl-label tl-label-inside' : 'tl-label';
      out.push(
        `<text class="${cls}" x="${r(g.labelX)}" y="${r(cy + LABEL_FONT * 0.36)}" font-size="${LABEL_FONT}"${anchor}>${escapeXml(event.title)}</text>`,
      );
    }
    out.push(picture ? '</g>' : '</a>');
  }
  out.push('</g>');

  // The axis: years at a glance in the context, months and days in the focus, breaks where the scale changes.
  out.push(`<g class="tl-axis"${hidden} font-size="${AXIS_FONT}">`);
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
function captionFor(x: FocusContextScale, focusText: string, room: number): string {
  const zoom = Math.round(x.magnification);
  const [f0, f1] = [x.breakpoints[1]!.t, x.breakpoints[2]!.t - 1];
  const short = `${MONTH_SHORT[new Date(f0).getUTCMonth()]}–${MONTH_SHORT[new Date(f1).getUTCMonth()]} ${new Date(f1).getUTCFullYear()}`;
  const options = [`${focusText}: time scale enlarged ${zoom}×`, `${focusText}, enlarged ${zoom}×`, `${short}, enlarged ${zoom}×`, `Enlarged ${zoom}×`];
  return options.find((c) => estimateTextWidth(c, AXIS_FONT) <= room - 12) ?? '';
}
