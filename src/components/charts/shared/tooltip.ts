/**
 * Tooltip placement, one behaviour for every chart: centred above the mark (or the pointer), below it when
 * there is no room above, and always inside the container. The tooltip is absolutely positioned in
 * `container` (which must be `position: relative`).
 */

/** A point on screen (client coordinates). */
export interface ScreenPoint {
  x: number;
  y: number;
}

const GAP = 10;

/** Shows `tooltip` and places it by the mark `target`, at `at` (e.g. the pointer) or the mark's centre. */
export function placeTooltip(tooltip: HTMLElement, container: HTMLElement, target: Element, at?: ScreenPoint): void {
  tooltip.hidden = false;
  const box = container.getBoundingClientRect();
  const r = target.getBoundingClientRect();
  const x = (at?.x ?? r.left + r.width / 2) - box.left;
  const top = (at ? at.y - GAP : r.top) - box.top;
  const bottom = (at ? at.y + GAP : r.bottom) - box.top;
  const w = tooltip.offsetWidth;
  const h = tooltip.offsetHeight;
  const left = Math.max(0, Math.min(box.width - w, x - w / 2));
  const above = top - h - GAP;
  const y = above >= 0 ? above : bottom + GAP;
  tooltip.style.setProperty('left', `${Math.round(left)}px`);
  tooltip.style.setProperty('top', `${Math.round(y)}px`);
}
