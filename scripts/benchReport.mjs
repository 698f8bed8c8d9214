/**
 * The benchmark's pure pieces: medians, byte sums by kind, budgets and their verdicts, growth under scale,
 * and the plain-text tables it prints. No browser, no file system, so `tests/unit/benchReport.test.ts` can
 * pin them down. `scripts/bench.mjs` does the measuring.
 */
import { gzipSync } from 'node:zlib';

/** The kinds bytes are reported by, in table order. */
export const KINDS = ['HTML', 'CSS', 'JS', 'fonts', 'data', 'images', 'other'];

/**
 * The kind of a response, from the browser's resource type (Lighthouse's or Playwright's spelling) and, for
 * types the browser leaves vague, the file extension.
 * @param {string} type
 * @param {string} url
 */
export function kindOf(type, url) {
  const t = type.toLowerCase();
  const path = url.split(/[?#]/)[0].toLowerCase();
  if (t === 'document') return 'HTML';
  if (t === 'stylesheet') return 'CSS';
  if (t === 'script') return 'JS';
  if (t === 'font' || /\.(woff2?|ttf|otf|eot)$/.test(path)) return 'fonts';
  if (t === 'image' || /\.(png|jpe?g|gif|webp|avif|svg|ico)$/.test(path)) return 'images';
  if (t === 'fetch' || t === 'xhr' || /\.(json|csv|topojson|geojson)$/.test(path)) return 'data';
  return 'other';
}

/**
 * Median of the numbers in `xs`, ignoring null and NaN; the mean of the middle two for an even count.
 * Null when nothing is left.
 * @param {ReadonlyArray<number | null | undefined>} xs
 * @returns {number | null}
 */
export function median(xs) {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Sums requests' bytes by kind. Each request is `{ kind, raw, gz }` (bytes of the file, and gzipped as the
 * server sends it). Returns `{ byKind: { HTML: { raw, gz }, ... }, total: { raw, gz }, totalNoFonts, requests }`.
 * @param {ReadonlyArray<{ kind: string, raw: number, gz: number }>} requests
 */
export function sumWeights(requests) {
  const byKind = Object.fromEntries(KINDS.map((k) => [k, { raw: 0, gz: 0 }]));
  for (const r of requests) {
    const slot = byKind[r.kind] ?? byKind['other'];
    slot.raw += r.raw;
    slot.gz += r.gz;
  }
  const add = (keys) => keys.reduce((t, k) => ({ raw: t.raw + byKind[k].raw, gz: t.gz + byKind[k].gz }), { raw: 0, gz: 0 });
  return { byKind, total: add(KINDS), totalNoFonts: add(KINDS.filter((k) => k !== 'fonts')), requests: requests.length };
}

/**
 * The site's budgets (DEVELOPERS.md, issue #15). Each is checked on the pages it names; `limit` is in
 * bytes, milliseconds, a CLS score or a ratio, and `atLeast` marks a floor rather than a ceiling.
 */
export const BUDGETS = [
  { id: 'story-js', label: 'Story JS, files + inline (gzip)', unit: 'bytes', limit: 30 * 1024, pages: 'story' },
  { id: 'story-html', label: 'Story HTML (gzip)', unit: 'bytes', limit: 150 * 1024, pages: 'story' },
  { id: 'embed-weight', label: 'Embed, all but fonts (gzip)', unit: 'bytes', limit: 35 * 1024, pages: 'embeds' },
  { id: 'map-geography', label: 'Map geography (gzip)', unit: 'bytes', limit: 50 * 1024, pages: 'with a map' },
  { id: 'lcp', label: 'Largest contentful paint', unit: 'ms', limit: 1500, pages: 'every page' },
  { id: 'cls', label: 'Cumulative layout shift', unit: 'score', limit: 0.01, pages: 'every page' },
  { id: 'timeline-lighter', label: 'Timeline embed vs TimelineJS, weight', unit: 'ratio', limit: 10, atLeast: true, pages: 'timeline' },
  { id: 'timeline-faster', label: 'Timeline embed vs TimelineJS, LCP', unit: 'ratio', limit: 2, atLeast: true, pages: 'timeline' },
];

/**
 * Checks the budgets against what was measured. `pages` are `{ path, kind, exists, weight?, lcp?, cls?,
 * geographyGz? }` (kind: 'story' | 'embed' | 'chart' | ...); `comparison` is `{ weightRatio, lcpRatio, path }`
 * or null. A page that does not exist is reported missing, not failed; a measurement that could not be
 * taken (null) fails, since a budget nobody can check is not kept.
 * Returns one verdict per budget and page: `{ id, label, page, value, limit, unit, atLeast, status }`, with
 * status 'pass' | 'fail' | 'missing'.
 */
export function checkBudgets(pages, comparison) {
  /** @type {Array<{ id: string, label: string, page: string, value: number | null, limit: number, unit: string, atLeast: boolean, status: 'pass' | 'fail' | 'missing', note?: string }>} */
  const verdicts = [];
  const budget = (id) => BUDGETS.find((b) => b.id === id);
  const verdict = (id, page, value, note) => {
    const b = budget(id);
    const ok = value !== null && value !== undefined && Number.isFinite(value) && (b.atLeast ? value >= b.limit : value <= b.limit);
    verdicts.push({ id, label: b.label, page, value: value ?? null, limit: b.limit, unit: b.unit, atLeast: Boolean(b.atLeast), status: ok ? 'pass' : 'fail', ...(note ? { note } : {}) });
  };
  const missing = (id, page, note) => {
    const b = budget(id);
    verdicts.push({ id, label: b.label, page, value: null, limit: b.limit, unit: b.unit, atLeast: Boolean(b.atLeast), status: 'missing', ...(note ? { note } : {}) });
  };

  // Budgets of pages left out of this run (--pages) are not reported; pages expected but not built are.
  const story = pages.find((p) => p.kind === 'story');
  if (story?.exists) {
    // Scripts inlined in the HTML are JavaScript the reader downloads too.
    verdict('story-js', story.path, story.weight ? story.weight.byKind.JS.gz + (story.weight.inlineJs?.gz ?? 0) : null);
    verdict('story-html', story.path, story.weight?.byKind.HTML.gz ?? null);
  } else if (story) {
    missing('story-js', story.path);
    missing('story-html', story.path);
  }

  for (const e of pages.filter((p) => p.kind === 'embed')) {
    if (e.exists) verdict('embed-weight', e.path, e.weight?.totalNoFonts.gz ?? null);
    else missing('embed-weight', e.path);
  }

  const maps = pages.filter((p) => p.exists && typeof p.geographyGz === 'number');
  for (const m of maps) verdict('map-geography', m.path, m.geographyGz);
  // The map's own page always draws it: no geography found there means the markup changed under the bench.
  const mapPage = pages.find((p) => p.exists && p.kind === 'chart' && p.path.includes('trafficking-routes'));
  if (maps.length === 0 && mapPage) verdict('map-geography', mapPage.path, null, 'no basemap paths found in the HTML: see GEOGRAPHY_CLASSES');

  for (const p of pages) {
    if (!p.exists) continue;
    verdict('lcp', p.path, p.lcp ?? null);
    verdict('cls', p.path, p.cls ?? null);
  }

  if (comparison && comparison.isEmbed) {
    verdict('timeline-lighter', comparison.path, comparison.weightRatio);
    verdict('timeline-faster', comparison.path, comparison.lcpRatio);
  } else if (comparison || pages.some((p) => p.path.includes('crackdown-timeline'))) {
    const note = comparison ? `compared with ${comparison.path} instead; checked once /embed/crackdown-timeline/ exists` : 'no timeline page to compare';
    missing('timeline-lighter', '/embed/crackdown-timeline/', note);
    missing('timeline-faster', '/embed/crackdown-timeline/', note);
  }
  return verdicts;
}

/**
 * What a page is, for the budgets: `story` (`/`), `embed` (`/embed/<id>/`, the page a host's iframe loads),
 * `embed-part` (a page under an embed, `/embed/<id>/data/`, that the embed fetches only when the reader asks
 * for it and links to without JavaScript: not part of the embed's first load, so not under its weight budget),
 * `chart` (`/charts/<id>/`) or `page`.
 * @param {string} path
 */
export function pageKind(path) {
  if (path === '/') return 'story';
  if (/^\/embed\/[^/]+\/$/.test(path)) return 'embed';
  if (path.startsWith('/embed/')) return 'embed-part';
  return /^\/charts\/[^/]+\/$/.test(path) ? 'chart' : 'page';
}

/** `12.3 KB` (1 KB = 1024 bytes), or `-` for null. */
export const kb = (n) => (n === null || n === undefined ? '-' : `${(n / 1024).toFixed(1)} KB`);
/** `1.23 s`, or `n/a` for null. */
export const sec = (ms) => (ms === null || ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(2)} s`);
/** A value in a budget's unit, for the table. */
export function formatValue(value, unit) {
  if (value === null || value === undefined) return '-';
  if (unit === 'bytes') return kb(value);
  if (unit === 'ms') return sec(value);
  if (unit === 'ratio') return `${value.toFixed(1)}x`;
  return value.toFixed(3);
}

/**
 * A plain-text table: `header` and `rows` are arrays of cells; columns listed in `right` are right-aligned
 * (numbers), the others left-aligned. Columns are separated by two spaces; a rule of dashes follows the header.
 * @param {ReadonlyArray<string>} header
 * @param {ReadonlyArray<ReadonlyArray<string>>} rows
 * @param {ReadonlyArray<number>} [right]
 */
export function formatTable(header, rows, right = []) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? '').length)));
  const line = (cells) =>
    cells
      .map((c, i) => (right.includes(i) ? String(c ?? '').padStart(widths[i]) : String(c ?? '').padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The budgets table, with a verdict column (ok / OVER / missing). */
export function formatBudgets(verdicts) {
  const rows = verdicts.map((v) => [
    v.label,
    v.page,
    formatValue(v.value, v.unit),
    `${v.atLeast ? '>=' : '<='} ${formatValue(v.limit, v.unit)}`,
    v.status === 'pass' ? 'ok' : v.status === 'fail' ? 'OVER' : 'missing',
    v.note ?? '',
  ]);
  return formatTable(['budget', 'page', 'measured', 'limit', 'verdict', 'note'], rows, [2]);
}

/**
 * How a figure grows with the data: `points` are `[{ factor, value }]` with factor 1 first. Returns the
 * growth over the base for each, and the exponent of the increase between the last two points
 * (`log(Δlast/Δprev) / log(factorlast/factorprev)` where Δ is the increase over factor 1): about 1 when the
 * figure grows linearly with the data, more when faster. Null where the increase is too small to say.
 * @param {ReadonlyArray<{ factor: number, value: number }>} points
 */
export function growth(points) {
  const base = points[0];
  const ratios = points.map((p) => ({ factor: p.factor, value: p.value, ratio: base.value ? p.value / base.value : null }));
  let exponent = null;
  if (points.length >= 3) {
    const a = points[points.length - 2];
    const b = points[points.length - 1];
    const da = a.value - base.value;
    const db = b.value - base.value;
    // Below ~2% of the base, the increase is noise (a build timer, a changed hash) and says nothing.
    if (da > Math.abs(base.value) * 0.02 && db > 0) exponent = Math.log(db / da) / Math.log((b.factor - base.factor) / (a.factor - base.factor));
  }
  return { points: ratios, exponent, superlinear: exponent !== null && exponent > 1.15 };
}

/**
 * The command-line options: `--runs N` (default 5), `--pages a,b` (substrings of paths to measure; the
 * TimelineJS comparison runs when a timeline page is among them), `--scale 10,100` or `--no-scale`,
 * `--no-build`, `--dist dir` (measure another built site; no build), `--json path`.
 * @param {ReadonlyArray<string>} argv
 */
export function parseArgs(argv) {
  const get = (name) => {
    const i = argv.indexOf(`--${name}`);
    if (i < 0) return undefined;
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new Error(`--${name} needs a value`);
    return v;
  };
  const runs = Number(get('runs') ?? 5);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number >= 1, not "${get('runs')}"`);
  const pages = get('pages')?.split(',').map((s) => s.trim()).filter(Boolean) ?? null;
  const scaleArg = get('scale');
  const scale = argv.includes('--no-scale') ? [] : (scaleArg ?? '10,100').split(',').map(Number);
  if (scale.some((f) => !Number.isInteger(f) || f < 2)) throw new Error(`--scale takes whole factors >= 2, e.g. 10,100`);
  const dist = get('dist') ?? null;
  return { runs, pages, scale, build: !argv.includes('--no-build') && dist === null, dist, json: get('json') ?? 'bench/results.json' };
}

