/**
 * The timeline embed's interactive code, loaded on demand by its bootstrap (embedTimelineBoot.client.ts) on
 * the reader's first touch, click, focus or key on the chart, or a state, `chart:state` event or `#event-`
 * link to apply. It is bundled on its own and started by being imported (the bootstrap imports it by its
 * address, see there), once the styles of what it shows have come (stylesOnDemand.client.ts). It does what
 * embedPage.client.ts does for the other embeds, less what the bootstrap already does (the height) and what
 * this embed has not (a data table): applies `?state=` checked against the chart's allowed states, opens links
 * in a new tab (embedContent.client.ts, as the other embeds); then the event list on demand
 * (embedTimelineList.client.ts), which enhances the chart.
 */
import { stylesOnDemand } from '../charts/shared/stylesOnDemand.client';
import { applyEmbedQuery } from './embedContent.client';
import { startTimelineList } from './embedTimelineList.client';

const content = document.querySelector<HTMLElement>('[data-embed-root]');
// The bootstrap's import() resolves once this has run: the chart is wired before a held click is replayed.
await stylesOnDemand();
if (content) {
  void applyEmbedQuery(content, 'crackdown-timeline');
  startTimelineList(content);
}
