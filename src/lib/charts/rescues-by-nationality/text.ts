/**
 * Words for the rescue chart: its text alternative and the note on what it leaves out. Both read the same
 * rows the chart draws, so they cannot drift apart.
 */
import type { Count } from '../../../data/schemas/count';
import { formatAsOf } from '../../format/formatAsOf';
import { formatCount } from '../../format/formatCount';
import { listInWords, listWithOr } from '../../format/listInWords';
import { rescueRows, type RescueChartData } from './model';
import { sortRescueRows } from './sort';

/** The chart as sentences: every figure with its date, nationality by nationality, largest first. */
export function describeRescueChart(data: RescueChartData): string {
  const rows = rescueRows(data);
  const groups = sortRescueRows(rows.groups, 'figure');
  const n = groups.reduce((k, g) => k + g.lines.reduce((m, l) => m + l.figures.length, 0), 0);
  const parts = [
    `Dot chart of ${n} figures reported for ${groups.length} nationalities, one dot per figure. ` +
      'Figures of different kinds (rescued, repatriated, escaped, held captive and others) are shown separately and never added together.',
    ...groups.map(
      (g) =>
        `${g.country.name}: ${listInWords(
          g.lines.map(
            (l) =>
              `${listWithOr([...new Set(l.figures.map((f) => formatCount(f.count)))])} ${l.kind} (as of ${listInWords([...new Set(l.figures.map((f) => formatAsOf(f.count.asOf)))])}` +
              `${l.figures.length > 1 ? ', sources disagree' : ''})`,
          ),
        )}.`,
    ),
  ];
  if (rows.noCount.length > 0) {
    parts.push(`The embassies of ${listInWords(rows.noCount.map((c) => c.name))} asked for help; no count was reported for them.`);
  }
  return parts.join(' ');
}

/** What the chart does not show: figures for all nationalities together, and counts that are not of people held. */
export function rescueChartNote(data: RescueChartData): string {
  const rows = rescueRows(data);
  const sourceById = new Map(data.sources.map((s) => [s.id, s]));
  const primary = (c: Count) => c.sources.some((id) => sourceById.get(id)?.primary);
  // The example is the primary source's rescue figure where there is one: the one the story quotes.
  const example = [...rows.allNationalities].sort(
    (a, b) => Number(primary(b)) - Number(primary(a)) || Number(b.kind === 'rescued') - Number(a.kind === 'rescued') || a.asOf.localeCompare(b.asOf),
  )[0];
  const parts: string[] = [];
  if (example) {
    const publisher = sourceById.get(example.sources[0]!)?.publisher;
    const n = rows.allNationalities.length;
    parts.push(
      `Not drawn: ${n === 1 ? 'one figure' : `${n} figures`} that cover all nationalities together, such as ${formatCount(example)} ` +
        `${lowerFirst(example.label.replace(/\s*\([^)]*\)$/, ''))} (${publisher ? `${publisher}, ` : ''}${formatAsOf(example.asOf)}).`,
    );
  }
  parts.push(
    'Nor are counts of something other than the people caught up (suspects arrested, requests for help, cases, households checked). ' +
      'A breakdown of a figure (so many men, so many women) is in that figure’s tooltip and in the table.',
  );
  return parts.join(' ');
}

function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}
