/**
 * The timeline embed's event list, on demand. The embed's first view is the overview in its default state;
 * its 29 entries (a third of the page's bytes) are fetched from the page at the root's `data-list-src`,
 * which draws the same timeline with its list, only when the reader asks for something that needs them:
 * the "List all events" button, a first touch, click, key or focus on the chart (selection shows an entry
 * in the details panel), or a state other than the default (set by `?state=` or anyone changing
 * `data-state`). The list goes in hidden until the button opens it; then the chart's own script enhances the
 * chart, which needs the list's items. Without JavaScript the button is a link to that page, in a new tab.
 */
import { enhanceCrackdownTimelines } from '../charts/crackdown-timeline/crackdownTimeline.client';
import { listButton } from './listButton.client';

export function startTimelineList(content: HTMLElement): void {
  const root = content.querySelector<HTMLElement>('[data-chart="crackdown-timeline"][data-list-src]');
  // The link to the list's page, or the button the timeline embed's bootstrap already made of it (embedTimelineBoot.client.ts).
  const link = content.querySelector<HTMLElement>('[data-embed-list]');
  const frame = content.querySelector<HTMLElement>('[data-embed-timeline]');
  if (!root || !frame) return;
  const src = root.dataset['listSrc']!;

  let loading: Promise<boolean> | null = null;
  const load = (): Promise<boolean> =>
    (loading ??= (async () => {
      try {
        const response = await fetch(src);
        if (!response.ok) return false;
        const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
        const list = doc.querySelector('[data-chart="crackdown-timeline"] ol.tl-list');
        if (!list) return false;
        // The entries' titles sit under the embed's h1, whatever level the page they come from uses.
        for (const h of list.querySelectorAll('.tl-title')) {
          const h2 = doc.createElement('h2');
          h2.className = h.className;
          h2.replaceChildren(...h.childNodes);
          h.replaceWith(h2);
        }
        // The details panel and live region come with the list, after the hint; the "none shown" line after it.
        const from = doc.querySelector('[data-chart="crackdown-timeline"]')!;
        const take = (selector: string) => (root.querySelector(selector) ? [] : [from.querySelector(selector)].filter((n) => n !== null).map((n) => document.importNode(n, true)));
        (root.querySelector('[data-tl-hint]') ?? root.lastElementChild)?.after(...take('[data-tl-detail]'), ...take('[data-tl-live]'));
        const empty = root.querySelector('[data-tl-empty]');
        const node = document.importNode(list, true);
        if (empty) empty.before(node);
        else root.append(node, ...take('[data-tl-empty]'));
        enhanceCrackdownTimelines();
        return true;
      } catch {
        return false;
      }
    })());

  // The button that opens and closes the list (a link to the list's page without JavaScript).
  if (link) {
    const button = link instanceof HTMLButtonElement ? link : listButton(link);
    const open = async (on: boolean) => {
      if (on && !(await load())) {
        // The list could not be fetched: the page it lives on is still one click away.
        window.open(src, '_blank', 'noopener');
        return;
      }
      frame.classList.toggle('is-list-open', on);
      button.setAttribute('aria-expanded', String(on));
    };
    button.addEventListener('click', () => void open(button.getAttribute('aria-expanded') !== 'true'));
    // "Go to this event in the list" in the details panel opens the list first.
    content.addEventListener('click', (e) => {
      if ((e.target as Element | null)?.closest?.('.tl-detail-link a')) void open(true);
    }, true);
  }

  // The hint and the filters are there wherever scripts run, as on the chart page; a filter pressed before
  // the list has come is pressed again once the chart is enhanced.
  // The key of categories stands in the filters' place until then (it is out of the flow): it goes as they come.
  root.querySelector<HTMLElement>('[data-tl-hint]')?.removeAttribute('hidden');
  root.querySelector<HTMLElement>('[data-tl-controls]')?.removeAttribute('hidden');
  frame.classList.add('is-live');
  root.addEventListener('click', (e) => {
    if (root.dataset['enhanced'] !== undefined) return;
    const target = e.target as Element | null;
    const filter = target?.closest?.<HTMLButtonElement>('button.tl-filter');
    if (filter) {
      e.stopPropagation();
      void load().then((ok) => ok && filter.click());
      return;
    }
    // An event's mark links to its entry on the list's page (for readers without JavaScript); here it selects
    // the event once the list has come, as the chart does (its address names the event).
    const mark = target?.closest?.<SVGAElement>('a.tl-event');
    if (!mark) return;
    e.preventDefault();
    void load().then((ok) => {
      if (ok) location.hash = `#event-${mark.dataset['event'] ?? ''}`;
    });
  }, true);

  // Anything that needs the entries loads them; the chart is enhanced once they are in.
  for (const type of ['pointerdown', 'keydown', 'focusin'] as const) root.addEventListener(type, () => void load(), { once: true, passive: true });
  const defaultState = root.dataset['state'];
  if (root.dataset['state'] !== 'overview') void load();
  const watch = new MutationObserver(() => {
    if (root.dataset['state'] !== defaultState) {
      watch.disconnect();
      void load();
    }
  });
  watch.observe(root, { attributes: true, attributeFilter: ['data-state'] });
  // A `chart:state` event before the chart is enhanced would go unheard: it is sent again once it is.
  root.addEventListener('chart:state', (e) => {
    if (root.dataset['enhanced'] !== undefined) return;
    const detail = (e as CustomEvent<unknown>).detail;
    void load().then((ok) => {
      if (ok) root.dispatchEvent(new CustomEvent('chart:state', { detail }));
    });
  });
  // A link to one event (`#event-<id>`) opens on it.
  if (/^#event-[a-z0-9-]+$/.test(location.hash)) void load();
}
