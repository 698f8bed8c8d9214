import { test, expect } from './fixtures';
import { auditPage, type ProblemKind } from './audit';

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
