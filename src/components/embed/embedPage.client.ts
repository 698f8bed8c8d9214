/**
 * Everything the embed page does in the browser: applies `?state=` / `?nationality=` after checking them
 * against the chart's allowed states (the spec the page carries from the build, never the query string
 * itself), starts reporting the height to the host page, and opens links in a new tab so a reader never
 * navigates inside the host's iframe. Without JavaScript the chart is shown in its default state.
 */
import { parseEmbedQuery, type EmbedStateSpec } from '../../lib/embed/embedQuery';
import { startEmbedSizing } from './embedSizing.client';

export function enhanceEmbedPage(content: HTMLElement): void {
  const chartId = content.dataset['embedChart'] ?? '';
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
  startTableOnDemand(content);
  startEmbedSizing(content, chartId);
}

/**
 * The data table, fetched the first time its disclosure opens from the page named in `data-embed-table`
 * (the link the disclosure holds without JavaScript), and put in place of that link. If it cannot be
 * fetched, the link stays.
 */
function startTableOnDemand(content: HTMLElement): void {
  const details = content.querySelector<HTMLDetailsElement>('details[data-embed-table]');
  const body = details?.querySelector<HTMLElement>('[data-embed-table-body]');
  if (!details || !body) return;
  let started = false;
  details.addEventListener('toggle', async () => {
    if (!details.open || started) return;
    started = true;
    try {
      const response = await fetch(details.dataset['embedTable']!);
      if (!response.ok) throw new Error(String(response.status));
      const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
      const table = doc.querySelector('[data-embed-data] table');
      if (!table) throw new Error('no table');
      body.replaceChildren(document.importNode(table, true));
    } catch {
      started = false;
    }
  });
}