/** Classes of the routes map's basemap paths (src/lib/routesMap.ts): the geography shipped in the HTML. */
export const GEOGRAPHY_CLASSES = ['rm-water', 'rm-land', 'rm-country', 'rm-borders'];

/**
 * The basemap geometry a page ships: every `<path>` whose class is one of GEOGRAPHY_CLASSES, and every path
 * such a `<use>` points at (a page that draws the map several times may keep each outline once in `<defs>`
 * and reuse it), as written in the HTML, each counted once; and those elements gzipped together on their own
 * (what they add to the gzipped page, near enough). Null when the page has none.
 * @param {string} html
 * @param {(text: string) => number} [gzipSize] bytes of `text` gzipped; node:zlib's gzip by default
 * @returns {{ raw: number, gz: number, paths: number } | null}
 */
export function geographyOf(html, gzipSize = defaultGzipSize) {
  const geoClass = new RegExp(`\\bclass="(?:${GEOGRAPHY_CLASSES.join('|')})(?:\\s[^"]*)?"`);
  const paths = [];
  const used = new Set();
  for (const [tag, name] of html.matchAll(/<(path|use)\b[^>]*>/g)) {
    if (!geoClass.test(tag)) continue;
    if (name === 'path') paths.push(tag);
    else {
      const ref = /\bhref="#([^"]+)"/.exec(tag)?.[1];
      if (ref) used.add(ref);
    }
  }
  if (used.size) {
    for (const [tag] of html.matchAll(/<path\b[^>]*>/g)) {
      const id = /\bid="([^"]+)"/.exec(tag)?.[1];
      if (id && used.has(id)) paths.push(tag);
    }
  }
  if (paths.length === 0) return null;
  const text = paths.join('');
  return { raw: Buffer.byteLength(text), gz: gzipSize(text), paths: paths.length };
}

function defaultGzipSize(text) {
  return gzipSync(text).length;
}

/**
 * Scripts written into the HTML (`<script>` without `src`, JSON data blocks aside): their count, and their
 * text raw and gzipped together. They are part of the HTML's bytes and also JavaScript the page runs.
 * @param {string} html
 * @param {(text: string) => number} [gzipSize]
 */
export function inlineScriptsOf(html, gzipSize = defaultGzipSize) {
  const bodies = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1];
    if (/\bsrc\s*=/.test(attrs) || /\btype\s*=\s*["']?application\/(ld\+)?json/i.test(attrs) || m[2].trim() === '') continue;
    bodies.push(m[2]);
  }
  const text = bodies.join('\n');
  return { count: bodies.length, raw: Buffer.byteLength(text), gz: bodies.length ? gzipSize(text) : 0 };
}
