/**
 * Prefixes every id defined in an HTML fragment (`id="x"` becomes `id="<prefix>-x"`) and rewrites the
 * references to those ids inside it: `href="#x"`, `xlink:href="#x"`, `url(#x)`, and the id lists of
 * `aria-labelledby`, `aria-describedby`, `aria-controls` and `for`. References to ids the fragment does not
 * define (links to other pages or to the page's own landmarks) are left alone. Pure.
 */
export function scopeIds(html: string, prefix: string): string {
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
  if (ids.size === 0) return html;
  const p = (id: string) => (ids.has(id) ? `${prefix}-${id}` : id);
  return html
    .replace(/(\sid=")([^"]+)"/g, (_, a: string, id: string) => `${a}${p(id)}"`)
    .replace(/(\s(?:xlink:)?href="#)([^"]+)"/g, (_, a: string, id: string) => `${a}${p(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${p(id)})`)
    .replace(/(\s(?:aria-labelledby|aria-describedby|aria-controls|for)=")([^"]+)"/g, (_, a: string, list: string) => `${a}${list.split(/\s+/).map(p).join(' ')}"`);
}
