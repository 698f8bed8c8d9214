import { overlapArea, type Box } from '../geo/box';
import { estimateTextWidth } from '../text/textWidth';


/** Where a label sits relative to its anchor point. */
export type LabelPosition = 'center' | 'right' | 'left' | 'top' | 'bottom' | 'top-right' | 'top-left' | 'bottom-right' | 'bottom-left';

export interface LabelRequest {
  /** Unique id (e.g. the country code). */
  id: string;
  /** The point the label belongs to. */
  anchor: [number, number];
  /** Lines of text, top to bottom. */
  lines: string[];
  /** Font size of each line (px); defaults to `fontSize`. */
  lineSizes?: number[];
  /** Font size (px). */
  fontSize: number;
  /** Bold lines, by index (wider glyphs). */
  boldLines?: number[];
  /** Extra tracking in em (uppercase labels). */
  letterSpacing?: number;
  /** Higher places first. */
  priority: number;
  /** Positions to try, in order of preference. */
  positions?: LabelPosition[];
  /** Gap between the anchor and the label (px). */
  gap?: number;
  /** May the label move further out and be joined to its anchor by a leader line? */
  leader?: boolean;
  /** Shorter versions of the label, tried in order where the full one fits nowhere. */
  fallbacks?: string[][];
  /** Try every shorter version next to the point before moving the full label out on a leader. */
  shortNear?: boolean;
  /** Must the label be placed (drawn even if it collides)? Use for very few labels. */
  required?: boolean;
}

export interface PlacedLabel {
  id: string;
  lines: string[];
  lineSizes: number[];
  /** The x of the text anchor and the baseline y of the first line. */
  x: number;
  y: number;
  textAnchor: 'start' | 'middle' | 'end';
  /** Line height (px) between baselines. */
  lineHeight: number;
  /** The box the label occupies. */
  box: Box;
  position: LabelPosition;
  /** A leader from the anchor to the label's edge, where the label moved out. */
  leader?: [number, number, number, number];
}

export interface PlaceLabelsOptions {
  /** Labels must lie inside this box. */
  bounds: Box;
  /** Boxes labels must not cover (point markers, badges, the legend). */
  obstacles?: Box[];
  /** Space kept between labels (px). */
  padding?: number;
  /** Other points a label must not sit nearer to than its own (without a leader line). */
  points?: [number, number][];
}

export interface PlaceLabelsResult {
  placed: PlacedLabel[];
  /** Ids of labels that could not be placed without a collision. */
  dropped: string[];
}

/** Estimated width of a label line in px: the shared estimate, widened for bold and tracking. */
export function labelTextWidth(text: string, fontSize: number, options: { bold?: boolean; letterSpacing?: number } = {}): number {
  const tracking = (options.letterSpacing ?? 0) * [...text].length * fontSize;
  return estimateTextWidth(text, fontSize) * (options.bold ? 1.06 : 1) + tracking;
}

/** Whether two rectangles overlap (touching edges do not count). */
export function rectsOverlap(a: Box, b: Box, padding = 0): boolean {
  return (
    a.x < b.x + b.width + padding &&
    b.x < a.x + a.width + padding &&
    a.y < b.y + b.height + padding &&
    b.y < a.y + a.height + padding
  );
}

function inside(r: Box, b: Box): boolean {
  return r.x >= b.x && r.y >= b.y && r.x + r.width <= b.x + b.width && r.y + r.height <= b.y + b.height;
}

const DEFAULT_POSITIONS: LabelPosition[] = ['right', 'left', 'top', 'bottom', 'top-right', 'bottom-right', 'top-left', 'bottom-left'];

const POSITION_ANGLE: Record<Exclude<LabelPosition, 'center'>, number> = {
  right: 0,
  'bottom-right': 45,
  bottom: 90,
  'bottom-left': 135,
  left: 180,
  'top-left': 225,
  top: 270,
  'top-right': 315,
};

/**
 * The eight positions ordered by how closely they point along `angle` (degrees, screen coordinates, 0 =
 * right, 90 = down): a label pushed away from a crowded centre keeps out of the crowd.
 */
export function positionsToward(angle: number): LabelPosition[] {
  const diff = (a: number) => {
    const d = Math.abs((((a - angle) % 360) + 360) % 360);
    return Math.min(d, 360 - d);
  };
  // Sideways positions first among equals: two-line labels sit better beside a point than above it.
  const sideways = (p: LabelPosition) => (p === 'left' || p === 'right' ? -1 : 0);
  return (Object.keys(POSITION_ANGLE) as Exclude<LabelPosition, 'center'>[]).sort(
    (a, b) => diff(POSITION_ANGLE[a]) - diff(POSITION_ANGLE[b]) || sideways(a) - sideways(b),
  );
}

/** The label box for a position at distance `gap` from the anchor. */
function boxAt(anchor: [number, number], w: number, h: number, position: LabelPosition, gap: number): Box {
  const [ax, ay] = anchor;
  const d = gap * Math.SQRT1_2;
  switch (position) {
    case 'center': return { x: ax - w / 2, y: ay - h / 2, width: w, height: h };
    case 'right': return { x: ax + gap, y: ay - h / 2, width: w, height: h };
    case 'left': return { x: ax - gap - w, y: ay - h / 2, width: w, height: h };
    case 'top': return { x: ax - w / 2, y: ay - gap - h, width: w, height: h };
    case 'bottom': return { x: ax - w / 2, y: ay + gap, width: w, height: h };
    case 'top-right': return { x: ax + d, y: ay - d - h, width: w, height: h };
    case 'top-left': return { x: ax - d - w, y: ay - d - h, width: w, height: h };
    case 'bottom-right': return { x: ax + d, y: ay + d, width: w, height: h };
    case 'bottom-left': return { x: ax - d - w, y: ay + d, width: w, height: h };
  }
}

