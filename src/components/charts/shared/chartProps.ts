/**
 * The props every chart component takes (RoutesMap, RescueChart, CrackdownTimeline, and Chart.astro, which
 * picks one by id). Pages, story steps, embeds and slides pass the same props to any chart.
 */
export interface ChartProps<Data> {
  /** What the chart reads: the loader's StoryData fits every chart. */
  data: Data;
  /**
   * The named state to draw, as `data-state` carries it (e.g. `origin:TW`, `country:TW`, `event:<id>`).
   * Drawn at build time exactly as the client would apply it, so a page without JavaScript, a printout, an
   * embed with `?state=` and a slide all show it. Anything not valid falls back to the chart's default state.
   */
  state?: string;
  /** Prefix for the ids in the chart's markup (default: the chart id); unique per page. Not the root's id. */
  id?: string;
  /**
   * Widths (px) the chart is drawn at. Each drawing is shown in the container size class its width falls in
   * (src/lib/charts/sizes.ts), whatever its position in the list; one width draws one drawing for every size
   * (embeds and slides of a known size).
   */
  widths?: readonly number[];
  /** Show the chart's own controls (nationality buttons, sort, category filter) once its script runs (default true). */
  controls?: boolean;
}
