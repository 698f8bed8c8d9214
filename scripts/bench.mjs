/**
 * `npm run bench`: the site's performance figures, its budgets, a side-by-side with TimelineJS and a scale
 * test, in one run. Not part of `npm test` (its figures depend on the machine); its pure pieces are tested in
 * tests/unit/benchReport.test.ts.
 *
 *   node scripts/bench.mjs [--runs 5] [--pages /,embed,timeline] [--scale 10,100 | --no-scale] [--no-build]
 *                          [--dist other/dist] [--json bench/results.json]
 *
 * `--pages` takes paths (`/`, `/charts/`: that page only) or words (`embed`: every page whose path has it).
 *
 * 1. Builds the site (`astro build`, timed) unless --no-build, and serves dist/ gzipped as a static host
 *    would (scripts/serveDist.mjs), on a free port.
 * 2. Weighs every page found in dist/ (and lists the expected ones that are missing): each request the page
 *    makes when loaded on a 412x823 phone, by kind (HTML, CSS, JS, fonts, data, images), raw and as gzipped
 *    on the wire, and the number of requests. Where a page draws the routes map, the basemap's geometry
 *    (land, countries, borders, water paths inlined in the HTML) gzipped on its own.
 * 3. Loads each page `runs` times, cold, with Lighthouse (the npm package, driving the installed Chromium
 *    through chrome-launcher: no browser download) in its mobile profile with DevTools throttling (Slow 4G:
 *    562.5 ms request latency, 1.47 Mbps down, 675 kbps up; 4x CPU; 412x823 at 1.75x), and reports the
 *    medians of FCP, LCP, CLS and TBT. Pages are interleaved run by run so load on the machine spreads evenly.
 * 4. On `/`, when the story has steps (`[data-step]`), scrolls to each and times the step's graphic update:
 *    from the scroll to the frame after a chart's `data-state` changes (or it receives `chart:state`), at 4x
 *    CPU. "n/a" with the reason when the page has no steps or no step changes a chart.
 * 5. Lays out TimelineJS (@knight-lab/timelinejs from node_modules, nothing from the network) with the events
 *    of data/events.json, measures it the same way in the same rounds, and compares it with
 *    /embed/crackdown-timeline/ (or /charts/crackdown-timeline/ until the embed exists, and says so).
 * 6. Scale: copies the data with events and counts multiplied (10x and 100x by default) into a temporary
 *    folder, builds each copy (STORY_DATA_DIR, so the loader validates it like the real data) into its own
 *    folder, and reports build time and page weight against a 1x build made the same way.
 * 7. Checks the budgets, prints the tables, writes bench/results.json, and exits 1 when a budget is broken
 *    (pages that do not exist yet are listed as missing, not failed).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import {
  checkBudgets,
  formatBudgets,
  formatTable,
  geographyOf,
  inlineScriptsOf,
  growth,
  kb,
  kindOf,
  median,
  pageKind,
  parseArgs,
  sec,
  sumWeights,
} from './benchReport.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { scaleStoryData } from './scaleStoryData.mjs';
import { serveDist } from './serveDist.mjs';
import { timelinejsPage } from './timelinejsPage.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TIMELINE_ID = 'crackdown-timeline';
const TIMELINEJS_PATH = '/timelinejs-bench/';
/** Story steps timed per run (scroll to graphic update). */
const STEPS_TIMED = 8;

/** Lighthouse's mobile phone, as Lighthouse defines it; used for Playwright's loads too. */
const PHONE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
  userAgent:
    'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
};

/**
 * Lighthouse settings: its mobile defaults, DevTools throttling, and only the audits reported. (Lighthouse
 * 12's LCP-element audit fails on this Chromium's traces, so the LCP element is taken from the weighing load.)
 */
const LIGHTHOUSE_CONFIG = {
  extends: 'lighthouse:default',
  settings: {
    formFactor: 'mobile',
    throttlingMethod: 'devtools',
    onlyAudits: [
      'first-contentful-paint',
      'largest-contentful-paint',
      'cumulative-layout-shift',
      'total-blocking-time',
      'network-requests',
    ],
    disableFullPageScreenshot: true,
    // Lighthouse gives up on a page that has not painted in 30 s; on a busy machine at 4x CPU, TimelineJS
    // can take longer, and a run without figures tells nothing.
    maxWaitForFcp: 90_000,
    maxWaitForLoad: 120_000,
  },
};

