/**
 * `/embed/crackdown-timeline/overview/s.svg`, `m.svg` and `l.svg`: the timeline's interactive overview drawn
 * for a phone-wide, a tablet-wide and a desktop-wide container, in its default state, as static fragments. The
 * embed's HTML carries only a picture of the phone drawing (its first view on a phone, and what a reader
 * without JavaScript sees at any width, capped at its compact width); its bootstrap fetches `m` or `l` when
 * its container is that wide, and `s` in the picture's place when a reader reaches for the chart
 * (embedTimelineBoot.client.ts). Drawn by the same function and widths as CrackdownTimeline.astro's, with
 * the event links pointed at the list's page as EventLinksTo.astro does for the inline drawing.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadStoryData } from '../../../../data/loadStoryData';
import { crackdownTimeline } from '../../../../lib/charts/crackdown-timeline/svg';
import { sortEvents } from '../../../../lib/dates/eventDates';

/** The drawing's width for each size class, as CrackdownTimeline.astro's default `widths`. */
export const OVERVIEW_WIDTHS = { s: 343, m: 720, l: 1120 } as const;
const LIST_PAGE = '/embed/crackdown-timeline/events/';

export const getStaticPaths = (() =>
  Object.keys(OVERVIEW_WIDTHS).map((size) => ({ params: { size } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const width = OVERVIEW_WIDTHS[params['size'] as keyof typeof OVERVIEW_WIDTHS];
  const svg = crackdownTimeline(sortEvents(loadStoryData().events), { width, highlight: null })
    .replace(/<a class="tl-event([^"]*)" href="#event-/g, `<a class="tl-event$1" target="_blank" href="${LIST_PAGE}#event-`)
    .replaceAll('Each event is a link to its entry in the list below.', 'Each event is a link to its entry in the list of all events.');
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
