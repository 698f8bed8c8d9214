/**
 * Applies a named state to a drawn rescue chart: the same code marks the SVG at build time (on linkedom's
 * DOM) and in the browser, so both look the same. Only classes change; nothing is redrawn.
 */
import type { CountKind } from '../../../data/schemas/count';
import { rescueKindDimmed, rescueRowDimmed, type RescueState } from './state';

/** The DOM this needs: the browser's, or linkedom's at build time. */
interface StateTarget {
  querySelectorAll(selectors: string): Iterable<Element> | ArrayLike<Element>;
}

/** Dims the rows and marks a state sets back (`is-dimmed`), and undims the rest. */
export function applyRescueState(svg: StateTarget, state: RescueState): void {
  for (const row of Array.from(svg.querySelectorAll('.rescue-row'))) {
    toggle(row, 'is-dimmed', rescueRowDimmed(state, row.getAttribute('data-country') ?? ''));
  }
  for (const el of Array.from(svg.querySelectorAll('.rescue-row [data-kind]'))) {
    toggle(el, 'is-dimmed', rescueKindDimmed(state, el.getAttribute('data-kind') as CountKind));
  }
}

// linkedom's classList on SVG elements is unreliable, so the class attribute is edited directly.
function toggle(el: Element, name: string, on: boolean): void {
  const classes = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
  if (classes.includes(name) === on) return;
  if (on) classes.push(name);
  else classes.splice(classes.indexOf(name), 1);
  if (classes.length) el.setAttribute('class', classes.join(' '));
  else el.removeAttribute('class');
}
