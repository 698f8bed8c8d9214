/**
 * The rescue chart's data as table rows, in the chart's name order: every drawn figure, with each breakdown
 * folded into a figure listed under it as "of these".
 */
import type { Count } from '../../../data/schemas/count';
import type { Source } from '../../../data/schemas/source';
import { countKindLabel } from '../../labels/countKind';
import { formatAsOf, formatPeriod } from '../../format/formatAsOf';
import { formatCount } from '../../format/formatCount';
import { readableNote } from '../../text/readableNote';
import { rescueRows, type RescueChartData } from './model';

export interface RescueTableRow {
  /** Count id (for links and tests). */
  id: string;
  nationality: string;
  kind: string;
  /** The figure in words with its qualifier: "more than 300". */
  figure: string;
  asOf: string;
  /** The period covered, where stated. */
  period: string;
  /** What was counted, as the data says it. */
  counted: string;
  /** The source's own words for the figure. */
  wording: string;
  sources: Source[];
  note: string;
  /** True for a breakdown of the row above ("of these"). */
  part: boolean;
  /** True when another source gives a different number for the same thing (listed on the next rows). */
  disputed: boolean;
}

/** Rows for the table under the chart. */
export function rescueTableRows(data: RescueChartData): RescueTableRow[] {
  const sourceById = new Map(data.sources.map((s) => [s.id, s]));
  const countById = new Map(data.counts.map((c) => [c.id, c]));
  const row = (c: Count, nationality: string, part: boolean, disputed: boolean): RescueTableRow => ({
    id: c.id,
    nationality,
    kind: countKindLabel(c.kind),
    figure: formatCount(c),
    asOf: formatAsOf(c.asOf),
    period: c.period ? formatPeriod(c.period) : '',
    counted: c.label,
    wording: c.sourceWording,
    sources: c.sources.map((id) => sourceById.get(id)!).filter(Boolean),
    note: c.note ? readableNote(c.note, countById) : '',
    part,
    disputed,
  });
  return rescueRows(data).groups.flatMap((g) =>
    g.lines.flatMap((line) =>
      line.figures.flatMap((f) => [
        row(f.count, g.country.name, false, line.figures.length > 1),
        ...f.parts.map((p) => row(p, g.country.name, true, false)),
      ]),
    ),
  );
}
