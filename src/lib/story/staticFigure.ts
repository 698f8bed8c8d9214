/**
 * A chart component's rendered HTML turned into a still figure for one story step: the picture only, in
 * the step's state, with nothing to focus or hover (the step's text says what it shows, and the chart's
 * own page is one link away). Used for the page without JavaScript, for print, and as the frames the
 * sticky graphic fades between.
 *
 * The chart components draw every named state at build time (issue #9); the river-escape zoom and the
 * rescue chart's dimming are also applied here, idempotently, so a still is right whatever renders it.
 */
import type { ChartId } from '../charts/registry';

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const addClass = (tag: string, cls: string) =>
  new RegExp(`\\sclass="(?:[^"]*\\s)?${cls}[\\s"]`).test(tag)
    ? tag
    : /\sclass="/.test(tag) ? tag.replace(/\sclass="([^"]*)"/, (_, c: string) => ` class="${c} ${cls}"`) : tag.replace(/^<(\w+)/, `<$1 class="${cls}"`);

/** Attributes a still keeps: the root's state and chart, and how the chart picks a rendering. */
const KEEP_DATA = new Set(['data-full-viewbox', 'data-state', 'data-chart', 'data-layout', 'data-width', 'data-sort', 'data-country', 'data-kind', 'data-top', 'data-height', 'data-nationality', 'data-event']);

/**
 * Removes what only works with a pointer, a keyboard or the chart's own list and tooltips, the data
 * attributes only the chart's client reads, and the marks the chart clients look for, so they leave the
 * still alone (its state is drawn already).
 */
function stripInteraction(html: string): string {
  return html
    // The chart's own script (Astro puts it after the component's first use): a still needs none, and the
    // story's graphic changes state without it, so the story page does not load the three chart clients.
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<div class="rm-tips" hidden>[\s\S]*?<\/template><\/div>/g, '')
    .replace(/<ol class="tl-list"[\s\S]*?<\/ol>/g, '')
    .replace(/<a (class="tl-event[^"]*")[^>]*?(data-event="[^"]*")[^>]*>([\s\S]*?)<\/a>/g, '<g $1 $2>$3</g>')
    .replace(/<title[^>]*>[^<]*<\/title>|<desc[^>]*>[^<]*<\/desc>/g, '')
    .replace(/\s(?:tabindex|role|aria-label|aria-labelledby|aria-describedby|aria-pressed|id)="[^"]*"/g, (m) => (m.startsWith(' role="list') ? m : ''))
    .replace(/\s(data-[a-z-]+)(?:="[^"]*")?(?=[\s>/])/g, (m, name: string) => (KEEP_DATA.has(name) ? m : ''))
    .replace(/<div class="([^"]*)" data-chart="/g, '<div data-enhanced class="$1" data-chart="')
    .replace(/<svg\b([^>]*)>/g, (_m, attrs: string) => `<svg aria-hidden="true" focusable="false"${attrs.replace(/\s(?:aria-hidden|focusable)="[^"]*"/g, '')}>`);
}

/** The map's close-up zoomed on the escape, as routesMap.client.ts zooms it. */
function zoomRiverEscape(html: string): string {
  return html.replace(/<svg [^>]*class="rm-panel rm-panel--closeup"[^>]*>/g, (tag) => {
    const zoom = attr(tag, 'data-viewbox-river-escape');
    return zoom ? tag.replace(/\sviewBox="[^"]*"/, ` viewBox="${zoom}"`) : tag;
  });
}

const num = (tag: string, name: string) => Number(attr(tag, name) ?? 0);

/**
 * The map framed on the panel a state is about (the region, or the Cambodia close-up for `cambodia` and
 * `river-escape`), with its key moved under that panel and the other panel set aside (`is-off-frame`), so a
 * still shows what its step talks about at a readable size, on screen and on paper. The drawing is the
 * build's; only the outer viewBox, its size and the key's place change, and the full viewBox is kept in
 * `data-full-viewbox` (the story's live graphic frames from it).
 */
