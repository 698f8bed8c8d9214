/**
 * Moves attributes and styles made of numbers (a viewBox, a `translate(x,y)`, a width in px) from their
 * current value to another over one short eased animation, or at once:
 *
 *   const tween = createTween(figure);
 *   tween.to(svg, 'viewBox', '0 401 360 526');
 *   tween.to(svg, 'style:width', '576px');
 *   tween.run(animate);
 *
 * Only what the graphic's framing and the map's zoom need; CSS transitions do the rest (opacity, colour).
 */

const NUMBER = /-?\d*\.?\d+(?:e-?\d+)?/gi;
const DURATION = 650;
/** At most this much of the way per frame: on a busy phone a late frame moves on, it does not jump to the end. */
const MAX_STEP = 1 / 8;

const read = (el: Element, name: string) =>
  name.startsWith('style:') ? (el as SVGElement).style.getPropertyValue(name.slice(6)) : (el.getAttribute(name) ?? '');
const write = (el: Element, name: string, value: string) =>
  name.startsWith('style:') ? (el as SVGElement).style.setProperty(name.slice(6), value) : el.setAttribute(name, value);

/** `to` with each of its numbers taken `t` of the way from the matching number of `from` (same shape). */
function between(from: string, to: string, t: number): string {
  const a = from.match(NUMBER)?.map(Number) ?? [];
  let i = 0;
  return to.replace(NUMBER, (n) => {
    const start = a[i++];
    const end = Number(n);
    return String(start === undefined ? end : Math.round((start + (end - start) * t) * 100) / 100);
  });
}

interface Step {
  el: Element;
  name: string;
  from: string;
  to: string;
}

const running = new WeakMap<object, { id: number; steps: Step[] }>();

/**
 * A batch of changes for one owner (a figure), started together by `run`. A new batch stops the owner's
 * last one where it is and goes on from there; what the new batch does not move jumps to its end.
 */
export function createTween(owner: object) {
  const steps: Step[] = [];
  return {
    to(el: Element, name: string, value: string): void {
      steps.push({ el, name, from: '', to: value });
    },
    run(animate: boolean): void {
      const last = running.get(owner);
      if (last) {
        cancelAnimationFrame(last.id);
        for (const s of last.steps) if (!steps.some((n) => n.el === s.el && n.name === s.name)) write(s.el, s.name, s.to);
        running.delete(owner);
      }
      const moving: Step[] = [];
      for (const s of steps) {
        s.from = read(s.el, s.name);
        const sameShape = (s.from.match(NUMBER) ?? []).length === (s.to.match(NUMBER) ?? []).length;
        if (animate && sameShape && s.from !== s.to) moving.push(s);
        else write(s.el, s.name, s.to);
      }
      if (moving.length === 0) return;
      const start = performance.now();
      let frames = 0;
      const frame = (now: number) => {
        frames += 1;
        const t = Math.min(1, (now - start) / DURATION, frames * MAX_STEP);
        const e = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
        for (const s of moving) write(s.el, s.name, t === 1 ? s.to : between(s.from, s.to, e));
        if (t < 1) running.set(owner, { id: requestAnimationFrame(frame), steps: moving });
        else running.delete(owner);
      };
      running.set(owner, { id: requestAnimationFrame(frame), steps: moving });
    },
  };
}

export type Tween = ReturnType<typeof createTween>;
