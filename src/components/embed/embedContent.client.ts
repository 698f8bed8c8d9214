/**
 * What every embed does with its content in the browser, whatever else it loads: applies `?state=` /
 * `?nationality=` after checking them against the chart's allowed states (the spec the page carries from the
 * build, never the query string itself), and opens links in a new tab so a reader never navigates inside the
 * host's iframe. Used by embedPage.client.ts and, on demand, by the timeline's embedTimelineLazy.client.ts.
 */
import { parseEmbedQuery, type EmbedStateSpec } from '../../lib/embed/embedQuery';

export function applyEmbedQuery(content: HTMLElement, chartId: string): void {
  let spec: EmbedStateSpec | null = null;
  try {
    spec = JSON.parse(content.dataset['embedSpec'] ?? 'null') as EmbedStateSpec;
  } catch {
    spec = null;
  }
  const chart = content.querySelector<HTMLElement>(`[data-chart="${CSS.escape(chartId)}"]`);
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
}
