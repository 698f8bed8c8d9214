/**
 * An embed draws its chart once per size class, and each drawing names its marks (`aria-label`): the long
 * names (a route's figures, basis and sources) were in the HTML three times, further apart than gzip looks
 * back, so each copy cost its full weight. Here each name used more than once is written once, in a hidden
 * element after the chart, and every mark that had it points there with `aria-labelledby`. The accessible
 * name is the same text (a hidden element referenced by `aria-labelledby` still names), in whichever drawing
 * is shown; marks stay focusable where they were.
 *
 *   namesOnce('<g aria-label="A long name">…<g aria-label="A long name">', 'm')
 *   // '<g aria-labelledby="m-n0">…<g aria-labelledby="m-n0"><div hidden><span id="m-n0">A long name</span></div>'
 */
export function namesOnce(html: string, prefix: string, minLength = 40): string {
  const label = /\saria-label="([^"]*)"/g;
  const counts = new Map<string, number>();
  for (const [, name] of html.matchAll(label)) if (name!.length >= minLength) counts.set(name!, (counts.get(name!) ?? 0) + 1);
  const ids = new Map<string, string>();
  for (const [name, n] of counts) if (n > 1) ids.set(name, `${prefix}-n${ids.size}`);
  if (ids.size === 0) return html;
  const out = html.replace(label, (m, name: string) => (ids.has(name) ? ` aria-labelledby="${ids.get(name)}"` : m));
  // The attribute's text is already escaped for HTML (&amp; &quot; &apos; &lt;), so it is valid as content too.
  const store = [...ids].map(([name, id]) => `<span id="${id}">${name}</span>`).join('');
  return `${out}<div hidden>${store}</div>`;
}
