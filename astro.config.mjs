// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import { THEME_INIT_SCRIPT } from './src/lib/themeInitScript.mjs';
import { EMBED_INIT_SCRIPT } from './src/lib/embed/embedInitScript.mjs';

// Astro hashes the scripts it bundles; the inline theme script is ours, so its hash is added here.
const themeInitHash = `sha256-${createHash('sha256').update(THEME_INIT_SCRIPT).digest('base64')}`;
const embedInitHash = `sha256-${createHash('sha256').update(EMBED_INIT_SCRIPT).digest('base64')}`;

export default defineConfig({
  output: 'static',
  outDir: 'dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      scriptDirective: {
        hashes: [/** @type {`sha256-${string}`} */ (themeInitHash), /** @type {`sha256-${string}`} */ (embedInitHash)],
      },
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
