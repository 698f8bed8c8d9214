/**
 * The rescue chart's Plot marks, in drawing order: the key, the axis and grid, then the rows (rule, hover
 * targets, dotted tracks, names, labels, values, dots) and the "no count reported" block. Every mark that
 * belongs to a row carries a `<title>` tag (`role:ref`) that groupMarks.ts reads to regroup the elements by
 * nationality and removes.
 */
import * as Plot from '@observablehq/plot';
import type { ScaleLinear } from 'd3-scale';
import { countKindLabel } from '../../labels/countKind';
import { formatAsOf } from '../../format/formatAsOf';
import { formatCountShort } from '../../format/formatCount';
import { listWithOr } from '../../format/listInWords';
import { shortPublisher } from '../../format/shortPublisher';
import { estimateTextWidth } from '../../text/textWidth';
import { RESCUE_TYPE, type PlacedGroup, type RescueLayout } from './layout';
import { rescueLineKey, type RescueLine } from './model';

const numberFormat = new Intl.NumberFormat('en-US');

export interface RescueMarksOptions {
  /** The value scale, its range already set to the frame. */
  x: ScaleLinear<number, number>;
  ticks: readonly number[];
  /** The one year every figure shares, which the labels then leave out; null if they differ. */
  commonYear: string | null;
}

/** All the chart's marks for a layout. */
export function rescueMarks(layout: RescueLayout, options: RescueMarksOptions): Plot.Markish[] {
  return [...keyMarks(layout, options), ...axisMarks(layout, options), ...rowMarks(layout, options), ...noCountMarks(layout)];
}

/** Marks not tied to the x scale are placed in pixels from the frame's left edge. */
function at(layout: RescueLayout, px: number) {
  return { frameAnchor: 'left' as const, dx: px - layout.marginLeft };
}

function keyMarks(layout: RescueLayout, { commonYear }: RescueMarksOptions): Plot.Markish[] {
  const { compact, marginRight } = layout;
  const lines = layout.groups.flatMap((g) => g.lines);
  const keyItems = [
    { x: 5, text: 'Latest figure of its kind', dot: 'is-latest' },
    ...(lines.some((l) => !l.latest) ? [{ x: compact ? 190 : 200, text: 'Earlier figure', dot: 'is-earlier' }] : []),
  ];
  const keyNote = commonYear ? `All dates ${commonYear}` : '';
  return [
    ...keyItems.map((k) => Plot.dot([k], { ...at(layout, k.x), y: () => layout.keyY[0], r: 5, title: () => `key:${k.dot}`, className: 'rescue-key-dot' })),
    ...keyItems.map((k) =>
      Plot.text([k.text], { ...at(layout, k.x + 12), y: () => layout.keyY[0], text: (d) => d, textAnchor: 'start', fontSize: RESCUE_TYPE.key, className: 'rescue-key' }),
    ),
    ...(keyNote
      ? [
          Plot.text([keyNote], {
            ...(compact ? at(layout, 0) : { frameAnchor: 'right' as const, dx: marginRight }),
            y: () => layout.keyY.at(-1)!,
            text: (d) => d,
            textAnchor: compact ? 'start' : 'end',
            fontSize: RESCUE_TYPE.key,
            className: 'rescue-key',
          }),
        ]
      : []),
  ];
}

function axisMarks(layout: RescueLayout, { ticks }: RescueMarksOptions): Plot.Markish[] {
  return [
    Plot.ruleX(ticks, { x: (d) => d, y1: layout.axisY, y2: layout.rowsBottom, className: 'rescue-grid' }),
    Plot.axisX({ anchor: 'top', ticks, tickSize: 0, tickPadding: 8, tickFormat: (d: number) => numberFormat.format(d), fontSize: RESCUE_TYPE.axis, label: null, className: 'rescue-axis' }),
  ];
}

