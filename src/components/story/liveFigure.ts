/**
 * The sticky graphic's live chart: one copy of a chart's first still, put into each step's state in place.
 * The server drew every step's still in its state through the chart contract (Chart.astro), with the same
 * markup whatever the state; only classes, `data-state` and a few numbers differ. So a state is applied by
 * copying those attributes from the step's still onto the live copy, element by element: the marks stay
 * the same elements and their CSS transitions (dimming, highlighting) run, and the numbers that move (the
 * map's close-up zoom, the timeline's highlighted range) are tweened. No state logic is repeated here.
 *
 *   const live = createLiveFigure(firstStill);   // once per chart
 *   applyStill(live, stepStill, tween);          // each step
 */
import type { Tween } from './tween';

/**
 * Attributes the graphic owns on the live copy, never taken from the still: its framing (frameFigure.ts),
 * and any an element lists in its `data-own`.
 */
const OWN = new Set(['style', 'data-full-viewbox', 'data-own']);
const owns = (el: Element, name: string) => OWN.has(name) || (el.getAttribute('data-own') ?? '').split(' ').includes(name);
/** Attributes made of numbers that move rather than jump, when the mark is shown before and after. */
const TWEENED = new Set(['viewBox', 'x', 'width']);

/** A live copy of a still figure, for the sticky graphic. */
export function createLiveFigure(still: HTMLElement): HTMLElement {
  const live = still.cloneNode(true) as HTMLElement;
  live.removeAttribute('data-figure-for');
  live.classList.add('is-live');
  live.dataset['liveChart'] = still.dataset['chartId'];
  return live;
}

const shown = (el: Element) => el.getAttribute('visibility') !== 'hidden';

function syncAttributes(el: Element, target: Element, tween: Tween): void {
  const framed = el.hasAttribute('data-full-viewbox');
  for (const { name, value } of Array.from(target.attributes)) {
    if (owns(el, name) || (framed && name === 'viewBox') || el.getAttribute(name) === value) continue;
    if (TWEENED.has(name) && shown(el) && shown(target)) tween.to(el, name, value);
    else el.setAttribute(name, value);
  }
  for (const { name } of Array.from(el.attributes)) {
    if (!owns(el, name) && !target.hasAttribute(name)) el.removeAttribute(name);
  }
}

/**
 * Puts `live` into the state `still` was drawn in. Returns false (and changes nothing) when the two are not
 * the same markup, so the caller can swap the picture instead.
 */
export function applyStill(live: HTMLElement, still: HTMLElement, tween: Tween): boolean {
  const a = live.querySelectorAll('*');
  const b = still.querySelectorAll('*');
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.tagName !== b[i]!.tagName) return false;
  for (let i = 0; i < a.length; i++) syncAttributes(a[i]!, b[i]!, tween);
  live.dataset['chartState'] = still.dataset['chartState'];
  return true;
}
