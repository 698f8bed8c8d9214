/**
 * The timeline embed's first script, all it runs at load: it reports the height to the host page
 * (embedSizing.client.ts, at load and whenever the height changes), shows the filters and the hint as the
 * enhanced chart has them (so nothing moves when it is), fetches the tablet or desktop drawing of the overview
 * when the container is that wide (the HTML carries only the phone drawing), and loads the interactive code
 * (embedTimelineLazy.client.ts) on the first thing that needs it: a pointer over the chart, a touch, click,
 * focus or key on it, a `?state=` or `?nationality=`, a `chart:state` event, a change of `data-state`, or an
 * `#event-` link. The phone drawing in the HTML is a picture (one image with a name: the list of every event
 * is a button, or without JavaScript a link, above it); the interactive one, each event a link with its name,
 * takes its place first, drawn to the same layout. A click on an event, a filter or "List all events" before
 * then is held and replayed; on the picture, on the interactive drawing's mark at the same point.
 *
 * Why `?worker&url`: a plain `import('./embedTimelineLazy.client')` makes the bundler add its preload helper
 * (about 0.7 KB gzipped, a tenth of this embed's first view) to this script. With that query Vite bundles the
 * module on its own and gives its address, which is imported here as it is (`@vite-ignore`); the module runs
 * in the page, as any other, and starts itself when imported.
 */
import { SIZE_BREAKPOINTS } from '../../lib/charts/sizes';
import { startEmbedSizing } from './embedSizing.client';
import { listButton } from './listButton.client';
import interactiveCode from './embedTimelineLazy.client.ts?worker&url';

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
  const link = frame.querySelector<HTMLElement>('a[data-embed-list]');
  if (link) listButton(link);

  // The drawings, each fetched once: a wider one goes in after the phone drawing, which then stops standing in
  // for it (if it cannot be fetched, the phone drawing goes on standing in); the interactive phone drawing
  // takes the picture's place (if it cannot be fetched, the picture stays).
  // The picture is not swapped while a finger or button is down on it: the browser would send that press's
  // click nowhere (its target gone). The swap waits for the press to end, and its click to be dispatched.
  let held = Promise.resolve();
  root.addEventListener('pointerdown', () => {
    held = new Promise((done) => {
      for (const type of ['pointerup', 'pointercancel']) addEventListener(type, () => setTimeout(done), { once: true });
    });
  });
  const views = new Map<string, Promise<void>>();
  const view = (size: 's' | 'm' | 'l'): Promise<void> => {
    let p = views.get(size);
    if (!p) {
      const wait = root.querySelector(`[data-wait="${size}"]`);
      p = fetch(`${VIEW_SRC}${size}.svg`)
        .then((r) => (r.ok ? r.text() : ''))
        .catch(() => '')
        .then(async (svg) => {
          const ok = svg.includes('tl-svg');
          if (size === 's') {
            await held;
            if (ok) small.innerHTML = svg;
            return;
          }
          if (ok) {
            const div = document.createElement('div');
            div.className = `tl-view tl-view-${size} chart-size chart-size--${size}`;
            div.innerHTML = svg;
            (wait ?? small).after(div);
            small.classList.remove(`tl-view-${size}`, `chart-size--${size}`);
          } else small.classList.add('is-fallback');
          wait?.remove();
        });
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
    (loading ??= Promise.all([view('s'), view('m'), view('l')])
      .then(() => import(/* @vite-ignore */ interactiveCode))
      .then(() => {
        started = true;
      }));

  for (const type of ['pointerover', 'pointerdown', 'keydown', 'focusin'] as const) root.addEventListener(type, () => void start(), { once: true, passive: true });
  content.addEventListener('click', (e) => {
    if (started) return;
    const at = e.target as Element | null;
    const target = at?.closest?.<HTMLElement>('a.tl-event, button.tl-filter, [data-embed-list]');
    const onPicture = !target && !!at && small.contains(at);
    if (!target && !onPicture) return;
    e.preventDefault();
    e.stopPropagation();
    const { clientX: x, clientY: y } = e;
    void start().then(() => {
      const again = target ?? document.elementFromPoint(x, y)?.closest('a.tl-event');
      again?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    });
  }, true);
  root.addEventListener('chart:state', (e) => {
    if (!started) void start().then(() => root.dispatchEvent(new CustomEvent('chart:state', { detail: (e as CustomEvent<unknown>).detail })));
  });
  new MutationObserver(() => void start()).observe(root, { attributes: true, attributeFilter: ['data-state'] });
  const fromHash = () => /^#event-/.test(location.hash) && void start();
  addEventListener('hashchange', fromHash);
  fromHash();
  if (/[?&](state|nationality)=/.test(location.search)) void start();
}
