/**
 * The client half of the chart contract, written once for every chart: `data-state` on the root
 * `[data-chart]` is the source of truth; a `chart:state` event writes it; a change of it (from the event,
 * a story step, the chart's own controls or devtools) is parsed by the chart's own state parser (the one the
 * server used) and applied.
 *
 *   wireChartState(root, { parse: parseRoutesMapState, apply: (state) => ... });
 *   root.dispatchEvent(new CustomEvent('chart:state', { detail: { state: 'origin:TW' } }));
 *
 * Browser-only and light: no Node API, no Plot, no topojson (tests/unit/architecture.test.ts checks).
 */

/** The detail of a `chart:state` event. Charts may read more fields (the timeline's `event`, `range`). */
export interface ChartStateDetail {
  state?: string;
  [key: string]: unknown;
}

export interface ChartStateOptions<S extends string> {
  /** The chart's state parser, shared with the server: any value to a valid state. */
  parse(value: unknown): S;
  /** Puts the chart in a state. Called once at start, then on every change. */
  apply(state: S): void;
  /** Reads a state from a `chart:state` detail when it carries more than `state` (default: `detail.state`). */
  fromDetail?(detail: ChartStateDetail): unknown;
  /** Other attributes of the root that also re-apply (the rescue chart's `data-sort`), with their handler. */
  also?: Record<string, (detail: ChartStateDetail) => void>;
}

/** Wires a chart root: the `chart:state` listener and one MutationObserver. Marks the root `data-enhanced`. */
export function wireChartState<S extends string>(root: HTMLElement, options: ChartStateOptions<S>): { set(state: unknown): void } {
  const { parse, apply, fromDetail = (d) => d.state, also = {} } = options;
  let applied: S | null = null;
  const set = (value: unknown) => {
    root.dataset['state'] = parse(value);
  };
  const update = () => {
    const state = parse(root.dataset['state']);
    // Keep the attribute canonical: nonsense in it reads back as the state actually shown.
    if (root.dataset['state'] !== state) root.dataset['state'] = state;
    if (state === applied) return;
    applied = state;
    apply(state);
  };
  root.addEventListener('chart:state', (e) => {
    const detail = ((e as CustomEvent<ChartStateDetail | undefined>).detail ?? {}) as ChartStateDetail;
    const value = fromDetail(detail);
    if (value !== undefined && value !== null) set(value);
    for (const handler of Object.values(also)) handler(detail);
  });
  const extra = Object.keys(also);
  new MutationObserver((records) => {
    if (records.some((r) => r.attributeName === 'data-state')) update();
    for (const r of records) if (r.attributeName && r.attributeName in also) also[r.attributeName]!({});
  }).observe(root, { attributes: true, attributeFilter: ['data-state', ...extra] });
  root.dataset['enhanced'] = '';
  update();
  return { set };
}