/** Distance from a point to a rectangle (0 inside). */
function distanceToRect(p: [number, number], r: Box): number {
  const dx = Math.max(r.x - p[0], 0, p[0] - (r.x + r.width));
  const dy = Math.max(r.y - p[1], 0, p[1] - (r.y + r.height));
  return Math.hypot(dx, dy);
}

/** The point on `box`'s edge nearest to `p`, where a leader line meets the label. */
function nearestEdgePoint(box: Box, p: [number, number]): [number, number] {
  return [
    Math.min(Math.max(p[0], box.x), box.x + box.width),
    Math.min(Math.max(p[1], box.y), box.y + box.height),
  ];
}

interface Measure {
  sizes: number[];
  lineHeight: number;
  w: number;
  h: number;
}

interface Candidate {
  box: Box;
  position: LabelPosition;
  ring: number;
  lines: string[];
  m: Measure;
}

/** Measures a label's lines: sizes, line height and the box size. */
function measure(r: LabelRequest, lines: string[]): Measure {
  const sizes = lines.map((_, i) => r.lineSizes?.[i] ?? r.fontSize);
  const widths = lines.map((line, i) =>
    labelTextWidth(line, sizes[i]!, { bold: r.boldLines?.includes(i) ?? false, letterSpacing: r.letterSpacing ?? 0 }),
  );
  const lineHeight = Math.max(...sizes) * 1.15;
  return { sizes, lineHeight, w: Math.max(...widths), h: lineHeight * (lines.length - 1) + sizes[0]! * 1.05 + 2 };
}

/**
 * Greedy label placement: labels in priority order each take the first candidate position (then, where
 * allowed, the same positions further out with a leader line) whose box stays inside the bounds and clears
 * every placed label and obstacle, and (when next to its point) is no nearer another point; a label that fits nowhere tries its shorter `fallbacks` (with
 * `shortNear`, before it moves out). Labels that still
 * fit nowhere are dropped (and reported, so the caller can say so) unless `required`: those take the spot
 * inside the bounds that covers least of the others.
 */
export function placeLabels(requests: LabelRequest[], options: PlaceLabelsOptions): PlaceLabelsResult {
  const { bounds, obstacles = [], padding = 2 } = options;
  const placed: PlacedLabel[] = [];
  const dropped: string[] = [];
  const taken: Box[] = [...obstacles];
  const ordered = [...requests].sort((a, b) => b.priority - a.priority);
  const anchors = [...requests.filter((r) => r.positions?.[0] !== 'center').map((r) => r.anchor), ...(options.points ?? [])];
  for (const r of ordered) {
    const gap = r.gap ?? 4;
    const positions = r.positions ?? DEFAULT_POSITIONS;
    const rings = r.leader ? [gap, gap + 10, gap + 20, gap + 32] : [gap];
    const variants = [r.lines, ...(r.fallbacks ?? [])];
    let chosen: Candidate | undefined;
    // Either the full label anywhere before a shorter one, or (shortNear) near and short before far and full.
    const attempts = r.shortNear
      ? rings.flatMap((ring) => variants.map((lines) => ({ ring, lines })))
      : variants.flatMap((lines) => rings.map((ring) => ({ ring, lines })));
    search: for (const { ring, lines } of attempts) {
      const m = measure(r, lines);
      for (const position of positions) {
        const box = boxAt(r.anchor, m.w, m.h, position, ring);
        if (!inside(box, bounds)) continue;
        if (taken.some((t) => rectsOverlap(box, t, padding))) continue;
        // Without a leader, a label nearer another point than its own would be read as that point's.
        if (ring === gap && anchors.some((a) => a !== r.anchor && distanceToRect(a, box) < distanceToRect(r.anchor, box) - 0.5)) continue;
        chosen = { box, position, ring, lines, m };
        break search;
      }
    }
    if (!chosen && r.required) {
      // Required and nowhere clear: the candidate inside the bounds that covers least of the others.
      const covered = (box: Box) => taken.reduce((sum, t) => sum + overlapArea(box, t), 0);
      let best: { score: number; value: Candidate } | undefined;
      for (const lines of variants) {
        const m = measure(r, lines);
        for (const ring of rings) {
          for (const position of positions) {
            const box = boxAt(r.anchor, m.w, m.h, position, ring);
            if (!inside(box, bounds)) continue;
            const score = covered(box);
            if (!best || score < best.score) best = { score, value: { box, position, ring, lines, m } };
          }
        }
      }
      const position = positions[0]!;
      const m = measure(r, r.lines);
      chosen = best?.value ?? { box: boxAt(r.anchor, m.w, m.h, position, gap), position, ring: gap, lines: r.lines, m };
    }
    if (!chosen) {
      dropped.push(r.id);
      continue;
    }
    const { box, position, ring, lines, m } = chosen;
    const textAnchor = position.endsWith('right') ? 'start' : position.endsWith('left') ? 'end' : 'middle';
    const x = textAnchor === 'start' ? box.x : textAnchor === 'end' ? box.x + box.width : box.x + box.width / 2;
    const label: PlacedLabel = {
      id: r.id,
      lines,
      lineSizes: m.sizes,
      x,
      // Baseline of the first line: cap tops sit just inside the box, descenders of the last line above its bottom.
      y: box.y + m.sizes[0]! * 0.82 + 1,
      textAnchor,
      lineHeight: m.lineHeight,
      box,
      position,
    };
    if (ring > gap) label.leader = [...r.anchor, ...nearestEdgePoint(box, r.anchor)];
    placed.push(label);
    taken.push(box);
  }
  return { placed, dropped };
}