const log = (...a) => console.log(...a);

/** Runs a command, returns its exit status and wall time in ms. */
function timed(cmd, args, opts = {}) {
  const t = performance.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', ...opts });
  return { status: r.status ?? 1, ms: performance.now() - t, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

/** `astro build`, into `outDir` with the data of `dataDir` when given. Throws with the build's output on failure. */
function build({ outDir, dataDir } = {}) {
  const env = { ...process.env, ...(dataDir ? { STORY_DATA_DIR: dataDir } : {}) };
  const args = ['astro', 'build', ...(outDir ? ['--outDir', outDir] : [])];
  const r = timed('npx', args, { env });
  if (r.status !== 0) throw new Error(`astro build failed${dataDir ? ` (data from ${dataDir})` : ''}:\n${r.output.slice(-4000)}`);
  return r.ms;
}

/** The pages in `dist` as URL paths (`/charts/`), from their index.html files. */
function pagesIn(dist) {
  const found = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== '_astro') walk(full);
      } else if (name === 'index.html') {
        const rel = relative(dist, dirname(full)).split(sep).join('/');
        found.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(dist);
  return found;
}

/** Chart ids: folders of src/pages/charts and of dist/charts. */
function chartIds(dist) {
  const ids = new Set();
  for (const dir of [join(ROOT, 'src/pages/charts'), join(dist, 'charts')]) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) if (statSync(join(dir, name)).isDirectory() && !name.startsWith('[')) ids.add(name);
  }
  return [...ids].sort();
}


/** Whether `path` is selected by `--pages` (an item ending in `/` is an exact path, others a substring). */
const selected = (filters, path) => !filters || filters.some((f) => (f.endsWith('/') ? path === f : path.includes(f)));

/** The file a static host serves for `pathname` under `root` (`/a/` -> `a/index.html`), or null. */
function fileFor(root, pathname) {
  const file = join(root, decodeURIComponent(pathname), pathname.endsWith('/') ? 'index.html' : '');
  return file.startsWith(root) && existsSync(file) && statSync(file).isFile() ? file : null;
}

/**
 * One load of `url` (served from the folder `root`) on the phone, unthrottled: every request with its bytes
 * (raw: the file's size; gz: the body as sent, gzipped by the server where it compresses), the document's
 * HTML, the LCP element, and requests that would have left the machine (blocked).
 */
async function weigh(browser, url, root) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const requests = [];
  const pending = [];
  const onFinished = (request) => {
    pending.push(
      (async () => {
        const response = await request.response();
        const sizes = await request.sizes();
        const u = new URL(request.url());
        const file = u.origin === origin ? fileFor(root, u.pathname) : null;
        // Files are read from disk: large bodies may be gone from the browser's inspector cache.
        const raw = file ? statSync(file).size : response ? (await response.body().catch(() => Buffer.alloc(0))).length : 0;
        requests.push({
          url: request.url(),
          type: request.resourceType(),
          kind: kindOf(request.resourceType(), request.url()),
          status: response?.status() ?? 0,
          raw,
          gz: sizes.responseBodySize,
        });
      })().catch((error) => console.warn(`  could not weigh ${request.url()}: ${error.message}`)),
    );
  };
  page.on('requestfinished', onFinished);
  const offsite = [];
  await page.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.protocol === 'data:' || u.protocol === 'blob:' || u.hostname === '127.0.0.1') return route.continue();
    offsite.push(route.request().url());
    return route.abort();
  });
  await page.addInitScript(() => {
    const w = /** @type {any} */ (window);
    w.__lcpElement = null;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const el = /** @type {any} */ (entry).element;
        if (!el) continue;
        const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}` : '';
        w.__lcpElement = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}`;
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load', timeout: 300_000 });
  await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => {});
  const lcpElement = await page.evaluate(() => /** @type {any} */ (window).__lcpElement);
  page.off('requestfinished', onFinished);
  await Promise.all(pending);
  await context.close();
  const doc = fileFor(root, new URL(url).pathname);
  const html = doc ? readFileSync(doc, 'utf8') : '';
  return { requests, html, offsite, lcpElement };
}

