/**
 * A piecewise-linear time scale for focus and context: one stretch of time (the focus) gets a large share of
 * the width, and the time before and after it (the context) shares the rest at one common, smaller rate, so
 * that the years stay comparable with each other and only the focus is magnified.
 *
 * Dependency-free so the client script can import the same maths to place highlights.
 */

/** A time (UTC milliseconds) and the x it maps to. */
export interface Breakpoint {
  t: number;
  x: number;
}

/** Options for {@link focusContextScale}. */
export interface FocusContextOptions {
  /** The whole extent of time shown, `[start, end]` (Date or UTC milliseconds). */
  domain: readonly [Date | number, Date | number];
  /** The magnified stretch, inside the domain. */
  focus: readonly [Date | number, Date | number];
  /** Output extent in pixels, `[left, right]`. */
  range: readonly [number, number];
  /** Share of the range given to the focus, between 0 and 1 (default 0.6). */
  focusShare?: number;
}

/** Which part of the scale a time falls in. */
export type ScaleSegment = 'before' | 'focus' | 'after';

/** The scale: call it with a time to get x. */
export interface FocusContextScale {
  (t: Date | number): number;
  /** The time at x (UTC milliseconds). */
  invert(x: number): number;
  /** The four breakpoints: domain start, focus start, focus end, domain end. */
  readonly breakpoints: readonly Breakpoint[];
  /** How many times more pixels per day the focus gets than the context. */
  readonly magnification: number;
  /** The part of the scale a time falls in. */
  segment(t: Date | number): ScaleSegment;
}

const ms = (t: Date | number): number => (typeof t === 'number' ? t : t.getTime());

/**
 * Maps `t` through a list of breakpoints by linear interpolation within the segment it falls in, and
 * linear extrapolation beyond the ends (so a period that runs past the domain still has a width).
 */
export function interpolateBreakpoints(points: readonly Breakpoint[], t: number): number {
  let i = 1;
  while (i < points.length - 1 && t > points[i]!.t) i++;
  const a = points[i - 1]!;
  const b = points[i]!;
  return b.t === a.t ? a.x : a.x + ((t - a.t) / (b.t - a.t)) * (b.x - a.x);
}

/**
 * A focus-and-context time scale. The context on either side of the focus is drawn at the same rate, so its
 * width on each side is proportional to its length in time.
 *
 * @example
 * const x = focusContextScale({ domain: [Date.UTC(2019, 0), Date.UTC(2024, 0)],
 *   focus: [Date.UTC(2022, 7), Date.UTC(2022, 10)], range: [0, 960] });
 * x(Date.UTC(2022, 8, 1)); // in the middle of the wide focus band
 */
export function focusContextScale(options: FocusContextOptions): FocusContextScale {
  const [d0, d1] = options.domain.map(ms) as [number, number];
  const [f0, f1] = [Math.max(d0, ms(options.focus[0])), Math.min(d1, ms(options.focus[1]))];
  const [r0, r1] = options.range;
  const share = Math.min(1, Math.max(0, options.focusShare ?? 0.6));
  if (!(d1 > d0) || !(f1 > f0)) throw new RangeError('focusContextScale: empty domain or focus');

  const before = f0 - d0;
  const after = d1 - f1;
  const context = before + after;
  // With no context at all, the focus takes the whole range.
  const focusWidth = context > 0 ? (r1 - r0) * share : r1 - r0;
  const contextWidth = r1 - r0 - focusWidth;
  const x1 = r0 + (context > 0 ? (contextWidth * before) / context : 0);
  const x2 = x1 + focusWidth;
  const breakpoints: Breakpoint[] = [
    { t: d0, x: r0 },
    { t: f0, x: x1 },
    { t: f1, x: x2 },
    { t: d1, x: r1 },
  ];
  const focusRate = focusWidth / (f1 - f0);
  const contextRate = context > 0 ? contextWidth / context : focusRate;

  const scale = ((t: Date | number) => interpolateBreakpoints(breakpoints, ms(t))) as FocusContextScale;
  const inverted = breakpoints.map(({ t, x }) => ({ t: x, x: t }));
  return Object.assign(scale, {
    invert: (x: number) => interpolateBreakpoints(inverted, x),
    breakpoints,
    magnification: contextRate > 0 ? focusRate / contextRate : Infinity,
    segment: (t: Date | number): ScaleSegment => {
      const v = ms(t);
      return v < f0 ? 'before' : v >= f1 ? 'after' : 'focus';
    },
  });
}
