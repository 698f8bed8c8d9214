import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';

/** Every file in dist/ with one of the extensions. */
function distFiles(ext: string[], dir = join(process.cwd(), 'dist')): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return distFiles(ext, full);
    return ext.some((e) => name.endsWith(e)) ? [full] : [];
  });
}

const html = distFiles(['.html']);

test('build: every page carries a Content-Security-Policy that allows only its own origin', () => {
  expect(html.length).toBeGreaterThan(4);
  for (const file of html) {
    const page = readFileSync(file, 'utf8');
    const csp = page.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
    expect(csp, file).toBeTruthy();
    expect(csp, file).toContain("default-src 'self'");
    expect(csp, file).toMatch(/script-src 'self'/);
    expect(csp, file).toMatch(/style-src 'self'/);
    expect(csp, file).not.toContain('unsafe-inline');
    expect(csp!.replace(/https?:\/\/[^ ;]*127\.0\.0\.1[^ ;]*/g, ''), file).not.toMatch(/https?:\/\//);
  }
});

test('build: no inline style attributes (the CSP would block them) and nothing referenced from another origin', () => {
  for (const file of html) {
    const page = readFileSync(file, 'utf8');
    expect(page.match(/<[^>]+\sstyle="[^"]*"/g) ?? [], `${file} has inline style attributes`).toEqual([]);
    expect(page.match(/<(script|link|img|iframe|source)\b[^>]*(src|href)="(https?:)?\/\/[^"]*"/g) ?? [], file).toEqual([]);
  }
  for (const file of distFiles(['.css'])) {
    expect(readFileSync(file, 'utf8').match(/url\((['"]?)(https?:)?\/\//g) ?? [], file).toEqual([]);
  }
});

test('build: external links open safely (rel="noopener")', () => {
  for (const file of html) {
    for (const a of readFileSync(file, 'utf8').match(/<a\b[^>]*href="https?:\/\/[^"]*"[^>]*>/g) ?? []) {
      expect(a, file).toMatch(/rel="[^"]*noopener[^"]*"/);
    }
  }
});

test('build: fonts are self-hosted woff2 files', () => {
  const fonts = distFiles(['.woff2']);
  expect(fonts.length).toBeGreaterThan(0);
  // Astro's Fonts API writes the @font-face rules into each page's <head>.
  const css = [...distFiles(['.css']), ...html].map((f) => readFileSync(f, 'utf8')).join('\n');
  expect(css).toContain('Source Serif 4 Variable');
  expect(css).toContain('Inter Variable');
  expect(css).toMatch(/Noto Sans Khmer/);
  const urls = [...css.matchAll(/@font-face\{[^}]*?src:url\("([^"]+)"\)/g)].map((m) => m[1]!);
  expect(urls.length).toBeGreaterThan(0);
  for (const url of new Set(urls)) {
    expect(url, 'a font from another origin').toMatch(/^\/_astro\/fonts\/[^/]+\.woff2$/);
    expect(fonts.some((f) => f.endsWith(url.slice(1))), `${url} is not in dist/`).toBe(true);
  }
});