/** Distinct timeline events a page renders: our chart's `[data-event]`s, or TimelineJS's event slides. */
async function countEvents(browser, url) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  let n = 0;
  if (url.includes(TIMELINEJS_PATH)) {
    await page.waitForSelector('.tl-slide', { timeout: 30_000 }).catch(() => {});
    n = await page.evaluate(() => document.querySelectorAll('.tl-slide:not(.tl-slide-titleslide)').length);
  } else {
    n = await page.evaluate((id) => {
      const root = document.querySelector(`[data-chart="${id}"]`) ?? document;
      return new Set([...root.querySelectorAll('[data-event]')].map((el) => el.getAttribute('data-event'))).size;
    }, TIMELINE_ID);
  }
  await context.close();
  return n;
}

/**
 * On the story page: for each step, the time from a scroll that brings it to the middle of the screen to the
 * frame after a chart's state changes, at 4x CPU. Returns `{ times, steps, note }`.
 */
async function scrollToUpdate(browser, url, runs) {
  const times = [];
  let steps = 0;
  let note = '';
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => {});
    steps = await page.locator('[data-step]').count();
    if (steps === 0) {
      note = 'no [data-step] on the page yet';
      await context.close();
      break;
    }
    if ((await page.locator('[data-chart]').count()) === 0) {
      note = 'steps but no [data-chart] on the page';
      await context.close();
      break;
    }
    // Let the page's own scroll handlers (scrollama) settle on the first step.
    await page.waitForTimeout(500);
    for (const i of await stepsToTime(page)) {
      const ms = await page.evaluate(
        ({ i }) =>
          new Promise((done) => {
            const step = document.querySelectorAll('[data-step]')[i];
            const charts = [...document.querySelectorAll('[data-chart]')];
            let finished = false;
            const stop = (value) => {
              if (finished) return;
              finished = true;
              observer.disconnect();
              for (const c of charts) c.removeEventListener('chart:state', onState);
              done(value);
            };
            let t0 = 0;
            const changed = () => requestAnimationFrame(() => setTimeout(() => stop(performance.now() - t0), 0));
            const onState = () => changed();
            // A graphic update: a chart's state changes, or the graphic shows another chart. Steps and the
            // stills inside them are not the graphic.
            const observer = new MutationObserver((records) => {
              if (records.some((r) => !(/** @type {Element} */ (r.target).closest('[data-step]')))) changed();
            });
            observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-state', 'hidden', 'data-chart', 'data-active-chart'] });
            for (const c of charts) c.addEventListener('chart:state', onState);
            const rect = step.getBoundingClientRect();
            t0 = performance.now();
            window.scrollTo({ top: window.scrollY + rect.top + rect.height / 2 - innerHeight / 2, behavior: 'instant' });
            setTimeout(() => stop(null), 2000);
          }),
        { i },
      );
      if (ms !== null) times.push(ms);
    }
    await context.close();
  }
  if (steps > 0 && times.length === 0 && !note) note = `${steps} steps, but scrolling to them changed no chart's state`;
  return { times, steps, note };
}

/**
 * Which steps to time, by index: those that ask for a different chart state from the step before (a step
 * names its chart and state in `data-step-chart`/`data-step-state`; without them, every step), at most STEPS_TIMED,
 * spread along the story.
 */
async function stepsToTime(page) {
  const asks = await page.evaluate(() =>
    [...document.querySelectorAll('[data-step]')].map((s) => (s.hasAttribute('data-step-state') ? `${s.getAttribute('data-step-chart')}|${s.getAttribute('data-step-state')}` : null)),
  );
  const changing = asks.map((a, i) => i).filter((i) => i > 0 && (asks[i] === null || asks[i] !== asks[i - 1]));
  if (changing.length <= STEPS_TIMED) return changing;
  return Array.from({ length: STEPS_TIMED }, (_, k) => changing[Math.floor((k * changing.length) / STEPS_TIMED)]);
}

/** One Lighthouse run; the figures it reports. */
async function lighthouseRun(port, url) {
  const result = await lighthouse(url, { port, logLevel: 'error', output: 'json' }, LIGHTHOUSE_CONFIG);
  const lhr = result?.lhr;
  if (!lhr) return { error: 'no result' };
  const a = lhr.audits;
  const value = (id) => (typeof a[id]?.numericValue === 'number' ? a[id].numericValue : null);
  const network = a['network-requests']?.details?.items ?? [];
  return {
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    cls: value('cumulative-layout-shift'),
    tbt: value('total-blocking-time'),
    requests: network.length,
    transferred: network.reduce((t, r) => t + (r.transferSize ?? 0), 0),
    ...(lhr.runtimeError ? { error: lhr.runtimeError.message } : {}),
    ...(lhr.runWarnings?.length ? { warnings: lhr.runWarnings } : {}),
  };
}

