/**
 * The timeline embed's interactive code, loaded on demand by its bootstrap (embedTimelineBoot.client.ts) on
 * the reader's first touch, click, focus or key on the chart, or a state, `chart:state` event or `#event-`
 * link to apply. It does what embedPage.client.ts does for the other embeds, less what the bootstrap already
 * does (the height) and what this embed has not (a data table): applies `?state=` checked against the chart's
 * allowed states, opens links in a new tab (embedContent.client.ts, as the other embeds); then the event list on demand (embedTimelineList.client.ts),
 * which enhances the chart. It does not import embedPage.client.ts, so the sizing code stays in the bootstrap
 * alone (one request at load).
 */
import { applyEmbedQuery } from './embedContent.client';
import { startTimelineList } from './embedTimelineList.client';

export function startTimelineEmbed(content: HTMLElement): void {
  applyEmbedQuery(content, 'crackdown-timeline');
  startTimelineList(content);
}
