/**
 * Path data rounded to whole pixels, for outlines drawn at a known size (an embed's basemap). Takes only the
 * absolute `M`, `L` and `Z` commands d3-geo's path generator writes; a path with anything else is left as it is.
 * Each ring starts with an absolute `M`; the points after it are written as whole-pixel steps from the one
 * before (`l`, repeated implicitly), which are one or two digits where absolute points are three and repeat far
 * more, so gzip takes about a third off. The steps are between the rounded points, so no error adds up.
 *
 *   wholePixelPath('M10.4,20.6L10.2,20.9L15.5,20Z') // 'M10,21l6-1Z'
 */
export function wholePixelPath(d: string): string {
  if (!/^[MLZ\d.,\s-]*$/.test(d)) return d;
  let out = '';
  let x0 = 0;
  let y0 = 0;
  let inLine = false;
  for (const [, cmd, x, y] of d.matchAll(/([MLZ])(?:(-?[\d.]+),(-?[\d.]+))?/g)) {
    if (cmd === 'Z') {
      out += 'Z';
      inLine = false;
      continue;
    }
    const px = Math.round(Number(x));
    const py = Math.round(Number(y));
    if (cmd === 'M') {
      out += `M${px},${py}`;
      inLine = false;
    } else {
      const dx = px - x0;
      const dy = py - y0;
      // A line to the point it is already at draws nothing.
      if (dx === 0 && dy === 0) continue;
      const pair = `${dx}${dy < 0 ? '' : ','}${dy}`;
      out += inLine ? `${dx < 0 ? '' : ' '}${pair}` : `l${pair}`;
      inLine = true;
    }
    x0 = px;
    y0 = py;
  }
  return out;
}

/** `html` with the `d` of every `<path>` whose class starts with one of `classes` rounded to whole pixels. */
export function wholePixelPaths(html: string, classes: readonly string[]): string {
  const tag = new RegExp(`<path class="(?:${classes.join('|')})(?:[\\s"])[^>]*>`, 'g');
  return html.replace(tag, (t) => t.replace(/\sd="([^"]*)"/, (_m, d: string) => ` d="${wholePixelPath(d)}"`));
}
