import { test, expect } from './fixtures';
import { join } from 'node:path';
import { auditPage, type ProblemKind } from './audit';
import { validateHtml } from '../../scripts/vnu.mjs';

// Each fixture in fault-site/ carries one fault; the audit must find it (and a clean page must pass).
// Without this, a site-wide audit that silently checks nothing would look like a pass.
const faults: Array<[file: string, kind: ProblemKind]> = [
  ['axe.html', 'axe'],
  ['console.html', 'console'],
  ['pageerror.html', 'pageerror'],
  ['offsite.html', 'offsite'],
  ['broken-link.html', 'broken-link'],
  ['broken-anchor.html', 'broken-anchor'],
  ['broken-asset.html', 'http'],
];

const base = () => process.env['FAULT_SITE_URL']!;

test('audit: a clean page has no problems', async ({ page, request }) => {
  expect(await auditPage(page, request, `${base()}/clean.html`)).toEqual([]);
});

for (const [file, kind] of faults) {
  test(`audit: ${file} fails with a ${kind} problem`, async ({ page, request }) => {
    const problems = await auditPage(page, request, `${base()}/${file}`);
    expect(problems.map((p) => p.kind)).toContain(kind);
  });
}

test('audit: a dead anchor on another page is caught, a live one is not', async ({ page, request }) => {
  const problems = await auditPage(page, request, `${base()}/broken-anchor.html`);
  const anchors = problems.filter((p) => p.kind === 'broken-anchor').map((p) => p.detail);
  expect(anchors.some((d) => d.endsWith('#nowhere'))).toBe(true);
  expect(anchors.some((d) => d.endsWith('/target.html#nothere'))).toBe(true);
});

test('audit: the HTML checker fails on invalid markup, naming each fault, and passes a clean page', () => {
  test.slow(); // A JVM start, on a shared machine.
  const dir = join(process.cwd(), 'tests', 'e2e', 'fault-site');
  const errors = validateHtml([join(dir, 'invalid-html.html'), join(dir, 'clean.html')]);
  expect(errors.some((e) => e.includes('invalid-html.html') && e.includes('font-variant'))).toBe(true);
  expect(errors.some((e) => e.includes('invalid-html.html') && e.includes('Stray start tag “script”'))).toBe(true);
  // The checker does not know container query units; only those are let through (scripts/vnu.mjs).
  expect(errors.some((e) => e.includes('invalid-html.html') && e.includes('Unknown dimension'))).toBe(true);
  expect(errors.filter((e) => e.includes('clean.html'))).toEqual([]);
});

test('audit: a policy in a <meta> blocks an inline script edited after it was hashed, and runs the one that was not', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && msg.text().includes('Content Security Policy')) violations.push(msg.text());
  });
  await page.goto(`${base()}/csp-tampered.html`);
  const ran = await page.evaluate(() => ({ allowed: (window as { allowed?: boolean }).allowed, tampered: (window as { tampered?: boolean }).tampered }));
  expect(ran).toEqual({ allowed: true, tampered: undefined });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
});
