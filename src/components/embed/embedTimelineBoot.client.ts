/**
 * The timeline embed's first script, all it runs at load: it reports the height to the host page
 * (embedSizing.client.ts, at load and whenever the height changes), shows the filters and the hint as the
 * enhanced chart has them (so nothing moves when it is), fetches the tablet or desktop drawing of the overview
 * when the container is that wide (the HTML carries only the phone drawing), and loads the interactive code
 * (embedTimelineLazy.client.ts) with a dynamic import() on the first thing that needs it: a touch, click,
 * focus or key on the chart, a `?state=` or `?nationality=`, a `chart:state` event, a change of `data-state`,
 * or an `#event-` link. A click on an event, a filter or "List all events" before then is held and replayed.
 */
import { SIZE_BREAKPOINTS } from '../../lib/charts/sizes';
import { startEmbedSizing } from './embedSizing.client';

const VIEW_WIDTHS = { m: 720, l: 1120 } as const;
const VIEW_SRC = '/embed/crackdown-timeline/overview/';

export function bootTimelineEmbed(content: HTMLElement): void {
  startEmbedSizing(content, content.dataset['embedChart'] ?? '');
  const root = content.querySelector<HTMLElement>('[data-chart="crackdown-timeline"]');
  const frame = content.querySelector<HTMLElement>('[data-embed-timeline]');
  const small = root?.querySelector<HTMLElement>('.tl-view');
  if (!root || !frame || !small) return;
  root.querySelector('[data-tl-hint]')?.removeAttribute('hidden');
  root.querySelector('[data-tl-controls]')?.removeAttribute('hidden');
  frame.classList.add('is-live');
  // "List all events" is a button from the start, as once enhanced (embedTimelineList.client.ts wires it).
  const link = frame.querySelector('a[data-embed-list]');
  if (link) {
    const button = document.createElement('button');
    for (const { name, value } of Array.from(link.attributes)) if (!['href', 'target', 'rel'].includes(name)) button.setAttribute(name, value);
    button.type = 'button';
    button.textContent = link.textContent;
    button.setAttribute('aria-expanded', 'false');
    link.replaceWith(button);
  }

  // The wider drawings, each fetched once, put in after the phone drawing, which then stops standing in for it.
  const views = new Map<'m' | 'l', Promise<void>>();
  const view = (size: 'm' | 'l'): Promise<void> => {
    let p = views.get(size);
    if (!p) {
      const wait = root.querySelector(`[data-wait="${size}"]`);
      const fallback = () => {
        wait?.remove();
        small.classList.add('is-fallback');
      };
      p = fetch(`${VIEW_SRC}${size}.svg`)
        .then(async (r) => {
          if (!r.ok) return fallback();
          const div = document.createElement('div');
          div.className = `tl-view tl-view-${size} chart-size chart-size--${size}`;
          div.dataset['width'] = String(VIEW_WIDTHS[size]);
          div.innerHTML = await r.text();
          if (!div.querySelector('svg.tl-svg')) return fallback();
          if (wait) wait.replaceWith(div);
          else small.after(div);
          small.classList.remove(`tl-view-${size}`, `chart-size--${size}`);
        })
        .catch(fallback);
      views.set(size, p);
    }
    return p;
  };
  new ResizeObserver(() => {
    const w = root.clientWidth;
    if (w >= SIZE_BREAKPOINTS.l) void view('l');
    else if (w >= SIZE_BREAKPOINTS.m) void view('m');
  }).observe(root);

  // The interactive code, once; the chart is enhanced with every drawing in place, so a later resize has its marks wired.
  let started = false;
  let loading: Promise<void> | null = null;
  const start = (): Promise<void> =>
    (loading ??= Promise.all([view('m'), view('l')])
      .then(() => import('./embedTimelineLazy.client'))
      .then((m) => {
        started = true;
        m.startTimelineEmbed(content);
      }));

  for (const type of ['pointerdown', 'keydown', 'focusin'] as const) root.addEventListener(type, () => void start(), { once: true, passive: true });
  content.addEventListener('click', (e) => {
    if (started) return;
    const target = (e.target as Element | null)?.closest?.<HTMLElement>('a.tl-event, button.tl-filter, [data-embed-list]');
    if (!target) return;
    e.preventDefault();
    e.stopPropagation();
    void start().then(() => {
      if (target instanceof HTMLButtonElement) target.click();
      else target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    });
  }, true);
  root.addEventListener('chart:state', (e) => {
    if (started) return;
    const detail = (e as CustomEvent<unknown>).detail;
    void start().then(() => root.dispatchEvent(new CustomEvent('chart:state', { detail })));
  });
  new MutationObserver(() => void start()).observe(root, { attributes: true, attributeFilter: ['data-state'] });
  const fromHash = () => /^#event-/.test(location.hash) && void start();
  addEventListener('hashchange', fromHash);
  fromHash();
  if (/[?&](state|nationality)=/.test(location.search)) void start();
}