function rowMarks(layout: RescueLayout, { x, commonYear }: RescueMarksOptions): Plot.Markish[] {
  const { compact, width, marginLeft, marginRight, metaX } = layout;
  const lines = layout.groups.flatMap((g) => g.lines);
  const dots = lines.flatMap((line) => line.figures.map((figure) => ({ figure, line })));

  // A value label sits right of its dots unless it would run into the date column or off the edge.
  const valueLimit = compact ? width : metaX - 10;
  // Figures that agree on the number and differ on the date (Indonesia's 241) are one value, two dates.
  const valueText = (l: RescueLine) => listWithOr(unique(l.figures.map((f) => formatCountShort(f.count))));
  const maxValue = (l: RescueLine) => l.figures.at(-1)!.count.value;
  const labelRight = (l: RescueLine) => x(maxValue(l)) + 10 + estimateTextWidth(valueText(l), RESCUE_TYPE.value) <= valueLimit;

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
  const lineTag = (role: string) => (l: RescueLine) => `${role}:${rescueLineKey(l)}`;
  const groupTag = (role: string) => (g: PlacedGroup) => `${role}:${g.group.country.code}`;
  const asked = layout.groups.filter((g) => g.group.askedForHelp);

  return [
    Plot.ruleY(layout.groups, { y: 'top', insetLeft: -marginLeft, insetRight: -marginRight, title: groupTag('sep'), className: 'rescue-sep' }),
    Plot.rect(lines, { y1: 'top', y2: 'bottom', insetLeft: -marginLeft, insetRight: -marginRight, fill: 'none', title: lineTag('hit'), className: 'rescue-hit' }),
    Plot.ruleY(lines, { y: 'y', title: lineTag('track'), className: 'rescue-track' }),
    Plot.text(layout.groups, { ...at(layout, 0), y: 'yHeader', text: (g) => g.group.country.name, textAnchor: 'start', fontSize: RESCUE_TYPE.header, fontWeight: 700, title: groupTag('header'), className: 'rescue-header' }),
    Plot.text(asked, {
      ...(compact ? { frameAnchor: 'right' as const, dx: marginRight } : at(layout, metaX)),
      y: 'yHeader',
      text: () => 'Embassy asked for help',
      textAnchor: compact ? 'end' : 'start',
      fontSize: RESCUE_TYPE.meta,
      title: groupTag('asked'),
      className: 'rescue-asked',
    }),
    ...(compact
      ? [Plot.text(lines, { ...at(layout, 0), y: 'yLabel', text: metaText, textAnchor: 'start', fontSize: RESCUE_TYPE.meta, title: lineTag('meta'), className: 'rescue-meta' })]
      : [
          Plot.text(lines, { ...at(layout, 14), y: 'yLabel', text: (l) => countKindLabel(l.kind), textAnchor: 'start', fontSize: RESCUE_TYPE.label, title: lineTag('kind'), className: 'rescue-kind' }),
          Plot.text(lines, { ...at(layout, metaX), y: 'yLabel', text: metaText, textAnchor: 'start', fontSize: RESCUE_TYPE.meta, title: lineTag('meta'), className: 'rescue-meta' }),
        ]),
    Plot.text(lines.filter(labelRight), { x: maxValue, y: 'y', text: valueText, textAnchor: 'start', dx: 10, fontSize: RESCUE_TYPE.value, fontWeight: 700, title: lineTag('value'), className: 'rescue-value' }),
    Plot.text(lines.filter((l) => !labelRight(l)), { x: (l) => l.figures[0]!.count.value, y: 'y', text: valueText, textAnchor: 'end', dx: -10, fontSize: RESCUE_TYPE.value, fontWeight: 700, title: lineTag('value'), className: 'rescue-value' }),
    Plot.dot(dots, { x: (d) => d.figure.count.value, y: (d) => d.line.y, r: 5.5, title: (d) => `dot:${d.figure.count.id}`, className: 'rescue-dot' }),
  ];
}

function noCountMarks(layout: RescueLayout): Plot.Markish[] {
  const nc = layout.noCount;
  if (!nc) return [];
  const { marginLeft, marginRight } = layout;
  return [
    Plot.ruleY([nc.top], { y: (d) => d, insetLeft: -marginLeft, insetRight: -marginRight, title: () => 'sep:', className: 'rescue-sep' }),
    Plot.text([nc], { ...at(layout, 0), y: 'yHeader', text: () => 'Embassy asked for help, no count reported', textAnchor: 'start', fontSize: RESCUE_TYPE.label, fontWeight: 700, title: () => 'nocount:', className: 'rescue-nocount-header' }),
    Plot.text(nc.lines, { ...at(layout, 0), y: 'y', text: 'text', textAnchor: 'start', fontSize: RESCUE_TYPE.label, title: () => 'nocount:', className: 'rescue-nocount' }),
  ];
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
