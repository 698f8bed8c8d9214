import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { test, expect, siteUrl } from './fixtures';
import { auditPage } from './audit';
import { measureLayoutShift } from './layoutShift';
import { validateHtml } from '../../scripts/vnu.mjs';

/** Every HTML page in dist/, as the path a reader would visit. */
function builtPages(dir = join(process.cwd(), 'dist')): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) {
        const rel = relative(dir, full).split(sep).join('/');
        out.push(rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);
      }
    }
  };
  walk(dir);
  return out.sort();
}

const pages = builtPages();
const fileOf = (path: string) => join(process.cwd(), 'dist', path === '/' ? 'index.html' : path.endsWith('/') ? `${path}index.html` : path);

test('site: every built page is valid HTML (Nu HTML Checker, one run over all pages)', () => {
  test.slow(); // One JVM start and every page, on a shared machine.
  expect(validateHtml(pages.map(fileOf))).toEqual([]);
});

test('site: on every page the Content-Security-Policy comes first in <head>, before any script, style or link', () => {
  for (const path of pages) {
    const head = readFileSync(fileOf(path), 'utf8').match(/<head>([\s\S]*?)<\/head>/)?.[1] ?? '';
    const tags = [...head.matchAll(/<(meta|script|style|link|title)\b[^>]*>/g)].map((m) => m[0]);
    expect(tags[0], path).toBe('<meta charset="utf-8">');
    expect(tags[1], path).toMatch(/^<meta http-equiv="content-security-policy" content="[^"]*script-src [^"]*"/);
  }
});

test('site: the policy covers the inline theme script: edited by hand, it is blocked', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { blocked: string[] };
    w.blocked = [];
    document.addEventListener('securitypolicyviolation', (e) => w.blocked.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  await page.route(siteUrl('/'), async (route) => {
    const res = await route.fetch();
    const html = await res.text();
    const tampered = html.replace(/<script>try\{/, '<script>document.documentElement.dataset.tampered="yes";try{');
    expect(tampered, 'the theme script was not found').not.toBe(html);
    await route.fulfill({ response: res, body: tampered });
  });
  await page.goto(siteUrl('/'));
  await expect.poll(() => page.evaluate(() => (window as unknown as { blocked: string[] }).blocked)).toContainEqual(expect.stringMatching(/^script-src(-elem)? inline$/));
  expect(await page.evaluate(() => document.documentElement.dataset['tampered'] ?? null)).toBeNull();
});

test('the site has the pages the issues promise', () => {
  for (const path of ['/', '/charts/', '/present/', '/teach/', '/data/', '/404.html']) {
    expect(pages, `dist/ has no page for ${path}`).toContain(path);
  }
});

for (const path of pages) {
  for (const theme of ['light', 'dark'] as const) {
    test(`site: ${path} (${theme}) passes axe and loads cleanly from its own origin`, async ({ page, request }) => {
      test.slow(path === '/data/', 'every record of every dataset is on this page: axe and the anchors take long');
      await page.emulateMedia({ colorScheme: theme });
      const problems = await auditPage(page, request, siteUrl(path));
      expect(problems, problems.map((p) => `${p.kind}: ${p.detail}`).join('\n')).toEqual([]);
    });
  }
}

// Layout shift on a cold load, fonts late, at a phone's and a desktop's width (Lighthouse's mobile profile
// uses 412 px). The budget is the project's: CLS at most 0.01 on every page.
for (const path of pages) {
  for (const width of [412, 1280]) {
    test(`site: ${path} at ${width}px does not shift when its fonts arrive late`, async ({ browser }) => {
      const r = await measureLayoutShift(browser, siteUrl(path), width);
      expect(r.heldFonts, 'no font request was held back: the page loads no web font before first paint').toBeGreaterThan(0);
      expect(r.loadedFaces, 'the web fonts never loaded').toBeGreaterThan(0);
      const detail = r.shifts.map((s) => `${s.value.toFixed(4)} ${s.nodes.join(', ')}`).join('\n');
      expect(r.cls, `layout shifts:\n${detail}`).toBeLessThanOrEqual(0.01);
    });
  }
}
