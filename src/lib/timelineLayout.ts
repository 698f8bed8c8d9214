/**
 * Collision avoidance for a horizontal timeline: every event becomes a mark (a dot, or a bar for a period)
 * with an optional label beside it, and marks are stacked into lanes so that no two marks or labels in a lane
 * touch. Lanes are filled first-fit in order of each item's left edge, which for intervals on a line uses the
 * fewest lanes possible (interval-graph colouring), and keeps the result deterministic.
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
}

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
  /** Which side of the mark the label sits on. */
  labelSide: 'right' | 'left' | 'none';
  /** The label's anchor x: its left edge when on the right, its right edge when on the left. */
  labelX: number;
  /** The horizontal extent the item claims in its lane, mark and label together. */
  extent: [number, number];
}

/** The placed items (in input order) and the number of lanes used. */
export interface TimelineLayout {
  items: PlacedItem[];
  lanes: number;
}

/**
 * Puts labels beside their marks (to the right when they fit, else to the left) and assigns lanes so that no
 * two items overlap.
 */
export function timelineLayout(items: readonly TimelineItem[], options: TimelineLayoutOptions): TimelineLayout {
  const { left = 0, right, radius = 5, labelGap = 4, gap = 6 } = options;

  const placed: PlacedItem[] = items.map((item) => {
    const markLeft = item.x0 - radius;
    const markRight = item.x1 + radius;
    if (item.labelWidth <= 0) {
      return { ...item, lane: 0, labelSide: 'none', labelX: markRight, extent: [markLeft, markRight] };
    }
    const rightLabelX = markRight + labelGap;
    const leftLabelX = markLeft - labelGap;
    const fitsRight = rightLabelX + item.labelWidth <= right;
    const fitsLeft = leftLabelX - item.labelWidth >= left;
    if (fitsRight || !fitsLeft) {
      return { ...item, lane: 0, labelSide: 'right', labelX: rightLabelX, extent: [markLeft, rightLabelX + item.labelWidth] };
    }
    return { ...item, lane: 0, labelSide: 'left', labelX: leftLabelX, extent: [leftLabelX - item.labelWidth, markRight] };
  });

  const laneEnds: number[] = [];
  const order = [...placed].sort((a, b) => a.extent[0] - b.extent[0] || a.x0 - b.x0 || a.id.localeCompare(b.id));
  for (const item of order) {
    let lane = laneEnds.findIndex((end) => end + gap <= item.extent[0]);
    if (lane === -1) lane = laneEnds.push(item.extent[1]) - 1;
    else laneEnds[lane] = item.extent[1];
    item.lane = lane;
  }
  return { items: placed, lanes: laneEnds.length };
}

/** True when two placed items share a lane and overlap (used by tests and as a guard). */
export function itemsCollide(a: PlacedItem, b: PlacedItem, gap = 0): boolean {
  return a.lane === b.lane && a.extent[0] < b.extent[1] + gap && b.extent[0] < a.extent[1] + gap;
}
