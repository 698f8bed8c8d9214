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
  const words = tokensOf(corpus);
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test(/** @type {import('postcss').AtRule} */ (rule.parent).name)) return;
    const kept = rule.selectors.filter(
      (sel) => [...sel.matchAll(CLASS)].every((m) => words.has(m[1])) && [...sel.matchAll(ATTRIBUTE)].every((m) => words.has(m[1]) || words.has(datasetName(m[1]))),
    );
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
  const rest = root.toString();
  root.walkAtRules((at) => {
    if (at.name === 'font-face') {
      let family = '';
      at.walkDecls('font-family', (d) => {
        family = d.value.replace(/^["']|["']$/g, '');
      });
      const elsewhere = rest.split(family).length - 1 > 1 || corpus.includes(family);
      if (family && !elsewhere) at.remove();
    } else if (/keyframes$/i.test(at.name)) {
      if (!new RegExp(`animation(-name)?\\s*:[^;}]*\\b${at.params.trim()}\\b`).test(rest)) at.remove();
    }
  });
  // Empty rules and at-rules left behind (innermost first).
  for (let changed = true; changed; ) {
    changed = false;
    root.walk((node) => {
      if ((node.type === 'rule' || (node.type === 'atrule' && node.nodes)) && node.nodes.length === 0) {
        node.remove();
        changed = true;
      }
    });
  }
  return root.toString().trim();
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

/** The scripts a page loads: its module scripts and, transitively, the chunks they import. */
async function scriptsOf(html, dist) {
  const seen = new Map();
  const visit = async (path) => {
    if (seen.has(path)) return;
    const file = join(dist, path);
    if (!existsSync(file)) return;
    const text = await readFile(file, 'utf8');
    seen.set(path, text);
    // Static and dynamic imports; the bundler may quote a dynamic import's path with backticks.
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*["'`]\.\/([^"'`]+\.js)["'`]/g)) await visit(`/_astro/${m[1]}`);
  };
  for (const m of html.matchAll(/<script[^>]*\ssrc="(\/[^"]+)"/g)) await visit(m[1]);
  return [...seen.values()].join('\n');
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
          // The embed's own HTML, any fragment it may fetch (files beside it), and its scripts.
          const texts = [];
          for await (const f of filesIn(join(embeds, id))) if (/\.(html|svg)$/.test(f)) texts.push(await readFile(f, 'utf8'));
          const corpus = `${texts.join('\n')}\n${await scriptsOf(html, dist)}`;
          const sheets = new Map();
          for (const m of html.matchAll(/<link rel="stylesheet" href="(\/[^"]+)"/g)) sheets.set(m[1], await readFile(join(dist, m[1]), 'utf8'));
          await writeFile(page, trimPolicyHashes(inlineStylesheets(html, (href) => sheets.get(href) ?? '', corpus)));
          n += 1;
        }
        logger.info(`gave ${n} embed pages one stylesheet each, with only the CSS they use`);
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
