/**
 * The container widths at which every chart changes its drawing, stated once. A chart lays a drawing out by
 * the size class of the width it is drawn at (phone, tablet, desktop layouts), and the page shows, by a
 * container query, the drawing whose class matches the container's width: so the drawing on screen is always
 * the one laid out for that size. `src/components/charts/shared/sizes.css` states the same numbers for CSS;
 * a test keeps the two equal.
 */

/** `m` from 560px of container width, `l` from 900px; below 560 is `s`. */
export const SIZE_BREAKPOINTS = { m: 560, l: 900 } as const;

/** Size classes, smallest first. */
export const SIZE_CLASSES = ['s', 'm', 'l'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

/** The size class of a width (of a drawing or a container). */
export function sizeClassFor(width: number): SizeClass {
  return width < SIZE_BREAKPOINTS.m ? 's' : width < SIZE_BREAKPOINTS.l ? 'm' : 'l';
}

/**
 * Which drawing is shown in which size class, by the drawings' widths (not their order): each class gets the
 * drawing made for it; a class no drawing was made for gets the widest drawing below it (or the narrowest
 * overall). One width alone covers every class. Returns, for each width, the classes it is shown in.
 */
export function sizeClassesByWidth(widths: readonly number[]): SizeClass[][] {
  const out = widths.map((): SizeClass[] => []);
  const order = widths.map((w, i) => ({ w, i })).sort((a, b) => a.w - b.w);
  for (const size of SIZE_CLASSES) {
    const rank = SIZE_CLASSES.indexOf(size);
    const own = order.filter((d) => sizeClassFor(d.w) === size);
    const below = order.filter((d) => SIZE_CLASSES.indexOf(sizeClassFor(d.w)) < rank);
    // Within a class, the widest drawing made for it; else the widest below; else the narrowest.
    const pick = own.at(-1) ?? below.at(-1) ?? order[0];
    if (pick) out[pick.i]!.push(size);
  }
  return out;
}

/** The CSS classes of a drawing shown in these size classes: `chart-size chart-size--s chart-size--m`. */
export function sizeClassNames(sizes: readonly SizeClass[]): string {
  return ['chart-size', ...sizes.map((s) => `chart-size--${s}`)].join(' ');
}
