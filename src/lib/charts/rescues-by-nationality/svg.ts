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
 */
import * as Plot from '@observablehq/plot';
import { scaleLinear } from 'd3-scale';
import { countKindClass, countKindLabel } from '../../labels/countKind';
import { formatAsOf, formatPeriod } from '../../format/formatAsOf';
import { formatCount, formatCountShort } from '../../format/formatCount';
import { listWithOr } from '../../format/listInWords';
import { plotToSvg } from '../../svg/plotToSvg';
import { estimateTextWidth } from '../../text/textWidth';
import { layoutRescueChart, RESCUE_TYPE, type PlacedGroup, type PlacedLine } from './layout';
import { rescueRows, type RescueChartData, type RescueFigure, type RescueLine } from './model';
import { shortPublisher } from '../../format/shortPublisher';
import { sortRescueRows, type RescueSort } from './sort';
import { applyRescueState } from './applyState';
import type { RescueState } from './state';

const SVG_NS = 'http://www.w3.org/2000/svg';
const numberFormat = new Intl.NumberFormat('en-US');

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
}

/** Renders the chart to SVG markup (no inline styles: colours come from `kind-*` classes). */
export function rescueChart(data: RescueChartData, options: RescueChartOptions): string {
  const { width, sort = 'figure', ariaLabel = 'Figures reported by nationality', describedBy, state = 'all' } = options;
  const rows = rescueRows(data);
  const ranks = {
    figure: rankByCode(sortRescueRows(rows.groups, 'figure')),
    name: rankByCode(sortRescueRows(rows.groups, 'name')),
  };
  const layout = layoutRescueChart(sortRescueRows(rows.groups, sort), rows.noCount.map((c) => c.name), width);
  const { compact, marginLeft, marginRight, metaX } = layout;
  const lines = layout.groups.flatMap((g) => g.lines);
  const dots = lines.flatMap((line) => line.figures.map((figure) => ({ figure, line })));
  const groupByCode = new Map(layout.groups.map((g) => [g.group.country.code, g]));
  const lineByKey = new Map(lines.map((l) => [lineKey(l), l]));
  const dotById = new Map(dots.map((d) => [d.figure.count.id, d]));

  // One year for every figure lets the labels drop it; the key says which.
  const years = new Set(dots.map((d) => d.figure.count.asOf.slice(0, 4)));
  const commonYear = years.size === 1 ? [...years][0]! : null;

  // Few ticks: every dot carries its own number, the axis only gives the spread.
  const tickCount = compact ? 3 : 4;
  const x = scaleLinear().domain([0, Math.max(1, ...dots.map((d) => d.figure.count.value))]).nice(tickCount);
  const ticks = x.ticks(tickCount);
  x.range([marginLeft, width - marginRight]);

  // A value label sits right of its dots unless it would run into the date column or off the edge.
  const valueLimit = compact ? width : metaX - 10;
  // Figures that agree on the number and differ on the date (Indonesia's 241) are one value, two dates.
  const valueText = (l: RescueLine) => listWithOr(unique(l.figures.map((f) => formatCountShort(f.count))));
  const maxValue = (l: RescueLine) => l.figures.at(-1)!.count.value;
  const labelRight = (l: RescueLine) => x(maxValue(l)) + 10 + estimateTextWidth(valueText(l), RESCUE_TYPE.value) <= valueLimit;

  // Marks not tied to the x scale are placed in pixels from the frame's left edge.
  const at = (px: number) => ({ frameAnchor: 'left' as const, dx: px - marginLeft });
  const metaText = (l: RescueLine) => {
    // Dates in the order of the values they go with ("700 or 800+": "2022 / 12 Apr"), once if they agree.
    const dates = l.figures.map((f) => formatAsOf(f.count.asOf, { year: commonYear === null }));
    const publishers = unique(l.figures.flatMap((f) => f.sources.map((s) => shortPublisher(s.publisher))));
    const head = `${compact ? `${countKindLabel(l.kind)} · ` : ''}${unique(dates).length === 1 ? dates[0] : dates.join(' / ')} · `;
    // The publishers if they fit, else the first and how many more, else only how many.
    const room = compact ? width : width - metaX;
    const options = [publishers.join(', '), `${publishers[0]} +${publishers.length - 1}`, `${publishers.length} sources`];
    const fitting = options.slice(0, publishers.length === 1 ? 1 : 3).find((o) => estimateTextWidth(head + o, RESCUE_TYPE.meta) <= room);
    return head + (fitting ?? (publishers.length === 1 ? publishers[0] : options[2]));
  };
  const lineTag = (role: string) => (l: RescueLine) => `${role}:${lineKey(l)}`;
  const groupTag = (role: string) => (g: PlacedGroup) => `${role}:${g.group.country.code}`;
  const asked = layout.groups.filter((g) => g.group.askedForHelp);

  const keyItems = [
    { x: 5, text: 'Latest figure of its kind', dot: 'is-latest' },
    ...(lines.some((l) => !l.latest) ? [{ x: compact ? 190 : 200, text: 'Earlier figure', dot: 'is-earlier' }] : []),
  ];
  const keyNote = commonYear ? `All dates ${commonYear}` : '';

  const marks: Plot.Markish[] = [
    // Key.
    ...keyItems.map((k) => Plot.dot([k], { ...at(k.x), y: () => layout.keyY[0], r: 5, title: () => `key:${k.dot}`, className: 'rescue-key-dot' })),
    ...keyItems.map((k) =>
      Plot.text([k.text], { ...at(k.x + 12), y: () => layout.keyY[0], text: (d) => d, textAnchor: 'start', fontSize: RESCUE_TYPE.key, className: 'rescue-key' }),
    ),
    ...(keyNote
      ? [
          Plot.text([keyNote], {
            ...(compact ? at(0) : { frameAnchor: 'right' as const, dx: marginRight }),
            y: () => layout.keyY.at(-1)!,
            text: (d) => d,
            textAnchor: compact ? 'start' : 'end',
            fontSize: RESCUE_TYPE.key,
            className: 'rescue-key',
          }),
        ]
      : []),
    // Axis and grid.
    Plot.ruleX(ticks, { x: (d) => d, y1: layout.axisY, y2: layout.rowsBottom, className: 'rescue-grid' }),
    Plot.axisX({ anchor: 'top', ticks, tickSize: 0, tickPadding: 8, tickFormat: (d: number) => numberFormat.format(d), fontSize: RESCUE_TYPE.axis, label: null, className: 'rescue-axis' }),
    // Rows: rule, hover targets, dotted tracks, names, labels, values, dots (in drawing order).
    Plot.ruleY(layout.groups, { y: 'top', insetLeft: -marginLeft, insetRight: -marginRight, title: groupTag('sep'), className: 'rescue-sep' }),
    Plot.rect(lines, { y1: 'top', y2: 'bottom', insetLeft: -marginLeft, insetRight: -marginRight, fill: 'none', title: lineTag('hit'), className: 'rescue-hit' }),
    Plot.ruleY(lines, { y: 'y', title: lineTag('track'), className: 'rescue-track' }),
    Plot.text(layout.groups, { ...at(0), y: 'yHeader', text: (g) => g.group.country.name, textAnchor: 'start', fontSize: RESCUE_TYPE.header, fontWeight: 700, title: groupTag('header'), className: 'rescue-header' }),
    Plot.text(asked, {
      ...(compact ? { frameAnchor: 'right' as const, dx: marginRight } : at(metaX)),
      y: 'yHeader',
      text: () => 'Embassy asked for help',
      textAnchor: compact ? 'end' : 'start',
      fontSize: RESCUE_TYPE.meta,
      title: groupTag('asked'),
      className: 'rescue-asked',
    }),
    ...(compact
      ? [Plot.text(lines, { ...at(0), y: 'yLabel', text: metaText, textAnchor: 'start', fontSize: RESCUE_TYPE.meta, title: lineTag('meta'), className: 'rescue-meta' })]
      : [
          Plot.text(lines, { ...at(14), y: 'yLabel', text: (l) => countKindLabel(l.kind), textAnchor: 'start', fontSize: RESCUE_TYPE.label, title: lineTag('kind'), className: 'rescue-kind' }),
          Plot.text(lines, { ...at(metaX), y: 'yLabel', text: metaText, textAnchor: 'start', fontSize: RESCUE_TYPE.meta, title: lineTag('meta'), className: 'rescue-meta' }),
        ]),
    Plot.text(lines.filter(labelRight), { x: maxValue, y: 'y', text: valueText, textAnchor: 'start', dx: 10, fontSize: RESCUE_TYPE.value, fontWeight: 700, title: lineTag('value'), className: 'rescue-value' }),
    Plot.text(lines.filter((l) => !labelRight(l)), { x: (l) => l.figures[0]!.count.value, y: 'y', text: valueText, textAnchor: 'end', dx: -10, fontSize: RESCUE_TYPE.value, fontWeight: 700, title: lineTag('value'), className: 'rescue-value' }),
    Plot.dot(dots, { x: (d) => d.figure.count.value, y: (d) => d.line.y, r: 5.5, title: (d) => `dot:${d.figure.count.id}`, className: 'rescue-dot' }),
  ];
  if (layout.noCount) {
    const nc = layout.noCount;
    marks.push(
      Plot.ruleY([nc.top], { y: (d) => d, insetLeft: -marginLeft, insetRight: -marginRight, title: () => 'sep:', className: 'rescue-sep' }),
      Plot.text([nc], { ...at(0), y: 'yHeader', text: () => 'Embassy asked for help, no count reported', textAnchor: 'start', fontSize: RESCUE_TYPE.label, fontWeight: 700, title: () => 'nocount:', className: 'rescue-nocount-header' }),
      Plot.text(nc.lines, { ...at(0), y: 'y', text: 'text', textAnchor: 'start', fontSize: RESCUE_TYPE.label, title: () => 'nocount:', className: 'rescue-nocount' }),
    );
  }

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
      marks,
    },
    {
      className: `rescue-svg ${compact ? 'is-compact' : 'is-wide'}`,
      postprocess(svg, document) {
        svg.setAttribute('role', 'group');
        svg.setAttribute('aria-label', ariaLabel);
        svg.setAttribute('font-size', String(RESCUE_TYPE.meta));
        if (describedBy) svg.setAttribute('aria-describedby', describedBy);
        svg.setAttribute('data-sort', sort);
        const blocks = new Map<string, Element>();
        const block = (code: string) => {
          let g = blocks.get(code);
          if (g) return g;
          g = document.createElementNS(SVG_NS, 'g');
          const placed = groupByCode.get(code);
          const attrs: Record<string, string> = placed
            ? {
                class: 'rescue-row',
                role: 'group',
                'aria-label': placed.group.country.name + (placed.group.askedForHelp ? ' (embassy asked for help)' : ''),
                'data-country': code,
                'data-top': String(placed.top),
                'data-height': String(placed.height),
                'data-rank-figure': String(ranks.figure.get(code)),
                'data-rank-name': String(ranks.name.get(code)),
              }
            : {
                class: 'rescue-nocount-block',
                role: 'group',
                'aria-label': `Embassy asked for help, no count reported: ${rows.noCount.map((c) => c.name).join(', ')}`,
              };
          for (const [k, v] of Object.entries(attrs)) g.setAttribute(k, v);
          blocks.set(code, g);
          return g;
        };

        // Plot draws each mark as one <g>; regroup the elements by nationality, keeping each mark's attributes.
        for (const markGroup of Array.from(svg.children)) {
          if (markGroup.tagName.toLowerCase() !== 'g') continue;
          const shells = new Map<string, Element>();
          for (const el of Array.from(markGroup.children)) {
            const title = Array.from(el.children).find((c) => c.tagName.toLowerCase() === 'title');
            if (!title) continue;
            const [role = '', ref = ''] = (title.textContent ?? '').split(':');
            title.remove();
            if (role === 'key') {
              el.setAttribute('class', ref);
              continue;
            }
            const dot = role === 'dot' ? dotById.get(ref) : undefined;
            const line = dot?.line ?? lineByKey.get(ref);
            const code = dot ? dot.figure.country.code : line ? line.figures[0]!.country.code : groupByCode.has(ref) ? ref : '';
            let shell = shells.get(code);
            if (!shell) {
              shell = markGroup.cloneNode(false) as Element;
              // Only the dots speak to assistive technology; every label repeats what their names say.
              if (role !== 'dot') shell.setAttribute('aria-hidden', 'true');
              block(code).append(shell);
              shells.set(code, shell);
            }
            shell.append(el);
            if (dot) decorateDot(el, dot.figure, dot.line);
            else if (line) decorateLine(el, role, line);
          }
          if (shells.size > 0) markGroup.remove();
          else markGroup.setAttribute('aria-hidden', 'true');
        }
        // Rows in the drawn order, then the no-count block, so the keyboard follows the eye.
        for (const placed of layout.groups) svg.append(block(placed.group.country.code));
        if (blocks.has('')) svg.append(block(''));
        applyRescueState(svg, state);
      },
    },
  );

  function decorateDot(el: Element, f: RescueFigure, line: PlacedLine): void {
    el.setAttribute('class', `${countKindClass(line.kind)} ${line.latest ? 'is-latest' : 'is-earlier'}`);
    el.setAttribute('data-id', f.count.id);
    el.setAttribute('data-line', lineKey(line));
    el.setAttribute('data-kind', line.kind);
    el.setAttribute('tabindex', '0');
    el.setAttribute('role', 'img');
    el.setAttribute('aria-label', rescueFigureLabel(f, line));
    el.setAttribute('data-tip-title', `${f.country.name} · ${countKindLabel(line.kind)}`);
    el.setAttribute('data-tip-value', formatCount(f.count));
    el.setAttribute('data-tip-detail', rescueFigureDetail(f, line).join('\n'));
  }

  function decorateLine(el: Element, role: string, line: PlacedLine): void {
    const kindClass = countKindClass(line.kind);
    el.setAttribute('data-line', lineKey(line));
    el.setAttribute('data-kind', line.kind);
    if (role === 'value' || role === 'kind') el.setAttribute('class', kindClass);
    if (role === 'meta' && compact) {
      // The kind in its colour, then date and source in the muted colour.
      const kind = countKindLabel(line.kind);
      const text = el.textContent ?? '';
      const a = el.ownerDocument.createElementNS(SVG_NS, 'tspan');
      a.setAttribute('class', `rescue-kind-inline ${kindClass}`);
      a.textContent = kind;
      const b = el.ownerDocument.createElementNS(SVG_NS, 'tspan');
      b.textContent = text.slice(kind.length);
      el.textContent = '';
      el.append(a, b);
    }
  }
}