/** The machine the figures come from. */
function machine() {
  const cpu = /model name\s*:\s*(.+)/.exec(existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1] ?? cpus()[0]?.model ?? 'unknown';
  const chromiumVersion = spawnSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? 'unknown';
  const version = (pkg) => JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  return {
    nproc: cpus().length,
    cpu: cpu.trim(),
    chromium: chromiumVersion,
    node: process.version,
    lighthouse: version('lighthouse'),
    timelinejs: version('@knight-lab/timelinejs'),
    loadAverage: loadavg().map((x) => Number(x.toFixed(2))),
  };
}

/** Writes the TimelineJS page into a temporary site whose `timelinejs/` is the package's dist/. */
function timelinejsSite() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-timelinejs-'));
  const events = JSON.parse(readFileSync(join(ROOT, 'data/events.json'), 'utf8'));
  mkdirSync(join(dir, TIMELINEJS_PATH));
  writeFileSync(join(dir, TIMELINEJS_PATH, 'index.html'), timelinejsPage(events, '/timelinejs/'));
  symlinkSync(join(ROOT, 'node_modules/@knight-lab/timelinejs/dist'), join(dir, 'timelinejs'), 'dir');
  return { dir, events: events.length };
}

/** Weight of a page, in the form the report and budgets use. */
function pageWeight(w) {
  return { ...sumWeights(w.requests), inlineJs: inlineScriptsOf(w.html), geography: geographyOf(w.html), lcpElement: w.lcpElement };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const dist = opts.dist ? resolve(opts.dist) : join(ROOT, 'dist');
  const results = { date: new Date().toISOString(), machine: machine(), runs: opts.runs, options: opts };

  if (opts.build) {
    log('Building the site (astro build)...');
    results.buildMs = build();
    log(`  built in ${sec(results.buildMs)}`);
  }
  if (!existsSync(join(dist, 'index.html'))) {
    console.error('dist/ is missing: build the site first (npm run build), or run without --no-build.');
    process.exit(2);
  }

  // Pages: those built, and those the site should have, so the missing ones are visible.
  const built = pagesIn(dist).filter((p) => p !== '/404/');
  const ids = chartIds(dist);
  const expected = ['/', '/charts/', ...ids.map((id) => `/charts/${id}/`), ...ids.map((id) => `/embed/${id}/`), '/present/', '/teach/', '/teach/handout/', '/data/'];
  const all = [...new Set([...expected, ...built])].filter((p) => selected(opts.pages, p));
  const pages = all.map((path) => ({ path, kind: pageKind(path), exists: built.includes(path) }));
  const present = pages.filter((p) => p.exists);
  const missing = pages.filter((p) => !p.exists).map((p) => p.path);

  const embedPath = `/embed/${TIMELINE_ID}/`;
  const chartPath = `/charts/${TIMELINE_ID}/`;
  const ours = built.includes(embedPath) ? embedPath : built.includes(chartPath) ? chartPath : null;
  const compare = ours !== null && selected(opts.pages, ours) ? ours : null;

  const server = await serveDist(dist, 0, { gzip: true });
  const tl = compare ? timelinejsSite() : null;
  const tlServer = tl ? await serveDist(tl.dir, 0, { gzip: true }) : null;
  const urlOf = (path) => (path === TIMELINEJS_PATH ? tlServer.url : server.url) + path;
  const targets = [...present.map((p) => p.path), ...(tl ? [TIMELINEJS_PATH] : [])];

  try {
    // Weights, events shown and the story's scroll, in Playwright (unthrottled: bytes do not depend on speed).
    log(`Weighing ${targets.length} page(s)...`);
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const weights = {};
    const offsite = {};
    try {
      for (const path of targets) {
        const w = await weigh(browser, urlOf(path), path === TIMELINEJS_PATH ? tl.dir : dist);
        weights[path] = pageWeight(w);
        weights[path].requestList = w.requests.map(({ url, kind, raw, gz, status }) => ({ url: url.replace(/^http:\/\/127\.0\.0\.1:\d+/, ''), kind, raw, gz, status }));
        if (w.offsite.length) offsite[path] = w.offsite;
      }
      if (compare) {
        results.eventsShown = { [compare]: await countEvents(browser, urlOf(compare)), TimelineJS: await countEvents(browser, urlOf(TIMELINEJS_PATH)), inData: tl.events };
      }
      if (present.some((p) => p.path === '/')) {
        log('Timing the story: scroll to graphic update...');
        results.scroll = await scrollToUpdate(browser, urlOf('/'), opts.runs);
      }
    } finally {
      await browser.close();
    }

    // Lighthouse, interleaved: run 1 of every page, then run 2, ...
    log(`Lighthouse (mobile, DevTools throttling): ${opts.runs} cold run(s) of ${targets.length} page(s)...`);
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: [...CHROMIUM_ARGS, '--headless=new'], logLevel: 'silent' });
    const runs = Object.fromEntries(targets.map((p) => [p, []]));
    try {
      for (let run = 0; run < opts.runs; run++) {
        for (const path of targets) {
          const t = performance.now();
          const r = await lighthouseRun(chrome.port, urlOf(path)).catch((e) => ({ error: String(e?.message ?? e) }));
          runs[path].push(r);
          log(`  run ${run + 1}/${opts.runs} ${path.padEnd(34)} LCP ${sec(r.lcp ?? null).padStart(7)}  CLS ${r.cls?.toFixed(3) ?? '-'}  (${sec(performance.now() - t)})${r.error ? `  error: ${r.error}` : ''}`);
        }
      }
    } finally {
      chrome.kill();
    }

    const metrics = (path) => {
      const rs = runs[path];
      return {
        fcp: median(rs.map((r) => r.fcp)),
        lcp: median(rs.map((r) => r.lcp)),
        cls: median(rs.map((r) => r.cls)),
        tbt: median(rs.map((r) => r.tbt)),
        runs: rs,
      };
    };
    results.pages = pages.map((p) => {
      if (!p.exists) return { ...p };
      const w = weights[p.path];
      return { ...p, weight: w, geographyGz: w.geography?.gz ?? undefined, ...metrics(p.path), offsite: offsite[p.path] ?? [] };
    });

    if (compare) {
      const o = results.pages.find((p) => p.path === compare);
      const t = { path: 'TimelineJS', weight: weights[TIMELINEJS_PATH], ...metrics(TIMELINEJS_PATH), offsite: offsite[TIMELINEJS_PATH] ?? [] };
      results.comparison = {
        path: compare,
        isEmbed: compare === embedPath,
        ours: { total: o.weight.total, totalNoFonts: o.weight.totalNoFonts, lcp: o.lcp, fcp: o.fcp },
        timelinejs: t,
        weightRatio: o.weight.totalNoFonts.gz ? t.weight.totalNoFonts.gz / o.weight.totalNoFonts.gz : null,
        weightRatioWithFonts: o.weight.total.gz ? t.weight.total.gz / o.weight.total.gz : null,
        lcpRatio: o.lcp && t.lcp ? t.lcp / o.lcp : null,
      };
    }
  } finally {
    await server.close();
    if (tlServer) await tlServer.close();
    if (tl) rmSync(tl.dir, { recursive: true, force: true });
  }

  // Scale: 1x and the multiplied copies, each built the same way into its own folder.
  if (opts.scale.length) results.scale = await scaleTest(opts, [...new Set(results.pages.filter((p) => p.exists).map((p) => p.path))]);

  results.budgets = checkBudgets(results.pages, results.comparison ?? null);
  results.missing = missing;
  results.benchMs = performance.now() - started;
  report(results);

  const out = resolve(ROOT, opts.json);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  log(`\nWrote ${relative(ROOT, out)} (bench took ${sec(results.benchMs)}).`);
  const broken = results.budgets.filter((b) => b.status === 'fail');
  if (broken.length) {
    console.error(`\n${broken.length} budget(s) broken.`);
    process.exitCode = 1;
  }
}

