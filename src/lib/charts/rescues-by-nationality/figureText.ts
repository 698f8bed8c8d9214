/**
 * Words for one figure of the rescue chart: the accessible name of its dot and the lines of its tooltip.
 * Both say who, what, how many, when and from whom, with the other reports of the same line.
 */
import { formatAsOf, formatPeriod } from '../../format/formatAsOf';
import { formatCount } from '../../format/formatCount';
import { listWithOr } from '../../format/listInWords';
import { shortPublisher } from '../../format/shortPublisher';
import type { RescueFigure, RescueLine } from './model';

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

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
