import type { FocusContextScale } from './focusContextScale';
import { MONTH_SHORT } from '../../format/formatDate';
import { estimateTextWidth } from '../../text/textWidth';

/** One tick of the focus-and-context axis. */
export interface AxisTick {
  /** Time, UTC milliseconds. */
  t: number;
  /** Position on the scale. */
  x: number;
  /** Year boundaries in the context, month starts and week days in the focus. */
  kind: 'year' | 'month' | 'day';
  /** The label, where one fits; ticks whose labels would collide keep their line and lose their label. */
  label?: string;
  /** A shorter label to try when `label` does not fit ("Aug." for "Aug. 2022", "’21" for "2021"). */
  shortLabel?: string;
  /** How the label sits against the tick: beside it (to the right) or centred on it. */
  anchor: 'start' | 'middle';
}

/** Options for {@link timelineAxis}. */
export interface TimelineAxisOptions {
  /** Label size in pixels (default 11). */
  fontSize?: number;
  /** Smallest gap in pixels between two labels (default 6). */
  gap?: number;
  /** Smallest distance in pixels between two day ticks; closer day ticks are dropped (default 14). */
  minDaySpacing?: number;
  /** Days of the month that get a minor tick in the focus (default 8, 15, 22). */
  days?: readonly number[];
}


/** Pixel offset of a start-anchored label from its tick. */
export const LABEL_OFFSET = 3;

/**
 * Ticks for a focus-and-context time scale: years across the context (the years at a glance), months and
 * a few days across the magnified focus. Labels are given out by importance — years and months first, then
 * days — and a label that would overlap one already placed is dropped, so the axis stays legible at any
 * width without a per-width tick list.
 */
export function timelineAxis(scale: FocusContextScale, options: TimelineAxisOptions = {}): AxisTick[] {
  const { fontSize = 11, gap = 6, minDaySpacing = 14, days = [8, 15, 22] } = options;
  const [d0, f0, f1, d1] = scale.breakpoints.map((b) => b.t) as [number, number, number, number];
  const ticks: AxisTick[] = [];

  const firstYear = new Date(d0).getUTCFullYear();
  const lastYear = new Date(d1).getUTCFullYear();
  for (let y = firstYear; y <= lastYear; y++) {
    const t = Date.UTC(y, 0, 1);
    if (t < d0 || t > d1 || (t > f0 && t < f1)) continue;
    ticks.push({ t, x: scale(t), kind: 'year', label: String(y), shortLabel: `’${String(y).slice(2)}`, anchor: 'start' });
  }

  const focusStart = new Date(f0);
  let focusYearShown = false;
  for (let m = focusStart.getUTCMonth(), y = focusStart.getUTCFullYear(); ; m++) {
    const t = Date.UTC(y, m, 1);
    if (t >= f1) break;
    const date = new Date(t);
    if (t >= f0) {
      const month = MONTH_SHORT[date.getUTCMonth()]!;
      // The first month of the focus carries its year; so does January, in place of a year tick.
      const year = String(date.getUTCFullYear());
      const label = date.getUTCMonth() === 0 ? year : focusYearShown ? month : `${month} ${year}`;
      focusYearShown = true;
      if (!ticks.some((k) => k.t === t)) {
        ticks.push({ t, x: scale(t), kind: 'month', label, anchor: 'start', ...(label !== month ? { shortLabel: month } : {}) });
      }
    }
    let lastDayX = -Infinity;
    for (const day of days) {
      const td = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), day);
      if (td < f0 || td >= f1) continue;
      const x = scale(td);
      const nextMonthX = scale(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1));
      if (x - Math.max(lastDayX, scale(t)) < minDaySpacing || nextMonthX - x < minDaySpacing) continue;
      ticks.push({ t: td, x, kind: 'day', label: String(day), anchor: 'middle' });
      lastDayX = x;
    }
  }

  ticks.sort((a, b) => a.t - b.t);
  dropCollidingLabels(ticks, fontSize, gap, [scale.breakpoints[0]!.x, scale.breakpoints[3]!.x]);
  return ticks;
}

/** The horizontal extent `[left, right]` a tick's label covers. */
export function labelExtent(tick: AxisTick, fontSize: number): [number, number] {
  const w = estimateTextWidth(tick.label ?? '', fontSize);
  return tick.anchor === 'start' ? [tick.x + LABEL_OFFSET, tick.x + LABEL_OFFSET + w] : [tick.x - w / 2, tick.x + w / 2];
}

// Months first: the magnified weeks are what the axis is for, and the first month names the year anyway.
const LEVELS: ReadonlyArray<AxisTick['kind']> = ['month', 'year', 'day'];

/**
 * Removes labels (not ticks) that overlap a more important or earlier label, or run off the range. Each kind
 * of tick is labelled all long ("2021", "Aug. 2022") or, if that loses more labels, all short ("’21", "Aug."),
 * so one axis never mixes the two styles.
 */
function dropCollidingLabels(ticks: AxisTick[], fontSize: number, gap: number, bounds: [number, number]): void {
  const placed: Array<[number, number]> = [];
  const fits = ([l, r]: [number, number], others: Array<[number, number]>) =>
    l >= bounds[0] - 1 && r <= bounds[1] + 1 && !others.some(([pl, pr]) => l < pr + gap && r > pl - gap);
  const attempt = (level: AxisTick[], pick: (t: AxisTick) => string | undefined) => {
    const taken = [...placed];
    const labels = level.map((tick) => {
      const label = pick(tick);
      if (label === undefined) return undefined;
      const extent = labelExtent({ ...tick, label }, fontSize);
      if (!fits(extent, taken)) return undefined;
      taken.push(extent);
      return label;
    });
    return { labels, taken, dropped: labels.filter((l, i) => l === undefined && level[i]!.label !== undefined).length };
  };
  for (const kind of LEVELS) {
    const level = ticks.filter((t) => t.kind === kind);
    const long = attempt(level, (t) => t.label);
    const short = attempt(level, (t) => t.shortLabel ?? t.label);
    const best = short.dropped < long.dropped ? short : long;
    level.forEach((tick, i) => {
      const label = best.labels[i];
      delete tick.shortLabel;
      if (label === undefined) delete tick.label;
      else tick.label = label;
    });
    placed.splice(0, placed.length, ...best.taken);
  }
}
