/**
 * Test fixtures for browser tests: open a page of the built site with or without JavaScript, at phone or
 * desktop width, in light or dark; run axe-core on it.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const PHONE = 375;
export const DESKTOP = 1280;

export interface OpenOptions {
  /** Run the page's scripts (default true). */
  js?: boolean;
  /** Viewport width in CSS pixels (default 1280). */
  width?: number;
  /** Colour scheme the browser reports (default light). */
  theme?: 'light' | 'dark';
  /** Emulate prefers-reduced-motion: reduce. */
  reducedMotion?: boolean;
}

/** The built site's address, e.g. `http://127.0.0.1:40123`. */
export function siteUrl(path = '/'): string {
  const base = process.env['SITE_URL'];
  if (!base) throw new Error('SITE_URL is not set: browser tests run through playwright.config.ts');
  return base + path;
}

/**
 * Opens `path` of the built site. With `js: false` a new context is needed (scripts are a context
 * setting), so the returned page may differ from `page`: always use the returned one.
 */
export async function gotoPage(page: Page, path: string, options: OpenOptions = {}): Promise<Page> {
  const { js = true, width = DESKTOP, theme = 'light', reducedMotion = false } = options;
  const viewport = { width, height: width < 600 ? 812 : 900 };
  let target = page;
  if (!js) {
    const browser = page.context().browser();
    if (!browser) throw new Error('no browser');
    const context = await browser.newContext({ javaScriptEnabled: false, viewport, colorScheme: theme });
    target = await context.newPage();
  } else {
    await page.setViewportSize(viewport);
  }
  await target.emulateMedia({ colorScheme: theme, reducedMotion: reducedMotion ? 'reduce' : 'no-preference' });
  await target.goto(siteUrl(path), { waitUntil: 'load' });
  return target;
}

/** An axe-core violation, trimmed to what a failing test needs to say. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core (WCAG 2.2 A and AA rules and best practices) on the page. Evaluated through the DevTools
 * protocol, so the site's Content-Security-Policy does not have to allow it.
 */
export async function axe(page: Page, options: { include?: string } = {}): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (include) => {
    const w = window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }> }> } };
    const result = await w.axe.run(include ?? document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, options.include);
}

export const test = base;
export { expect };