/** Builds the data at 1x and each factor, and weighs the pages of each build. */
async function scaleTest(opts, paths) {
  const tmp = mkdtempSync(join(tmpdir(), 'bench-scale-'));
  const names = readdirSync(join(ROOT, 'data')).filter((f) => f.endsWith('.json'));
  const original = Object.fromEntries(names.map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(ROOT, 'data', f), 'utf8'))]));
  const factors = [1, ...opts.scale];
  const builds = [];
  try {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    try {
      for (const factor of factors) {
        const dataDir = join(tmp, `data-x${factor}`);
        const outDir = join(tmp, `dist-x${factor}`);
        mkdirSync(dataDir);
        const scaled = scaleStoryData(original, factor);
        for (const [name, records] of Object.entries(scaled)) writeFileSync(join(dataDir, `${name}.json`), JSON.stringify(records, null, 2));
        log(`Scale x${factor}: ${scaled.events.length} events, ${scaled.counts.length} counts; building...`);
        const buildMs = build({ outDir, dataDir });
        const server = await serveDist(outDir, 0, { gzip: true });
        const weights = {};
        try {
          for (const path of paths) {
            if (!existsSync(join(outDir, path, 'index.html'))) continue;
            const w = sumWeights((await weigh(browser, server.url + path, outDir)).requests);
            weights[path] = { htmlGz: w.byKind.HTML.gz, htmlRaw: w.byKind.HTML.raw, totalGz: w.total.gz, requests: w.requests };
          }
        } finally {
          await server.close();
        }
        const distBytes = dirBytes(outDir);
        log(`  built in ${sec(buildMs)}; dist/ ${kb(distBytes)}`);
        builds.push({ factor, events: scaled.events.length, counts: scaled.counts.length, buildMs, distBytes, pages: weights });
      }
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const series = (value) => growth(builds.map((b) => ({ factor: b.factor, value: value(b) })));
  return {
    builds,
    growth: {
      buildMs: series((b) => b.buildMs),
      distBytes: series((b) => b.distBytes),
      pages: Object.fromEntries(paths.filter((p) => builds.every((b) => b.pages[p])).map((p) => [p, { htmlGz: series((b) => b.pages[p].htmlGz), totalGz: series((b) => b.pages[p].totalGz) }])),
    },
  };
}

function dirBytes(dir) {
  let n = 0;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const s = statSync(full);
    n += s.isDirectory() ? dirBytes(full) : s.size;
  }
  return n;
}

