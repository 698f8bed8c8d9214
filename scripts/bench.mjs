/**
 * Benchmark of the crackdown timeline page against the tool readers would otherwise reach for, TimelineJS.
 *
 *   node scripts/bench.mjs [--path /charts/crackdown-timeline/] [--runs 5] [--cpu 4] [--json out.json]
 *
 * Builds nothing: it expects a built dist/ and serves it itself, gzipped as a static host would, on a free
 * port. Then, in headless Chromium throttled through the DevTools protocol to Lighthouse's mobile profile
 * (Slow 4G: 150 ms RTT, 1.6 Mbps down, 750 kbps up, applied as DevTools throttling; 4x CPU slowdown; a
 * 412x823 phone screen), it loads the page with an empty cache `runs` times and reports:
 *   - bytes transferred (gzip, headers included) by type: HTML, CSS, JS, fonts, other;
 *   - first contentful paint and largest contentful paint (median of the runs);
 *   - whether the events are in the HTML, i.e. read without JavaScript.
 * and compares them with TimelineJS showing the same sixteen events: about 320 KB transferred and a Lighthouse
 * mobile LCP of about 2.8 s after a blank "Loading" screen. Exits 1 if the page is not lighter and faster.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { serveDist } from './serveDist.mjs';

const TIMELINEJS = { bytes: 320 * 1024, lcp: 2800 };

/** Lighthouse's mobile throttling as DevTools applies it ("devtools" method, mobileSlow4G). */
const NETWORK = { latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 };
const CPU_SLOWDOWN = 4;
const DEVICE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
  userAgent:
    'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
};

function options(argv) {
  const get = (name, fallback) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
  };
  return {
    path: get('path', '/charts/crackdown-timeline/'),
    runs: Math.max(1, Number(get('runs', 5))),
    json: get('json', null),
    cpu: Math.max(1, Number(get('cpu', CPU_SLOWDOWN))),
  };
}

const kind = (type, url) =>
  type === 'Document' ? 'HTML' : type === 'Stylesheet' ? 'CSS' : type === 'Script' ? 'JS' : type === 'Font' || /\.woff2?$/.test(url) ? 'fonts' : 'other';

/** One cold load of `url` under the mobile profile: bytes by kind, FCP and LCP. */
async function measure(browser, url, cpu) {
  const context = await browser.newContext(DEVICE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...NETWORK });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });

  const requests = new Map();
  cdp.on('Network.responseReceived', (e) => requests.set(e.requestId, { url: e.response.url, type: e.type, bytes: 0, encoding: e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'] ?? '' }));
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.bytes = e.encodedDataLength;
  });

  await page.addInitScript(() => {
    const w = window;
    w.__lcp = 0;
    w.__lcpElement = '';
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        w.__lcp = entry.startTime;
        const el = entry.element;
        w.__lcpElement = el ? `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(/\s+/)[0]}` : ''}` : '';
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  // LCP is final once the page has settled; let late paints (fonts) land.
  await page.waitForTimeout(1500);
  const paint = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    lcp: window.__lcp || null,
    lcpElement: window.__lcpElement,
  }));
  await context.close();

  const bytes = { HTML: 0, CSS: 0, JS: 0, fonts: 0, other: 0 };
  for (const r of requests.values()) bytes[kind(r.type, r.url)] += r.bytes;
  return { ...paint, bytes, total: Object.values(bytes).reduce((a, b) => a + b, 0), requests: [...requests.values()] };
}

/** Loads the page with JavaScript off and counts the dated events in the HTML. */
async function withoutJs(browser, url) {
  const context = await browser.newContext({ ...DEVICE, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const counts = await page.evaluate(() => ({
    events: document.querySelectorAll('ol li[id^="event-"]').length,
    dated: document.querySelectorAll('ol li[id^="event-"] time[datetime]:first-of-type').length,
  }));
  await context.close();
  return counts;
}

const median = (xs) => {
  const s = xs.filter((x) => x !== null).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const sec = (ms) => (ms === null ? 'n/a' : `${(ms / 1000).toFixed(2)} s`);

async function main() {
  const { path, runs, json, cpu } = options(process.argv.slice(2));
  const dist = resolve('dist');
  if (!existsSync(join(dist, 'index.html'))) {
    console.error('dist/ is missing: build the site first (npm run build, or npm run bench which builds).');
    process.exit(2);
  }
  const server = await serveDist(dist, 0, { gzip: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const url = server.url + path;
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await measure(browser, url, cpu));
    const noJs = await withoutJs(browser, url);

    // Bytes do not vary between cold loads; times do, so they are medians.
    const bytes = results[0].bytes;
    const total = results[0].total;
    const fcp = median(results.map((r) => r.fcp));
    const lcp = median(results.map((r) => r.lcp));
    const row = (label, ours, theirs, note = '') => `${label.padEnd(28)}${ours.padStart(12)}${theirs.padStart(14)}${note ? `   ${note}` : ''}`;

    console.log(`\nCrackdown timeline (${path}) vs TimelineJS with the same sixteen events`);
    console.log(`Chromium, Lighthouse mobile profile (Slow 4G via DevTools throttling, ${cpu}x CPU), cold cache, ${runs} run(s)\n`);
    console.log(row('', 'this page', 'TimelineJS'));
    console.log(row('Transferred (gzip)', kb(total), `~${kb(TIMELINEJS.bytes)}`, `${((100 * total) / TIMELINEJS.bytes).toFixed(0)}% of TimelineJS`));
    for (const k of ['HTML', 'CSS', 'JS', 'fonts', 'other']) if (bytes[k] || k !== 'other') console.log(row(`  ${k}`, kb(bytes[k]), ''));
    console.log(row('First contentful paint', sec(fcp), 'blank', 'TimelineJS first paints a "Loading" screen'));
    console.log(row('Largest contentful paint', sec(lcp), `~${sec(TIMELINEJS.lcp)}`, results[0].lcpElement ? `LCP element: ${results[0].lcpElement}` : ''));
    console.log(row('Events readable without JS', `${noJs.dated} of ${noJs.events}`, 'none'));
    console.log(`\nRuns: ${results.map((r) => `FCP ${sec(r.fcp)} / LCP ${sec(r.lcp)}`).join('; ')}`);
    console.log(
      'TimelineJS figures as measured for the issue (Lighthouse mobile, simulated throttling); this script applies the\n' +
        'same profile as DevTools throttling, which is the stricter of the two methods for a page this small.',
    );

    if (json) {
      writeFileSync(json, JSON.stringify({ path, runs, bytes, total, fcp, lcp, noJs, results, timelinejs: TIMELINEJS }, null, 2));
      console.log(`Wrote ${json}`);
    }
    const ok = total < TIMELINEJS.bytes && lcp !== null && lcp < TIMELINEJS.lcp && noJs.events > 0 && noJs.dated === noJs.events;
    if (!ok) {
      console.error('\nThe page is not lighter and faster than TimelineJS, or its events need JavaScript.');
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
