/**
 * The rescues-by-nationality chart: one group of lines per nationality, one line per reported figure, one dot
 * per figure on a shared linear axis. Kinds of count are told apart by colour and by a direct label on every
 * line; they are never stacked or added. An earlier figure of the same kind (Vietnam's "more than 500" before
 * its "more than 1,000") is a hollow dot on its own dated line; figures that disagree share a line ("56, 60 or 67").
 *
 *   const svg = rescueChart(loadStoryData(), { width: 760, sort: 'figure' });
 *
 * Rendered at build time with Observable Plot (see plotToSvg). The markup carries what the client needs: dots
 * that take focus with full aria-labels and tooltip text, and one `<g class="rescue-row">` per nationality with
 * its position and its rank in each order, so rows can be re-sorted without drawing again.
 *
 * The pieces: layout.ts places the rows, marks.ts draws key, axis and rows as Plot marks, groupMarks.ts
 * regroups them by nationality, figureText.ts words each figure, applyState.ts draws a named state.
 */
import { scaleLinear } from 'd3-scale';
import { plotToSvg } from '../../svg/plotToSvg';
import { layoutRescueChart, RESCUE_TYPE } from './layout';
import { rescueRows, type RescueChartData } from './model';
import { rescueMarks } from './marks';
import { groupMarksByNationality } from './groupMarks';
import { sortRescueRows, type RescueSort } from './sort';
import { applyRescueState } from './applyState';
import type { RescueState } from './state';

export { rescueFigureDetail, rescueFigureLabel } from './figureText';

export interface RescueChartOptions {
  /** Width in px; below 560 the compact (phone) layout is used. */
  width: number;
  /** Order of the nationalities: largest single figure first (default) or by name. */
  sort?: RescueSort;
  /** Accessible name of the chart. */
  ariaLabel?: string;
  /** Id of an element with the chart's text alternative (aria-describedby). */
  describedBy?: string;
  /** A named state (see state.ts), drawn as the client script would apply it. */
  state?: RescueState;
  /**
   * The axis reaches at least this value. A chart shown in parts (a slide's pages of its rows) gives every
   * part the whole chart's largest figure, so the parts share one scale.
   */
  domainMax?: number;
}

/** Renders the chart to SVG markup (no inline styles: colours come from `kind-*` classes). */
export function rescueChart(data: RescueChartData, options: RescueChartOptions): string {
  const { width, sort = 'figure', ariaLabel = 'Figures reported by nationality', describedBy, state = 'all', domainMax = 0 } = options;
  const rows = rescueRows(data);
  const ranks = {
    figure: rankByCode(sortRescueRows(rows.groups, 'figure')),
    name: rankByCode(sortRescueRows(rows.groups, 'name')),
  };
  const noCountNames = rows.noCount.map((c) => c.name);
  const layout = layoutRescueChart(sortRescueRows(rows.groups, sort), noCountNames, width);
  const { compact, marginLeft, marginRight } = layout;
  const figures = layout.groups.flatMap((g) => g.lines.flatMap((l) => l.figures));

  // One year for every figure lets the labels drop it; the key says which.
  const years = new Set(figures.map((f) => f.count.asOf.slice(0, 4)));
  const commonYear = years.size === 1 ? [...years][0]! : null;

  // Few ticks: every dot carries its own number, the axis only gives the spread.
  const tickCount = compact ? 3 : 4;
  const x = scaleLinear().domain([0, Math.max(1, domainMax, ...figures.map((f) => f.count.value))]).nice(tickCount);
  const ticks = x.ticks(tickCount);
  x.range([marginLeft, width - marginRight]);

  return plotToSvg(
    {
      width,
      height: layout.height,
      marginTop: layout.axisY,
      marginBottom: 0,
      marginLeft,
      marginRight,
      x: { domain: x.domain(), axis: null },
      y: { type: 'identity', axis: null },
      marks: rescueMarks(layout, { x, ticks, commonYear }),
    },
    {
      className: `rescue-svg ${compact ? 'is-compact' : 'is-wide'}`,
      postprocess(svg, document) {
        svg.setAttribute('role', 'group');
        svg.setAttribute('aria-label', ariaLabel);
        svg.setAttribute('font-size', String(RESCUE_TYPE.meta));
        if (describedBy) svg.setAttribute('aria-describedby', describedBy);
        svg.setAttribute('data-sort', sort);
        groupMarksByNationality(svg, document, layout, { ranks, noCountNames });
        applyRescueState(svg, state);
      },
    },
  );
}

function rankByCode(groups: readonly { country: { code: string } }[]): Map<string, number> {
  return new Map(groups.map((g, i) => [g.country.code, i]));
}
