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
 * read: its nationalities in the chart's own order (largest single figure first), cut between nationalities
 * into the fewest pages whose drawings, at `width`, are at most `maxHeight` tall, as even as they can be. Each
 * page is the chart itself drawn from that page's records: every figure of a nationality stays with it (its
 * earlier figures, the figures that disagree, the breakdowns folded into a figure), every figure is on exactly
 * one page, nothing is added up. The nationalities whose embassy asked for help but which reported no count
 * close the last page, as they close the chart. A nationality whose rows alone are taller than a page (a much
 * larger story: the bench's 10x data) is cut between its rows, each part under its own name again; with more
 * than a slide deck's worth of parts, pages are filled in order rather than evened out. Pure.
 */
export function slideRescuePages<T extends RescueChartData>(data: T, { width, maxHeight }: { width: number; maxHeight: number }): RescuePage<T>[] {
  // Each part's slide asks for the pages again: they are worked out once per data and size.
  const byData = cache.get(data) ?? new Map<string, RescuePage<RescueChartData>[]>();
  cache.set(data, byData);
  const key = `${width}x${maxHeight}`;
  const known = byData.get(key);
  if (known) return known as RescuePage<T>[];
  const pages = pagesOf(data, width, maxHeight);
  byData.set(key, pages);
  return pages;
}

const cache = new WeakMap<RescueChartData, Map<string, RescuePage<RescueChartData>[]>>();

function pagesOf<T extends RescueChartData>(data: T, width: number, maxHeight: number): RescuePage<T>[] {
  const rows = rescueRows(data);
  const groups = sortRescueRows(rows.groups, 'figure');
  const noCount = new Set(rows.noCount.map((c) => c.code));
  const domainMax = Math.max(1, ...rows.groups.flatMap((g) => g.lines.flatMap((l) => l.figures.map((f) => f.count.value))));

  // What a page is made of, in order: a nationality whole, or (when it is taller than a page) a run of its rows.
  type Unit = { code: string; ids: ReadonlySet<string> | null };
  const pageData = (units: readonly Unit[], last: boolean): T => {
    const whole = new Set(units.filter((u) => !u.ids).map((u) => u.code));
    const some = units.flatMap((u) => (u.ids ? [...u.ids] : []));
    const ids = new Set(some);
    const codes = new Set(units.map((u) => u.code));
    return {
      ...data,
      counts: data.counts.filter((c) => c.country !== null && (whole.has(c.country) || ids.has(c.id))),
      countries: data.countries.filter((c) => codes.has(c.code) || (last && noCount.has(c.code))),
    };
  };
  const heightOfUnits = (units: readonly Unit[], last: boolean): number => {
    const r = rescueRows(pageData(units, last));
    return layoutRescueChart(sortRescueRows(r.groups, 'figure'), r.noCount.map((c) => c.name), width).height;
  };

  const units: Unit[] = [];
  for (const g of groups) {
    const code = g.country.code;
    if (heightOfUnits([{ code, ids: null }], false) <= maxHeight) {
      units.push({ code, ids: null });
      continue;
    }
    // Its rows, in order, as many to a part as fit; the records that are no row's go with the first part.
    const lineIds = g.lines.map((l) => l.figures.flatMap((f) => [f.count.id, ...f.parts.map((p) => p.id)]));
    const inLines = new Set(lineIds.flat());
    let current = data.counts.filter((c) => c.country === code && !inLines.has(c.id)).map((c) => c.id);
    let rowsIn = 0;
    for (const ids of lineIds) {
      const next = [...current, ...ids];
      if (rowsIn > 0 && heightOfUnits([{ code, ids: new Set(next) }], false) > maxHeight) {
        units.push({ code, ids: new Set(current) });
        current = [...ids];
        rowsIn = 1;
      } else {
        current = next;
        rowsIn += 1;
      }
    }
    units.push({ code, ids: new Set(current) });
  }

  const heights = new Map<string, number>();
  const heightOf = (from: number, to: number): number => {
    const key = `${from}-${to}`;
    let h = heights.get(key);
    if (h === undefined) {
      h = heightOfUnits(units.slice(from, to), to === units.length);
      heights.set(key, h);
    }
    return h;
  };
  const page = (from: number, to: number): RescuePage<T> => {
    const run = units.slice(from, to);
    const last = to === units.length;
    return { data: pageData(run, last), codes: [...new Set(run.map((u) => u.code))], noCount: last ? rows.noCount.map((c) => c.name) : [], domainMax, height: heightOf(from, to) };
  };

  // The fewest pages that fit, then the most even of those cuts (the smallest tallest page): with a deck's worth
  // of nationalities every cut can be tried (each run's height is drawn once).
  if (units.length <= 16) {
    for (let pages = 1; pages <= units.length; pages++) {
      let best: { cuts: number[]; tallest: number } | null = null;
      for (const cuts of cutsOf(units.length, pages)) {
        const bounds = [0, ...cuts, units.length];
        const tallest = Math.max(...bounds.slice(1).map((end, i) => heightOf(bounds[i]!, end)));
        if (tallest <= maxHeight && (!best || tallest < best.tallest)) best = { cuts, tallest };
      }
      if (best) {
        const bounds = [0, ...best.cuts, units.length];
        return bounds.slice(1).map((end, i) => page(bounds[i]!, end));
      }
    }
  }
  // Otherwise in order: each page takes as many parts as fit.
  const pages: RescuePage<T>[] = [];
  for (let from = 0; from < units.length; ) {
    let to = from + 1;
    while (to < units.length && heightOf(from, to + 1) <= maxHeight) to += 1;
    pages.push(page(from, to));
    from = to;
  }
  return pages;
}

/** Every way to cut `n` items into `pages` non-empty runs: the indexes where runs 2.. start. */
function* cutsOf(n: number, pages: number, from = 1): Generator<number[]> {
  if (pages === 1) {
    yield [];
    return;
  }
  for (let at = from; at <= n - pages + 1; at++) for (const rest of cutsOf(n, pages - 1, at + 1)) yield [at, ...rest];
}
