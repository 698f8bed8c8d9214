/**
 * Everything the embed page does in the browser: applies `?state=` / `?nationality=` after checking them
 * against the chart's allowed states (the spec the page carries from the build, never the query string
 * itself), starts reporting the height to the host page, and opens links in a new tab so a reader never
 * navigates inside the host's iframe. Without JavaScript the chart is shown in its default state.
 */
import { applyEmbedQuery } from './embedContent.client';
import { startEmbedSizing } from './embedSizing.client';
import { stylesOnDemand } from '../charts/shared/stylesOnDemand.client';

export function enhanceEmbedPage(content: HTMLElement): void {
  const chartId = content.dataset['embedChart'] ?? '';
  void applyEmbedQuery(content, chartId);
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
      const [response] = await Promise.all([fetch(details.dataset['embedTable']!), stylesOnDemand()]);
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
