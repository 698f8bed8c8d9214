/**
 * Path data rounded to whole pixels, for outlines drawn at a known size (an embed's basemap). Takes only the
 * absolute `M`, `L` and `Z` commands d3-geo's path generator writes; a path with anything else is left as it is.
 *
 *   wholePixelPath('M10.4,20.6L10.2,20.9L15.5,20Z') // 'M10,21L16,20Z'
 */
export function wholePixelPath(d: string): string {
  if (!/^[MLZ\d.,\s-]*$/.test(d)) return d;
  let out = '';
  let last = '';
  for (const [, cmd, x, y] of d.matchAll(/([MLZ])(?:(-?[\d.]+),(-?[\d.]+))?/g)) {
    if (cmd === 'Z') {
      out += 'Z';
      last = '';
      continue;
    }
    const point = `${Math.round(Number(x))},${Math.round(Number(y))}`;
    // A line to the point it is already at draws nothing.
    if (cmd === 'L' && point === last) continue;
    out += `${cmd}${point}`;
    last = point;
  }
  return out;
}

/** `html` with the `d` of every `<path>` whose class starts with one of `classes` rounded to whole pixels. */
export function wholePixelPaths(html: string, classes: readonly string[]): string {
  const tag = new RegExp(`<path class="(?:${classes.join('|')})(?:[\\s"])[^>]*>`, 'g');
  return html.replace(tag, (t) => t.replace(/\sd="([^"]*)"/, (_m, d: string) => ` d="${wholePixelPath(d)}"`));
}
