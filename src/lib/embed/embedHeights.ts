/**
 * Starting heights for the embed code: each embed's content height as measured in Chromium at common
 * article widths (embedHeights.json, written by `node scripts/measureEmbeds.mjs --write` after a build),
 * the tallest of them plus a margin for fonts that set a little wider elsewhere. A bare iframe at that
 * height shows the whole chart at any common width; the browser tests check it still does.
 */
import recorded from './embedHeights.json' with { type: 'json' };

/** Room left for a host's fonts or rounding to differ from Chromium's here. */
export const HEIGHT_MARGIN = 24;

/** Widths (CSS px) the starting height must fit. */
export const COMMON_WIDTHS: readonly number[] = recorded.commonWidths;

/** The height measured for `id` at `width`, if it was measured. */
export function measuredHeight(id: string, width: number): number | undefined {
  return (recorded.heights as Record<string, Record<string, number>>)[id]?.[String(width)];
}

/** The embed code's starting height for chart `id`. */
export function embedStartHeight(id: string): number {
  const heights = COMMON_WIDTHS.map((w) => measuredHeight(id, w));
  if (heights.some((h) => h === undefined)) throw new Error(`embedStartHeight: no measured heights for "${id}"; run scripts/measureEmbeds.mjs --write`);
  return Math.max(...(heights as number[])) + HEIGHT_MARGIN;
}
