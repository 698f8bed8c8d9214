/**
 * Collision avoidance for a horizontal timeline: every event becomes a mark (a dot, a bar for a period, a
 * bracket for a vague date) with a label beside it where there is room, stacked into lanes so that nothing in
 * a lane touches. Deterministic: the same events always give the same picture.
 */

/** One event to place, in pixels along the time axis. */
export interface TimelineItem {
  /** Event id. */
  id: string;
  /** Where the mark starts (the dot's centre for a single date). */
  x0: number;
  /** Where the mark ends; equal to `x0` for a single date. */
  x1: number;
  /** Width of the label set beside the mark; 0 for no label. */
  labelWidth: number;
  /** Extra extent the mark reserves in its lane, e.g. the month a month-precision date could fall in. */
  span?: readonly [number, number];
}

/** Shortest bar (pixels) that carries its own label. */
const MIN_LABELLED_BAR = 80;

/** Options for {@link timelineLayout}. */
export interface TimelineLayoutOptions {
  /** Left edge labels may not cross (default 0). */
  left?: number;
  /** Right edge labels may not cross. */
  right: number;
  /** Radius of the dot at the start of a mark (default 5). */
  radius?: number;
  /** Space between a mark and its label (default 4). */
  labelGap?: number;
  /** Smallest space between two items in one lane (default 6). */
  gap?: number;
}

/** Where an item ended up. */
export interface PlacedItem extends TimelineItem {
  /** Lane index, 0 first. */
  lane: number;
  /** Where the label sits: beside the mark, on a period's bar (when the bar is long enough), or nowhere. */
  labelSide: 'right' | 'left' | 'inside' | 'none';
  /** The label's anchor x: its left edge when on the right or inside, its right edge when on the left. */
  labelX: number;
  /** The horizontal extent the item takes in its lane, mark and label together. */
  extent: [number, number];
}

/** The placed items (in input order) and the number of lanes used. */
export interface TimelineLayout {
  items: PlacedItem[];
  lanes: number;
}

/**
 * Stacks marks into lanes and labels as many as there is room for, without making the graphic taller for
 * the sake of a label.
 *
 * 1. The marks alone (a dot, a bar for a period, a bracket for a vague date), taken in order of their left
 *    edge, each into the first lane where it fits, need the fewest lanes possible (interval-graph colouring).
 *    That many lanes are made.
 * 2. Items are taken in the same order again, each into the lowest lane where it and its label fit — the
 *    label on a period's bar if the bar is long enough, else on the right, the reading direction, else on
 *    the left — or else the lowest lane where the mark alone fits. Should labels fill every lane a mark could use, the labels in the way give up their place
 *    (their marks stay), so the lane count stays the fewest.
 * 3. Each unlabelled item, in order, moves to any lane where it fits with its label, if there is one.
 *
 * An unlabelled mark still has its title in the event list and the details panel.
 */