/** Prints the tables of a run's results (as written to bench/results.json). */
export function report(r) {
  const m = r.machine;
  log(`\n== Performance, ${r.date}`);
  log(`Machine: ${m.nproc} cores, ${m.cpu}; ${m.chromium}; Node ${m.node}; Lighthouse ${m.lighthouse}; load average at start ${m.loadAverage.join(' ')}`);
  log(`Lighthouse mobile profile, DevTools throttling (Slow 4G, 4x CPU, 412x823); medians of ${r.runs} cold run(s).`);
  if (r.buildMs !== undefined) log(`Build: ${sec(r.buildMs)}.`);

  const present = r.pages.filter((p) => p.exists);
  const cell = (w) => `${(w.gz / 1024).toFixed(1)} (${(w.raw / 1024).toFixed(1)})`;
  log('\nPage weight, KB gzip on the wire (raw)');
  log(
    formatTable(
      ['page', 'HTML', 'CSS', 'JS', 'fonts', 'data', 'images', 'total', 'requests', 'inline JS (in HTML)', 'map geography (in HTML)'],
      present.map((p) => [
        p.path,
        ...['HTML', 'CSS', 'JS', 'fonts', 'data', 'images'].map((k) => cell(p.weight.byKind[k])),
        cell(p.weight.total),
        String(p.weight.requests),
        p.weight.inlineJs.count ? cell(p.weight.inlineJs) : '-',
        p.weight.geography ? cell(p.weight.geography) : '-',
      ]),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    ),
  );

  log(`\nPaint and layout (median of ${r.runs})`);
  log(
    formatTable(
      ['page', 'FCP', 'LCP', 'CLS', 'TBT', 'LCP element (unthrottled load)'],
      present.map((p) => [p.path, sec(p.fcp), sec(p.lcp), p.cls === null ? '-' : p.cls.toFixed(3), p.tbt === null ? '-' : `${Math.round(p.tbt)} ms`, (p.weight.lcpElement ?? '').slice(0, 60)]),
      [1, 2, 3, 4],
    ),
  );

  const failed = [...present, ...(r.comparison ? [r.comparison.timelinejs] : [])].flatMap((p) =>
    (p.runs ?? []).filter((x) => x.error).map((x) => `${p.path}: ${x.error}`),
  );
  if (failed.length) log(`Lighthouse runs without figures (left out of the medians):\n  ${failed.join('\n  ')}`);

  if (r.scroll) {
    const s = r.scroll;
    log(
      s.times.length
        ? `\nStory, scroll to graphic update (4x CPU): median ${Math.round(median(s.times))} ms over ${s.times.length} step change(s) (${s.steps} steps, ${r.runs} run(s)); slowest ${Math.round(Math.max(...s.times))} ms.`
        : `\nStory, scroll to graphic update: n/a (${s.note}).`,
    );
  }

  if (r.comparison) {
    const c = r.comparison;
    const t = c.timelinejs;
    log(`\nTimeline side by side, same run, same events (${r.eventsShown ? `${r.eventsShown[c.path]} on ours, ${r.eventsShown.TimelineJS} slides in TimelineJS, ${r.eventsShown.inData} in data/events.json` : ''})`);
    if (!c.isEmbed) log(`NOTE: /embed/${TIMELINE_ID}/ does not exist yet; comparing TimelineJS with ${c.path} instead.`);
    log(
      formatTable(
        ['', c.path, `TimelineJS ${m.timelinejs}`, 'ratio'],
        [
          ['weight, fonts excepted (gzip)', kb(c.ours.totalNoFonts.gz), kb(t.weight.totalNoFonts.gz), c.weightRatio ? `${c.weightRatio.toFixed(1)}x lighter` : '-'],
          ['weight, all (gzip)', kb(c.ours.total.gz), kb(t.weight.total.gz), c.weightRatioWithFonts ? `${c.weightRatioWithFonts.toFixed(1)}x` : '-'],
          ['requests', String(r.pages.find((p) => p.path === c.path).weight.requests), String(t.weight.requests), ''],
          ['FCP', sec(c.ours.fcp), sec(t.fcp), ''],
          ['LCP', sec(c.ours.lcp), sec(t.lcp), c.lcpRatio ? `${c.lcpRatio.toFixed(1)}x faster` : '-'],
          ['CLS', '', t.cls === null ? '-' : t.cls.toFixed(3), ''],
          ['TBT', '', t.tbt === null ? '-' : `${Math.round(t.tbt)} ms`, ''],
        ],
        [1, 2, 3],
      ),
    );
    log('TimelineJS runs with font: null (its default web fonts come from Google Fonts, not reachable here), which only makes it lighter.');
  }

  if (r.scale) {
    const s = r.scale;
    log('\nScale: events and counts multiplied (synthetic copies, validated by the build)');
    const paths = Object.keys(s.growth.pages);
    const exp = (g) => (g.points.length < 3 ? '-' : g.exponent === null ? 'flat' : `${g.exponent.toFixed(2)}${g.superlinear ? '  FASTER THAN LINEAR' : ''}`);
    const row = (label, g, format) => [label, ...g.points.map((p) => format(p.value)), exp(g)];
    log(
      formatTable(
        ['', ...s.builds.map((b) => `x${b.factor} (${b.events} events, ${b.counts} counts)`), `growth exponent x${s.builds.at(-2).factor}->x${s.builds.at(-1).factor}`],
        [
          row('build time', s.growth.buildMs, sec),
          row('dist/ size', s.growth.distBytes, kb),
          ...paths.map((p) => row(`${p} HTML gz`, s.growth.pages[p].htmlGz, kb)),
          ...paths.map((p) => row(`${p} total gz`, s.growth.pages[p].totalGz, kb)),
        ],
        s.builds.map((_, i) => i + 1),
      ),
    );
    log('Growth exponent: how the increase over x1 grows between the last two factors; 1 is linear in the data, flat means no growth.');
  }

  log('\nBudgets');
  log(formatBudgets(r.budgets));
  const offsite = [...r.pages.filter((p) => p.offsite?.length), ...(r.comparison?.timelinejs.offsite.length ? [r.comparison.timelinejs] : [])];
  for (const p of offsite) log(`\nRequests to other origins from ${p.path}, blocked while weighing: ${p.offsite.join(', ')}`);
  if (r.missing.length) log(`\nMissing pages (not built yet, reported, not failed): ${r.missing.join(', ')}`);
}

// Run when invoked (`node scripts/bench.mjs`), not when imported for its report.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