function frameMapPanel(html: string, state: string): string {
  const kind = state === 'cambodia' || state === 'river-escape' ? 'closeup' : 'region';
  const other = kind === 'closeup' ? 'region' : 'closeup';
  return html.replace(/<svg [^>]*class="rm-svg"[^>]*>[\s\S]*?<\/svg>(?=\s*<\/div>)/g, (svg) => {
    const outer = /^<svg [^>]*>/.exec(svg)![0];
    const panel = new RegExp(`<svg [^>]*class="rm-panel rm-panel--${kind}"[^>]*>`).exec(svg)?.[0];
    const legend = /<g class="rm-legend"[^>]*transform="translate\(([-\d.]+),([-\d.]+)\)"[^>]*>/.exec(svg);
    const full = attr(outer, 'viewBox');
    if (!panel || !legend || !full) return svg;
    const [, , , fullH] = full.split(/\s+/).map(Number) as [number, number, number, number];
    const [x, y, w, h] = [num(panel, 'x'), num(panel, 'y'), num(panel, 'width'), num(panel, 'height')];
    const gap = 12;
    const keyTop = y + h + gap;
    const box = [x, y, w, h + gap + fullH - Number(legend[2]) + 4];
    const framed = outer
      .replace(/\sviewBox="[^"]*"/, ` viewBox="${box.join(' ')}" data-full-viewbox="${full}"`)
      .replace(/\swidth="[^"]*"/, ` width="${box[2]}"`)
      .replace(/\sheight="[^"]*"/, ` height="${box[3]}"`);
    return (framed + svg.slice(outer.length))
      .replace(legend[0], legend[0].replace(/transform="[^"]*"/, `transform="translate(${legend[1]},${keyTop})"`))
      .replace(new RegExp(`<[a-z]+ [^>]*class="rm-panel(?:-frame|-title)? rm-panel(?:-frame|-title)?--${other}"[^>]*>`, 'g'), (tag) => addClass(tag, 'is-off-frame'));
  });
}

/** The rescue chart's dimming for `kind:<kind>` and `country:<CODE>`, as rescueChartClient.ts applies it. */
function dimRescues(html: string, state: string): string {
  const [type, value] = state.includes(':') ? [state.slice(0, state.indexOf(':')), state.slice(state.indexOf(':') + 1)] : [state, ''];
  if (type === 'country') {
    return html.replace(/<g [^>]*class="rescue-row"[^>]*>/g, (tag) => (attr(tag, 'data-country') === value ? tag : addClass(tag, 'is-dimmed')));
  }
  if (type === 'kind') {
    return html.replace(/<[a-z]+ [^>]*data-kind="[^"]*"[^>]*>/g, (tag) => (attr(tag, 'data-kind') === value ? tag : addClass(tag, 'is-dimmed')));
  }
  return html;
}

/** The still figure of `chart` in `state`, from the chart component's HTML; `framePanel: false` keeps the whole map (a slide has room for both panels). */
export function staticFigureHtml(html: string, chart: ChartId, state: string, { framePanel = true }: { framePanel?: boolean } = {}): string {
  let out = html;
  if (chart === 'trafficking-routes' && state === 'river-escape') out = zoomRiverEscape(out);
  if (chart === 'trafficking-routes' && framePanel) out = frameMapPanel(out, state);
  if (chart === 'rescues-by-nationality') out = dimRescues(out, state);
  return stripInteraction(out);
}

/**
 * Long path data used more than once on a page (the map's land, countries and borders, drawn once per
 * step) moved into one hidden sprite of `<path id>`s, each use replaced by `<use href>`. Fill and stroke
 * come from the `<use>`'s classes and are inherited by the shared path, so states still colour them.
 */
export function shareRepeatedPaths(html: string, minLength = 200): { html: string; sprite: string } {
  const PATH = /<path([^>]*?)\sd="([^"]+)"([^>]*?)\/?>(?:<\/path>)?/g;
  const seen = new Map<string, number>();
  for (const m of html.matchAll(PATH)) if (m[2]!.length >= minLength) seen.set(m[2]!, (seen.get(m[2]!) ?? 0) + 1);
  const ids = new Map<string, string>();
  for (const [d, n] of seen) if (n > 1) ids.set(d, `shared-path-${ids.size + 1}`);
  const out = html.replace(PATH, (whole, before: string, d: string, after: string) => {
    const id = ids.get(d);
    return id ? `<use${before}${after} href="#${id}"/>` : whole;
  });
  const sprite = [...ids].map(([d, id]) => `<path id="${id}" d="${d}"/>`).join('');
  return { html: out, sprite };
}
