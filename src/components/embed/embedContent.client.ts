/**
 * What every embed does with its content in the browser, whatever else it loads: applies `?state=` /
 * `?nationality=` after checking them against the chart's allowed states (the spec the page carries from the
 * build, or fetched from `data-embed-states-src` when a query asks for a state; never the query string
 * itself), and opens links in a new tab so a reader never navigates inside the
 * host's iframe. Used by embedPage.client.ts and, on demand, by the timeline's embedTimelineLazy.client.ts.
 */
import { parseEmbedQuery, type EmbedStateSpec } from '../../lib/embed/embedQuery';

export async function applyEmbedQuery(content: HTMLElement, chartId: string): Promise<void> {
  content.addEventListener('click', (e) => {
    const link = (e.target as Element | null)?.closest?.('a[href]');
    if (!(link instanceof HTMLAnchorElement) || link.getAttribute('href')?.startsWith('#')) return;
    link.target = '_blank';
    link.rel = 'noopener';
  });
  let raw = content.dataset['embedSpec'];
  // A page that does not carry its states fetches them, only when the query asks for a state.
  const src = content.dataset['embedStatesSrc'];
  if (raw === undefined && src && /[?&](state|nationality)=/.test(location.search)) {
    raw = await fetch(src)
      .then((r) => (r.ok ? r.text() : ''))
      .catch(() => '');
  }
  let spec: EmbedStateSpec | null = null;
  try {
    spec = JSON.parse(raw || 'null') as EmbedStateSpec;
  } catch {
    spec = null;
  }
  const chart = content.querySelector<HTMLElement>(`[data-chart="${CSS.escape(chartId)}"]`);
  if (spec && chart) {
    const { state } = parseEmbedQuery(location.search, spec);
    if (state !== spec.defaultState) chart.dataset['state'] = state;
  }
}
