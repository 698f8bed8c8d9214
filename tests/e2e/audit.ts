/**
 * The site-wide audit of one page: accessibility (axe-core), console errors, uncaught exceptions,
 * requests that leave the site's origin, failed same-origin responses, and links, assets and #anchors
 * that do not resolve. Used by site.spec.ts on every built page and proven by audit.spec.ts on fixtures
 * that each carry one fault.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { axe } from './fixtures';

export type ProblemKind = 'axe' | 'console' | 'pageerror' | 'offsite' | 'http' | 'broken-link' | 'broken-anchor';

export interface Problem {
  kind: ProblemKind;
  detail: string;
}

const pageCache = new Map<string, Promise<{ status: number; body: string }>>();

function fetchOnce(request: APIRequestContext, url: string): Promise<{ status: number; body: string }> {
  let hit = pageCache.get(url);
  if (!hit) {
    hit = request.get(url, { maxRedirects: 3 }).then(async (r) => ({
      status: r.status(),
      body: (r.headers()['content-type'] ?? '').includes('text/html') ? await r.text() : '',
    }));
    pageCache.set(url, hit);
  }
  return hit;
}

/** Opens `url` in `page` and returns every problem found. */
export async function auditPage(page: Page, request: APIRequestContext, url: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  const origin = new URL(url).origin;

  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push({ kind: 'console', detail: msg.text() });
  });
  page.on('pageerror', (err) => problems.push({ kind: 'pageerror', detail: err.message }));
  page.on('response', (res) => {
    if (new URL(res.url()).origin === origin && res.status() >= 400) {
      problems.push({ kind: 'http', detail: `${res.status()} ${res.url()}` });
    }
  });
  // Requests off the site are recorded and never sent: the site must work with no other origin.
  await page.route('**/*', (route) => {
    const target = new URL(route.request().url());
    if ((target.protocol === 'http:' || target.protocol === 'https:' || target.protocol === 'ws:') && target.origin !== origin) {
      problems.push({ kind: 'offsite', detail: target.href });
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });

  const response = await page.goto(url, { waitUntil: 'networkidle' });
  if (!response || response.status() >= 400) {
    problems.push({ kind: 'http', detail: `${response?.status()} ${url}` });
  }

  for (const v of await axe(page)) {
    problems.push({ kind: 'axe', detail: `${v.id} (${v.impact}): ${v.help} at ${v.targets.slice(0, 3).join(', ')}` });
  }

  const refs = await page.evaluate(() => {
    const attrs: Array<[string, string]> = [
      ['a[href]', 'href'],
      ['link[href]', 'href'],
      ['script[src]', 'src'],
      ['img[src]', 'src'],
      ['source[src]', 'src'],
      ['iframe[src]', 'src'],
    ];
    const out: string[] = [];
    for (const [sel, attr] of attrs) {
      for (const el of document.querySelectorAll(sel)) {
        const raw = el.getAttribute(attr);
        if (raw && !raw.startsWith('mailto:') && !raw.startsWith('data:') && !raw.startsWith('javascript:')) {
          out.push(new URL(raw, document.baseURI).href);
        }
      }
    }
    return out;
  });

  // Anchors on this page are checked in one call: /data/ links to hundreds of its own records.
  const here = new URL(url).href.replace(/#.*$/, '');
  const samePageAnchors: Array<{ ref: string; id: string }> = [];
  for (const ref of new Set(refs)) {
    const target = new URL(ref);
    if (target.origin !== origin) continue; // External links are allowed to be links; they are not loaded.
    const hash = decodeURIComponent(target.hash.slice(1));
    target.hash = '';
    const { status, body } = await fetchOnce(request, target.href);
    if (status >= 400) {
      problems.push({ kind: 'broken-link', detail: `${status} ${ref}` });
      continue;
    }
    if (hash) {
      if (target.href === here) samePageAnchors.push({ ref, id: hash });
      else if (!body.includes(`id="${hash}"`) && !body.includes(`name="${hash}"`)) problems.push({ kind: 'broken-anchor', detail: ref });
    }
  }
  const missing = await page.evaluate(
    (ids) => ids.filter((id) => document.getElementById(id) === null && document.getElementsByName(id).length === 0),
    samePageAnchors.map((a) => a.id),
  );
  for (const a of samePageAnchors) if (missing.includes(a.id)) problems.push({ kind: 'broken-anchor', detail: a.ref });
  return problems;
}
