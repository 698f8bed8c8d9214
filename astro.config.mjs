// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import { THEME_INIT_SCRIPT } from './src/lib/themeInitScript.mjs';
import { STORY_INIT_SCRIPT } from './src/lib/story/storyInitScript.mjs';

// Astro hashes the scripts it bundles; the inline theme and story scripts are ours, so their hashes are added here.
/** @param {string} text */
const sha256 = (text) => /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(text).digest('base64')}`);

export default defineConfig({
  output: 'static',
  // The address the site is served from (for canonical and Open Graph URLs): `SITE=https://... npm run build`.
  ...(process.env['SITE'] ? { site: process.env['SITE'] } : {}),
  outDir: 'dist',
  // A build against fixture content (tests) keeps its content cache apart from the real one.
  ...(process.env['ASTRO_CACHE_DIR'] ? { cacheDir: process.env['ASTRO_CACHE_DIR'] } : {}),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      scriptDirective: { hashes: [sha256(THEME_INIT_SCRIPT), sha256(STORY_INIT_SCRIPT)] },
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  devToolbar: { enabled: false },
});