/** The accessible name of one figure's dot: who, what, how many, when, and from whom. */
export function rescueFigureLabel(f: RescueFigure, line: RescueLine): string {
  const others = line.figures.filter((o) => o !== f).map((o) => formatCount(o.count));
  const publishers = unique(f.sources.map((s) => s.publisher)).join(', ');
  return [
    `${f.country.name}: ${formatCount(f.count)} ${f.count.kind}, as of ${formatAsOf(f.count.asOf)}.`,
    others.length ? `Other reports give ${listWithOr(others)}.` : '',
    line.latest ? '' : 'An earlier figure.',
    `Source: ${publishers}.`,
  ]
    .filter(Boolean)
    .join(' ');
}

/** The lines of a figure's tooltip under its title and number. */
export function rescueFigureDetail(f: RescueFigure, line: RescueLine): string[] {
  const c = f.count;
  const others = line.figures.filter((o) => o !== f);
  return [
    `As of ${formatAsOf(c.asOf)}${line.latest ? '' : ' (an earlier figure)'}`,
    c.period ? `Covers ${formatPeriod(c.period)}` : '',
    c.label,
    `In the source’s words: “${c.sourceWording}”`,
    c.reportedBy ? `Reported by ${c.reportedBy}` : '',
    others.length ? `Other reports: ${others.map((o) => `${formatCount(o.count)} (${unique(o.sources.map((s) => shortPublisher(s.publisher))).join(', ')})`).join('; ')}` : '',
    ...f.parts.map((p) => `Of these: ${formatCount(p)}, ${p.label.charAt(0).toLowerCase()}${p.label.slice(1)}`),
    f.note,
    `Source: ${f.sources.map((s) => s.publisher + (s.date ? ` (${formatAsOf(s.date)})` : '')).join('; ')}`,
  ].filter(Boolean);
}

/** A line's key: its first figure's id (figures belong to one line only). */
function lineKey(line: RescueLine): string {
  return line.figures[0]!.count.id;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function rankByCode(groups: readonly { country: { code: string } }[]): Map<string, number> {
  return new Map(groups.map((g, i) => [g.country.code, i]));
}
