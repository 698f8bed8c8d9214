/**
 * Roving focus, one behaviour for every chart: a group of marks is one tab stop; the arrow keys move to the
 * next or previous mark and stop at the ends (no wrapping, as in the ARIA practices' grids and listboxes);
 * Home and End jump to the first and last.
 */

export interface RovingFocusOptions {
  /** The marks in reading order (called on each key press: filtered marks drop out). */
  items(): HTMLElement[] | SVGElement[];
  /** Moves focus to a mark (default: makes it the tab stop and focuses it). */
  move?(to: HTMLElement | SVGElement, from: HTMLElement | SVGElement): void;
}

/** The index a key moves to from `i` among `n` marks, or null for a key that does not move. */
export function rovingIndex(key: string, i: number, n: number): number | null {
  if (n === 0) return null;
  if (key === 'ArrowRight' || key === 'ArrowDown') return Math.min(n - 1, i + 1);
  if (key === 'ArrowLeft' || key === 'ArrowUp') return Math.max(0, i - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return n - 1;
  return null;
}

/** Makes the first of `items` the group's one tab stop. */
export function setTabStop(items: ArrayLike<Element>, current: Element | undefined = items[0]): void {
  for (const el of Array.from(items)) el.setAttribute('tabindex', el === current ? '0' : '-1');
}

/** Handles arrow keys, Home and End inside `group`. */
export function rovingFocus(group: Element, options: RovingFocusOptions): void {
  const move =
    options.move ??
    ((to: HTMLElement | SVGElement, from: HTMLElement | SVGElement) => {
      from.setAttribute('tabindex', '-1');
      to.setAttribute('tabindex', '0');
      to.focus();
    });
  group.addEventListener('keydown', (e) => {
    const event = e as KeyboardEvent;
    const items = options.items() as (HTMLElement | SVGElement)[];
    const from = (event.target as Element).closest('[tabindex]') as HTMLElement | SVGElement | null;
    const i = from ? items.indexOf(from) : -1;
    if (i < 0) return;
    const next = rovingIndex(event.key, i, items.length);
    if (next === null) return;
    event.preventDefault();
    if (next !== i) move(items[next]!, items[i]!);
  });
}
