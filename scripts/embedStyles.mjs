/**
 * An Astro integration that gives each embed page (`dist/embed/<id>/index.html`) only the CSS it uses, inlined:
 * the stylesheets the page links are read, every rule whose selectors name a class or attribute that appears
 * nowhere in the embed's HTML (its page and the pages beside it that it fetches) or in the scripts it loads is
 * dropped, then custom properties nothing reads, unused @font-face and @keyframes, and the rest is written into
 * one `<style>` in place of the links, its hash added to the policy's `style-src`. An embed then paints after one
 * request instead of waiting for six stylesheets (a round trip on a slow phone network), and carries the rules
 * of its own chart rather than the site's. (`mergeStylesheets` writes the same CSS as one linked file instead.)
 * Every other page gets its stylesheets inlined whole, by `inlineStyles()` below.
 * The Nu HTML Checker's CSS module predates container queries: scripts/vnu.mjs lets exactly those messages by.
 *
 * Why by hand rather than PurgeCSS: the site has postcss already, the selectors here are plain classes, and the
 * rule kept is deliberately loose (a class kept when its name appears anywhere in the HTML or JS text, so classes
 * a script toggles, like `is-active`, stay). Only embeds are purged.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postcss from 'postcss';

const CLASS = /\.(-?[_a-zA-Z][\w-]*)/g;
/** Attribute names in a selector (`[data-astro-cid-x1]`, `[data-theme-label]`): each must appear in the page too. */
const ATTRIBUTE = /\[\s*([_a-zA-Z][\w-]*)/g;

/** A script sets `data-foo-bar` as `dataset.fooBar` (or `dataset['fooBar']`): that name counts too. */
const datasetName = (attr) => (attr.startsWith('data-') ? attr.slice(5).replace(/-([a-z])/g, (_m, c) => c.toUpperCase()) : attr);

/** Every word-like token in `text` (names of classes, custom properties, fonts may be among them). */
export function tokensOf(text) {
  return new Set(text.match(/-?[_a-zA-Z][\w-]*/g) ?? []);
}

/**
 * `css` with only what `corpus` (the HTML and JS text of the page) can use: rules whose every selector names a
 * class or attribute absent from the corpus go; then custom properties that no kept `var()` (or the corpus) reads; then
 * @font-face rules whose family no kept rule names and @keyframes no kept animation names; then empty at-rules.
 * @param {string} css
 * @param {string} corpus
 */
export function purgeCss(css, corpus) {
  return purgeRoot(postcss.parse(css), corpus).toString().trim();
}

/** Elements every page has, whether or not its markup names them. */
const ALWAYS_THERE = ['html', 'head', 'body', 'tbody'];

/** The element names `text` can make: tags in its markup (or in a script's strings) and `createElement('x')`. */
export function tagsOf(text) {
  const tags = new Set(ALWAYS_THERE);
  for (const m of text.matchAll(/<([a-zA-Z][\w-]*)/g)) tags.add(m[1].toLowerCase());
  for (const m of text.matchAll(/createElement(?:NS)?\(\s*(?:[^,)]*,\s*)?[`'"]([a-zA-Z][\w-]*)[`'"]/g)) tags.add(m[1].toLowerCase());
  return tags;
}

/**
 * The element names a selector requires (`table`, `th`, `.embed-chart svg`), leaving out what is inside a
 * functional pseudo-class (`:not(table)` requires nothing) and pseudo-elements.
 * @param {string} selector
 */
export function typesIn(selector) {
  let sel = selector.replace(/\[[^\]]*\]/g, '');
  for (let prev = ''; prev !== sel; ) {
    prev = sel;
    sel = sel.replace(/:{1,2}[\w-]+\([^()]*\)/g, '');
  }
  sel = sel.replace(/:{1,2}[\w-]+/g, '').replace(/[.#][\w-]+/g, '');
  return [...sel.matchAll(/(?:^|[\s>+~])([a-zA-Z][\w-]*)/g)].map((m) => m[1].toLowerCase());
}

/**
 * Whether `selector` can match something `words` (class and attribute names) and `tags` (elements) allow.
 * What is inside `:not()` requires nothing: `:not([data-enhanced])` matches the more surely when nothing sets it.
 */
function selectorUsed(rawSelector, words, tags) {
  let selector = rawSelector;
  for (let prev = ''; prev !== selector; ) {
    prev = selector;
    selector = selector.replace(/:not\([^()]*\)/g, '');
  }
  return (
    [...selector.matchAll(CLASS)].every((m) => words.has(m[1])) &&
    [...selector.matchAll(ATTRIBUTE)].every((m) => words.has(m[1]) || words.has(datasetName(m[1]))) &&
    typesIn(selector).every((t) => tags.has(t))
  );
}

/**
 * The code points a `unicode-range` covers, as [from, to] pairs (`U+0000-00FF`, `U+0131`, `U+4??`).
 * @param {string} value
 * @returns {[number, number][]}
 */
export function unicodeRanges(value) {
  return value.split(',').flatMap((part) => {
    const m = /^\s*U\+([0-9a-f?]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!m) return [];
    const from = parseInt(m[1].replace(/\?/g, '0'), 16);
    const to = m[2] ? parseInt(m[2], 16) : parseInt(m[1].replace(/\?/g, 'f'), 16);
    return [[from, to]];
  });
}

/** Whether a font face (its `unicode-range`, if any) covers a character of `chars`. */
function faceNeeded(at, chars) {
  let range = '';
  at.walkDecls('unicode-range', (d) => {
    range = d.value;
  });
  if (!range) return true;
  const ranges = unicodeRanges(range);
  for (const c of chars) if (ranges.some(([from, to]) => c >= from && c <= to)) return true;
  return false;
}

/** The distinct code points of `text`. */
const codePoints = (text) => new Set(Array.from(text, (ch) => /** @type {number} */ (ch.codePointAt(0))));

const inKeyframes = (rule) => rule.parent?.type === 'atrule' && /keyframes$/i.test(/** @type {import('postcss').AtRule} */ (rule.parent).name);

/**
 * `root` with only what `corpus` can use (see purgeCss).
 * @param {import('postcss').Root} root
 * @param {string} corpus
 */
function purgeRoot(root, corpus) {
  const words = tokensOf(corpus);
  const tags = tagsOf(corpus);
  // Text a style sheet puts on the page itself (`content: '▸ '`) needs a face as much as the page's own.
  const chars = codePoints(corpus + root.toString());
  root.walkRules((rule) => {
    if (inKeyframes(rule)) return;
    const kept = rule.selectors.filter((sel) => selectorUsed(sel, words, tags));
    if (kept.length === 0) rule.remove();
    else if (kept.length !== rule.selectors.length) rule.selectors = kept;
  });
  // Custom properties: drop definitions nothing reads, until none is left to drop (one may read another).
  for (let changed = true; changed; ) {
    changed = false;
    const text = root.toString();
    const read = new Set([...text.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]));
    for (const m of corpus.matchAll(/(--[\w-]+)/g)) read.add(m[1]);
    root.walkDecls((decl) => {
      if (decl.prop.startsWith('--') && !read.has(decl.prop)) {
        decl.remove();
        changed = true;
      }
    });
  }
  // What names a font family is every rule but the font faces themselves (a family has several faces).
  const faces = [];
  root.walkAtRules('font-face', (at) => {
    faces.push(at);
  });
  const outsideFaces = root.clone();
  outsideFaces.walkAtRules('font-face', (at) => {
    at.remove();
  });
  const rest = outsideFaces.toString();
  for (const at of faces) {
    let family = '';
    at.walkDecls('font-family', (d) => {
      family = d.value.replace(/^["']|["']$/g, '');
    });
    if (family && !(rest.includes(family) || corpus.includes(family))) at.remove();
    else if (!faceNeeded(at, chars)) at.remove();
  }
  root.walkAtRules((at) => {
    if (/keyframes$/i.test(at.name)) {
      if (!new RegExp(`animation(-name)?\\s*:[^;}]*\\b${at.params.trim()}\\b`).test(rest)) at.remove();
    }
  });
  return dropEmpty(root);
}

/**
 * `tree` without the rules and at-rules a purge left empty (innermost first).
 * @template {import('postcss').Root} T
 * @param {T} tree
 */
function dropEmpty(tree) {
  for (let changed = true; changed; ) {
    changed = false;
    tree.walk((node) => {
      if ((node.type === 'rule' || (node.type === 'atrule' && node.nodes)) && node.nodes.length === 0) {
        node.remove();
        changed = true;
      }
    });
  }
  return tree;
}

/**
 * `css` split by when the page needs it: `now`, what the page and the scripts it runs at load can use (inlined in
 * the page), and `later`, what only the fragments and scripts it fetches on demand can use (a stylesheet the page
 * loads with them: see stylesOnDemand.client.ts). Together they are `purgeCss(css, now + later)`; custom
 * properties and keyframes stay in `now`, where both parts can read them, and a font face goes `later` only when
 * no character of `now` needs it.
 * @param {string} css
 * @param {string} nowCorpus the page's HTML, the scripts it runs at load, drawings it fetches at load
 * @param {string} laterCorpus the fragments and scripts it fetches on demand
 * @returns {{ now: string, later: string }}
 */
export function splitCss(css, nowCorpus, laterCorpus) {
  const root = purgeRoot(postcss.parse(css), `${nowCorpus}\n${laterCorpus}`);
  const later = postcss.root();
  const words = tokensOf(nowCorpus);
  const tags = tagsOf(nowCorpus);
  const chars = codePoints(nowCorpus + root.toString());
  // The copy in `later` of each at-rule a moved rule sits in, made once, in order.
  const copies = new Map();
  /** @returns {import('postcss').Container} */
  const laterParent = (parent) => {
    if (!parent || parent.type === 'root') return later;
    let copy = copies.get(parent);
    if (!copy) {
      copy = parent.clone({ nodes: [] });
      laterParent(parent.parent).append(copy);
      copies.set(parent, copy);
    }
    return copy;
  };
  const moves = [];
  root.walkRules((rule) => {
    if (inKeyframes(rule)) return;
    const now = rule.selectors.filter((sel) => selectorUsed(sel, words, tags));
    if (now.length === rule.selectors.length) return;
    moves.push({ rule, now });
  });
  root.walkAtRules('font-face', (at) => {
    if (!faceNeeded(at, chars)) moves.push({ rule: at, now: [] });
  });
  for (const { rule, now } of moves) {
    const target = laterParent(rule.parent);
    if (now.length === 0) {
      target.append(rule.clone());
      rule.remove();
    } else {
      const rest = rule.clone();
      rest.selectors = rule.selectors.filter((sel) => !now.includes(sel));
      target.append(rest);
      rule.selectors = now;
    }
  }
  // Custom properties only `later` reads go with it, in a rule of the same selector (`:root`).
  const reads = (text) => [...text.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]);
  const definitions = new Map();
  const nowReads = new Set(nowCorpus.match(/--[\w-]+/g) ?? []);
  root.walkDecls((decl) => {
    if (decl.prop.startsWith('--')) definitions.set(decl.prop, [...(definitions.get(decl.prop) ?? []), decl]);
    else for (const v of reads(decl.value)) nowReads.add(v);
  });
  for (let grown = true; grown; ) {
    grown = false;
    for (const [prop, decls] of definitions) {
      if (!nowReads.has(prop)) continue;
      for (const d of decls) for (const v of reads(d.value)) if (!nowReads.has(v)) grown = nowReads.add(v) !== null;
    }
  }
  for (const [prop, decls] of definitions) {
    if (nowReads.has(prop)) continue;
    for (const decl of decls) {
      const rule = /** @type {import('postcss').Rule} */ (decl.parent);
      const target = laterParent(rule.parent);
      const last = target.last;
      const into = last?.type === 'rule' && last.selector === rule.selector ? last : target.append(rule.clone({ nodes: [] })).last;
      /** @type {import('postcss').Rule} */ (into).append(decl.clone());
      decl.remove();
    }
  }
  return { now: dropEmpty(root).toString().trim(), later: dropEmpty(later).toString().trim() };
}

/** The name of an embed's stylesheet: its id and a hash of its text, so a changed sheet gets a new name. */
export const styleFileName = (id, css) => `embed-${id}.${createHash('sha256').update(css).digest('hex').slice(0, 10)}.css`;

/**
 * `html` with its linked stylesheets (`<link rel="stylesheet" href="/...">`) replaced by one link, where the
 * first was, to `href`; returns the page and the purged CSS to write there.
 * @param {string} html
 * @param {(href: string) => string} readCss the text of a stylesheet by its `href`
 * @param {string} corpus the page's HTML and JS text (and any fragment the page may load)
 * @param {(css: string) => string} hrefFor where the purged sheet will be served from
 */
export function mergeStylesheets(html, readCss, corpus, hrefFor) {
  const LINK = /<link rel="stylesheet" href="([^"]+)"[^>]*>/g;
  const hrefs = [...html.matchAll(LINK)].map((m) => m[1]);
  if (hrefs.length === 0) return { html, css: '' };
  const css = purgeCss(hrefs.map(readCss).join('\n'), corpus);
  const href = hrefFor(css);
  let first = true;
  const out = html.replace(LINK, () => {
    if (!first) return '';
    first = false;
    return `<link rel="stylesheet" href="${href}">`;
  });
  return { html: out, css };
}

const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/**
 * `html` with its linked stylesheets (`<link rel="stylesheet" href="/...">`) replaced by one `<style>` of their
 * purged CSS, where the first link was, and that style's hash added to `style-src` in the policy's meta.
 * @param {string} html
 * @param {(href: string) => string} readCss the text of a stylesheet by its `href`
 * @param {string | null} corpus the page's HTML and JS text (and any fragment the page may load), whose
 *   names decide which rules stay; `null` keeps every rule (a page of the site rather than an embed)
 */
export function inlineStylesheets(html, readCss, corpus) {
  const LINK = /<link rel="stylesheet" href="([^"]+)"[^>]*>/g;
  const hrefs = [...html.matchAll(LINK)].map((m) => m[1]);
  if (hrefs.length === 0) return html;
  const joined = hrefs.map(readCss).join('\n');
  const css = corpus === null ? joined : purgeCss(joined, corpus);
  let first = true;
  const out = html.replace(LINK, () => {
    if (!first) return '';
    first = false;
    return `<style>${css}</style>`;
  });
  const hash = `'${sha256(css)}'`;
  if (!/<meta http-equiv="content-security-policy" content="[^"]*style-src /i.test(out)) throw new Error('embedStyles: the page has no style-src in its policy to add the inline style to');
  return out.replace(/(<meta http-equiv="content-security-policy" content="[^"]*?style-src )([^;"]*)/i, (_m, before, list) => `${before}${list} ${hash}`);
}

async function* filesIn(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesIn(full);
    else yield full;
  }
}

/**
 * `html` with its policy's `script-src` and `style-src` keeping only the hashes of the inline scripts and
 * styles this page has (Astro lists every inline script's hash of the whole site on every page: about 0.5 KB
 * gzipped of incompressible hashes in an embed's head). Sources other than hashes are kept as they are.
 * @param {string} html
 */
export function trimPolicyHashes(html) {
  const inline = new Set();
  for (const m of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)) inline.add(`'${sha256(m[1])}'`);
  for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)) inline.add(`'${sha256(m[1])}'`);
  return html.replace(/(<meta http-equiv="content-security-policy" content=")([^"]*)/i, (_m, before, policy) =>
    before +
    policy.replace(/((?:script|style)-src )([^;"]*)/g, (_d, name, list) =>
      name + list.split(/\s+/).filter((v) => v && (!/^'sha(256|384|512)-/.test(v) || inline.has(v))).join(' ')),
  );
}

/**
 * The scripts a page runs: `now`, its module scripts and, transitively, the chunks they import statically;
 * `later`, what those import on demand (a dynamic `import()`, or a script named by its address, as the timeline
 * embed's interactive code is), with their own imports.
 * @returns {Promise<{ now: string, later: string }>}
 */
async function scriptsOf(html, dist) {
  const texts = new Map();
  const read = async (path) => {
    if (!texts.has(path)) {
      const file = join(dist, path);
      texts.set(path, existsSync(file) ? await readFile(file, 'utf8') : '');
    }
    return /** @type {string} */ (texts.get(path));
  };
  const now = new Set();
  const later = new Set();
  const visit = async (path, set) => {
    if (now.has(path) || set.has(path)) return;
    const text = await read(path);
    if (!text) return;
    set.add(path);
    for (const m of text.matchAll(/(?:from|import)\s*["'`]\.\/([^"'`]+\.js)["'`]/g)) await visit(`/_astro/${m[1]}`, set);
    // On demand: `import("./x.js")` (the bundler may quote it with backticks) or a script's address.
    for (const m of text.matchAll(/import\s*\(\s*["'`]\.\/([^"'`]+\.js)["'`]|["'`](?:\/_astro\/)([^"'`/]+\.js)["'`]/g)) await visit(`/_astro/${m[1] ?? m[2]}`, later);
  };
  for (const m of html.matchAll(/<script[^>]*\ssrc="(\/[^"]+)"/g)) await visit(m[1], now);
  for (const path of now) later.delete(path);
  const join_ = (set) => [...set].map((p) => texts.get(p)).join('\n');
  return { now: join_(now), later: join_(later) };
}

/**
 * An embed page with one `<style>` of what it uses at once, where its first style or stylesheet was, and the
 * address of a stylesheet of what it uses later (`data-styles-later` on `<html>`: what its fragments and the
 * scripts it loads on demand use; stylesOnDemand.client.ts loads it with them). Every stylesheet the page links
 * and every `<style>` in its head (the font faces Astro's Fonts API writes) go in, in their order; the policy's
 * hashes are those of the page's own inline scripts and style.
 * @param {string} html
 * @param {(href: string) => string} readCss the text of a stylesheet by its `href`
 * @param {{ now: string, later: string }} corpus what the page uses at load, and on demand
 * @param {(css: string) => string} laterHref where the stylesheet of what is used later will be served from
 * @returns {{ html: string, later: string }}
 */
export function embedPageStyles(html, readCss, corpus, laterHref) {
  const head = html.slice(0, html.indexOf('</head>'));
  const STYLE = /<link rel="stylesheet" href="([^"]+)"[^>]*>|<style[^>]*>([\s\S]*?)<\/style>/g;
  const parts = [...head.matchAll(STYLE)].map((m) => (m[1] !== undefined ? readCss(m[1]) : m[2]));
  if (parts.length === 0) return { html, later: '' };
  const { now, later } = splitCss(parts.join('\n'), corpus.now, corpus.later);
  let first = true;
  let out =
    head.replace(STYLE, () => {
      if (!first) return '';
      first = false;
      return `<style>${now}</style>`;
    }) + html.slice(head.length);
  if (later) out = out.replace(/<html\b/, `<html data-styles-later="${laterHref(later)}"`);
  if (!/<meta http-equiv="content-security-policy" content="[^"]*style-src /i.test(out)) throw new Error('embedStyles: the page has no style-src in its policy to add the inline style to');
  const hash = `'${sha256(now)}'`;
  out = out.replace(/(<meta http-equiv="content-security-policy" content="[^"]*?style-src )([^;"]*)/i, (_m, before, list) => `${before}${list} ${hash}`);
  return { html: trimPolicyHashes(out), later };
}

/** @returns {import('astro').AstroIntegration} */
export default function embedStyles() {
  return {
    name: 'embed-styles',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const embeds = join(dist, 'embed');
        if (!existsSync(embeds)) return;
        let n = 0;
        for (const id of await readdir(embeds)) {
          const page = join(embeds, id, 'index.html');
          if (!existsSync(page)) continue;
          const html = await readFile(page, 'utf8');
          // At load: the page, its scripts, and the drawings beside it it fetches for a wider screen. On
          // demand: the fragments beside it (pages it takes a table, a list or tooltips from) and scripts it imports then.
          const drawings = [];
          const fragments = [];
          for await (const f of filesIn(join(embeds, id))) {
            if (f === page) continue;
            if (f.endsWith('.svg')) drawings.push(await readFile(f, 'utf8'));
            else if (f.endsWith('.html')) fragments.push(await readFile(f, 'utf8'));
          }
          const scripts = await scriptsOf(html, dist);
          const corpus = { now: [html, ...drawings, scripts.now].join('\n'), later: [...fragments, scripts.later].join('\n') };
          const sheets = new Map();
          for (const m of html.matchAll(/<link rel="stylesheet" href="(\/[^"]+)"/g)) sheets.set(m[1], await readFile(join(dist, m[1]), 'utf8'));
          const laterFiles = [];
          const out = embedPageStyles(html, (href) => sheets.get(href) ?? '', corpus, (css) => {
            const name = styleFileName(`${id}-later`, css);
            laterFiles.push({ name, css });
            return `/_astro/${name}`;
          });
          for (const { name, css } of laterFiles) await writeFile(join(dist, '_astro', name), css);
          await writeFile(page, out.html);
          n += 1;
        }
        logger.info(`gave ${n} embed pages one style each of what they use at once, and a stylesheet of what they use later`);
      },
    },
  };
}

/**
 * An Astro integration, after `embedStyles()`, that inlines every other page's stylesheets into one `<style>`
 * (hashed into its policy). Under Lighthouse's slow-4G profile a linked stylesheet is one more round trip
 * (about 560 ms) before the first paint: measured on /charts/, LCP 1.55 s linked against 0.99 s inlined, and
 * on the story 2.73 s against 1.31 s. The price is CSS that a second page does not take from the cache (3 to 10
 * KB gz a page). Astro's own `build.inlineStylesheets: 'always'` would do the same, but also inline the embeds'
 * sheets before `embedStyles()` could purge them, so the pass is here, where both are in one place.
 * @returns {import('astro').AstroIntegration}
 */
export function inlineStyles() {
  return {
    name: 'inline-styles',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        let n = 0;
        for await (const page of filesIn(dist)) {
          if (!page.endsWith('.html')) continue;
          const html = await readFile(page, 'utf8');
          const sheets = new Map();
          for (const m of html.matchAll(/<link rel="stylesheet" href="(\/[^"]+)"/g)) sheets.set(m[1], await readFile(join(dist, m[1]), 'utf8'));
          if (sheets.size === 0) continue;
          await writeFile(page, inlineStylesheets(html, (href) => sheets.get(href) ?? '', null));
          n += 1;
        }
        logger.info(`inlined the stylesheets of ${n} pages`);
      },
    },
  };
}
