/**
 * An embed's routes, points and labels with their coordinates rounded to whole pixels: drawn at a known size,
 * a tenth of a pixel is invisible, and the decimals are most of the bytes of those marks. Arrowheads keep
 * theirs (a few pixels wide, rounding would bend them), as do radii, font sizes and everything not a
 * coordinate of a path, circle, line, text or tspan.
 *
 *   wholePixelMarks('<circle cx="146.4" cy="179.5" r="2.5"/>') // '<circle cx="146" cy="180" r="2.5"/>'
 */
export function wholePixelMarks(html: string): string {
  return html.replace(/<(?:path|circle|line|text|tspan)\s[^>]*>/g, (tag) =>
    /\sclass="rm-route-arrow"/.test(tag)
      ? tag
      : tag.replace(/\s(d|x|y|dx|dy|cx|cy|x1|y1|x2|y2)="([^"]*)"/g, (_m, name: string, value: string) => ` ${name}="${value.replace(/-?\d*\.\d+/g, (n) => String(Math.round(Number(n)) || 0))}"`),
  );
}
