import { layoutRescueChart } from '../charts/rescues-by-nationality/layout';
import { rescueRows, type RescueChartData } from '../charts/rescues-by-nationality/model';
import { sortRescueRows } from '../charts/rescues-by-nationality/sort';

/** One page of the whole nationality chart on a slide: its data, and the axis it shares with the others. */
export interface RescuePage<T extends RescueChartData> {
  /** Only this page's nationalities (the last page also carries the embassies that reported no count). */
  data: T;
  /** The nationalities drawn, in the chart's order (largest single figure first). */
  codes: string[];
  /** The countries whose embassy asked for help but reported no count, named at the end of the last page. */
  noCount: string[];
  /** The whole chart's largest figure: every page's axis reaches it, so the pages share one scale. */
  domainMax: number;
  /** The drawing's height at the width it was paged for, in px. */
  height: number;
}

/**
 * The whole rescues-by-nationality chart (state `all`) split into pages a slide can show at a size a room can
 * read: its nationalities in the chart's own order (largest single figure first), cut between nationalities,
 * never inside one, into the fewest pages whose drawings, at `width`, are at most `maxHeight` tall, as even as
 * they can be. Each page is the chart itself drawn from that page's records: every figure of a nationality
 * stays with it (its earlier figures, the figures that disagree, the breakdowns folded into a figure), every
 * figure is on exactly one page, nothing is added up. The nationalities whose embassy asked for help but which
 * reported no count close the last page, as they close the chart. Pure.
 */
export function slideRescuePages<T extends RescueChartData>(data: T, { width, maxHeight }: { width: number; maxHeight: number }): RescuePage<T>[] {
  const rows = rescueRows(data);
  const order = sortRescueRows(rows.groups, 'figure').map((g) => g.country.code);
  const noCount = new Set(rows.noCount.map((c) => c.code));
  const domainMax = Math.max(1, ...rows.groups.flatMap((g) => g.lines.flatMap((l) => l.figures.map((f) => f.count.value))));

  const pageData = (codes: readonly string[], last: boolean): T => {
    const keep = new Set(codes);
    return {
      ...data,
      counts: data.counts.filter((c) => c.country !== null && keep.has(c.country)),
      countries: data.countries.filter((c) => keep.has(c.code) || (last && noCount.has(c.code))),
    };
  };
  const heightOf = (codes: readonly string[], last: boolean): number => {
    const r = rescueRows(pageData(codes, last));
    return layoutRescueChart(sortRescueRows(r.groups, 'figure'), r.noCount.map((c) => c.name), width).height;
  };

  // The fewest pages that fit, then the most even of those cuts (the smallest tallest page). A dozen rows:
  // every cut can be tried.
  for (let pages = 1; pages <= order.length; pages++) {
    let best: { cuts: number[]; tallest: number } | null = null;
    for (const cuts of cutsOf(order.length, pages)) {
      const bounds = [0, ...cuts, order.length];
      const heights = bounds.slice(1).map((end, i) => heightOf(order.slice(bounds[i], end), end === order.length));
      const tallest = Math.max(...heights);
      if (tallest <= maxHeight && (!best || tallest < best.tallest)) best = { cuts, tallest };
    }
    if (best) {
      const bounds = [0, ...best.cuts, order.length];
      return bounds.slice(1).map((end, i) => {
        const codes = order.slice(bounds[i], end);
        const last = end === order.length;
        return { data: pageData(codes, last), codes, noCount: last ? rows.noCount.map((c) => c.name) : [], domainMax, height: heightOf(codes, last) };
      });
    }
  }
  const tallest = order.find((code) => heightOf([code], false) > maxHeight);
  throw new Error(`slideRescuePages: the rows of ${tallest ?? 'the last nationality'} alone are taller than ${maxHeight}px at ${width}px wide`);
}

/** Every way to cut `n` items into `pages` non-empty runs: the indexes where runs 2.. start. */
function* cutsOf(n: number, pages: number, from = 1): Generator<number[]> {
  if (pages === 1) {
    yield [];
    return;
  }
  for (let at = from; at <= n - pages + 1; at++) for (const rest of cutsOf(n, pages - 1, at + 1)) yield [at, ...rest];
}
