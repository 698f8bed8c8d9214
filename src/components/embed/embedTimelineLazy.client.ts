/**
 * The timeline embed's interactive code, loaded on demand by its bootstrap (embedTimelineBoot.client.ts) on
 * the reader's first touch, click, focus or key on the chart, or a state, `chart:state` event or `#event-`
 * link to apply. It does what embedPage.client.ts does for the other embeds, less what the bootstrap already
 * does (the height) and what this embed has not (a data table): applies `?state=` checked against the chart's
 * allowed states, opens links in a new tab; then the event list on demand (embedTimelineList.client.ts),
 * which enhances the chart. It does not import embedPage.client.ts, so the sizing code stays in the bootstrap
 * alone (one request at load).
 */
import { parseEmbedQuery, type EmbedStateSpec } from '../../lib/embed/embedQuery';
import { startTimelineList } from './embedTimelineList.client';

export function startTimelineEmbed(content: HTMLElement): void {
  let spec: EmbedStateSpec | null = null;
  try {
    spec = JSON.parse(content.dataset['embedSpec'] ?? 'null') as EmbedStateSpec;
  } catch {
    spec = null;
  }
  const chart = content.querySelector<HTMLElement>('[data-chart="crackdown-timeline"]');
  if (spec && chart) {
    const { state } = parseEmbedQuery(location.search, spec);
    if (state !== spec.defaultState) chart.dataset['state'] = state;
  }
  content.addEventListener('click', (e) => {
    const link = (e.target as Element | null)?.closest?.('a[href]');
    if (!(link instanceof HTMLAnchorElement) || link.getAttribute('href')?.startsWith('#')) return;
    link.target = '_blank';
    link.rel = 'noopener';
  });
  startTimelineList(content);
}