export function timelineLayout(items: readonly TimelineItem[], options: TimelineLayoutOptions): TimelineLayout {
  const { left = 0, right, radius = 5, labelGap = 4, gap = 6 } = options;
  type Extent = [number, number];
  const clear = (a: Extent, b: Extent) => a[1] + gap <= b[0] || a[0] >= b[1] + gap;

  interface Candidate {
    side: 'right' | 'left' | 'inside';
    labelX: number;
    label: Extent;
  }
  interface State {
    item: TimelineItem;
    mark: Extent;
    candidates: Candidate[];
    lane: number;
    label: Candidate | null;
  }
  const states = items.map((item): State => {
    const mark: Extent = [Math.min(item.x0 - radius, item.span?.[0] ?? Infinity), Math.max(item.x1 + radius, item.span?.[1] ?? -Infinity)];
    const candidates: Candidate[] = [];
    if (item.labelWidth > 0) {
      const rightX = item.x1 + radius + labelGap;
      const leftX = item.x0 - radius - labelGap;
      // A period's bar carries its label when the bar is long enough to show it is one: within the bar the
      // label takes no room, and any part beyond the bar's end takes only that.
      const insideX = item.x0 + radius + labelGap;
      if (item.x1 - item.x0 >= MIN_LABELLED_BAR) {
        candidates.push({ side: 'inside', labelX: insideX, label: [insideX, insideX + item.labelWidth] });
      }
      if (rightX + item.labelWidth <= right) candidates.push({ side: 'right', labelX: rightX, label: [rightX, rightX + item.labelWidth] });
      if (leftX - item.labelWidth >= left) candidates.push({ side: 'left', labelX: leftX, label: [leftX - item.labelWidth, leftX] });
    }
    return { item, mark, candidates, lane: -1, label: null };
  });
  const order = [...states].sort((a, b) => a.mark[0] - b.mark[0] || a.item.x0 - b.item.x0 || a.item.id.localeCompare(b.item.id));

  // 1. The fewest lanes.
  const bare: Extent[][] = [];
  for (const s of order) {
    const i = bare.findIndex((lane) => lane.every((m) => clear(m, s.mark)));
    if (i < 0) bare.push([s.mark]);
    else bare[i]!.push(s.mark);
  }
  const laneCount = bare.length;

  // What else occupies a lane, as seen by `self`.
  const others = (lane: number, self: State) => states.filter((o) => o !== self && o.lane === lane);
  const markFree = (lane: number, self: State, extent: Extent) => others(lane, self).every((o) => clear(o.mark, extent));
  const free = (lane: number, self: State, extent: Extent) =>
    others(lane, self).every((o) => clear(o.mark, extent) && (!o.label || clear(o.label.label, extent)));
  const labelFor = (lane: number, s: State) => s.candidates.find((c) => free(lane, s, c.label)) ?? null;

  // 2. Marks with labels where they fit.
  for (const s of order) {
    let lane = -1;
    let label: Candidate | null = null;
    for (let i = 0; i < laneCount && lane < 0; i++) {
      if (!free(i, s, s.mark)) continue;
      label = labelFor(i, s);
      if (label) lane = i;
    }
    if (lane < 0) {
      for (let i = 0; i < laneCount && lane < 0; i++) if (free(i, s, s.mark)) lane = i;
    }
    if (lane < 0) {
      // Marks outrank labels: take the lowest lane free of marks, unlabelling whatever is in the way.
      lane = Array.from({ length: laneCount }, (_, i) => i).find((i) => markFree(i, s, s.mark)) ?? laneCount;
      for (const o of others(lane, s)) if (o.label && !clear(o.label.label, s.mark)) o.label = null;
    }
    s.lane = lane;
    s.label = label;
  }

  // 3. Second chances for the unlabelled.
  for (const s of order) {
    if (s.label || !s.candidates.length) continue;
    for (let i = 0; i < laneCount && !s.label; i++) {
      if (!free(i, s, s.mark)) continue;
      const label = labelFor(i, s);
      if (label) {
        s.lane = i;
        s.label = label;
      }
    }
  }

  const placed = states.map((s): PlacedItem => {
    const c = s.label;
    const extent: Extent = c ? [Math.min(s.mark[0], c.label[0]), Math.max(s.mark[1], c.label[1])] : s.mark;
    return { ...s.item, lane: s.lane, labelSide: c ? c.side : 'none', labelX: c ? c.labelX : s.item.x1 + radius, extent };
  });
  return { items: placed, lanes: Math.max(laneCount, ...placed.map((p) => p.lane + 1)) };
}

/** True when two placed items share a lane and overlap (used by tests and as a guard). */
export function itemsCollide(a: PlacedItem, b: PlacedItem, gap = 0): boolean {
  return a.lane === b.lane && a.extent[0] < b.extent[1] + gap && b.extent[0] < a.extent[1] + gap;
}
