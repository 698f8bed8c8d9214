// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig, fontProviders } from 'astro/config';
import { fontsourceVariants } from './scripts/fontsourceVariants.mjs';
import cspFirst from './scripts/cspFirst.mjs';
import embedStyles, { inlineStyles } from './scripts/embedStyles.mjs';
import { THEME_INIT_SCRIPT } from './src/lib/themeInitScript.mjs';
import { EMBED_INIT_SCRIPT } from './src/lib/embed/embedInitScript.mjs';
import { STORY_INIT_SCRIPT } from './src/lib/story/storyInitScript.mjs';

// Astro hashes the scripts it bundles; the inline theme, embed and story scripts are ours, so their hashes are added here.
/** @param {string} text */
const sha256 = (text) => /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(text).digest('base64')}`);

// The site's text is English with Vietnamese, Malay and Indonesian names (Latin, Latin Extended,
// Vietnamese) and Khmer; other scripts are not served.
const SITE_ORIGIN = process.env['SITE_ORIGIN'] ?? '';

const LATIN = ['latin', 'latin-ext', 'vietnamese'];

export default defineConfig({
  output: 'static',
  // The address the site is served from (canonical and Open Graph URLs): `SITE_ORIGIN=https://... npm run build`.
  // Only an http(s) address is taken (tools set other variables; a stray value must not break the build).
  ...(/^https?:\/\/[^\s]+$/.test(SITE_ORIGIN) ? { site: SITE_ORIGIN } : {}),
  outDir: 'dist',
  // A build against fixture content (tests) keeps its content cache apart from the real one.
  ...(process.env['ASTRO_CACHE_DIR'] ? { cacheDir: process.env['ASTRO_CACHE_DIR'] } : {}),
  trailingSlash: 'always',
  // Stylesheets are inlined after the build (scripts/embedStyles.mjs), where the embeds' are purged first.
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      scriptDirective: { hashes: [sha256(THEME_INIT_SCRIPT), sha256(EMBED_INIT_SCRIPT), sha256(STORY_INIT_SCRIPT)] },
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
  // Astro's Fonts API with the files of the installed @fontsource packages (local provider: nothing is
  // fetched at build). It writes the @font-face rules, metric-matched fallback faces and the preload links
  // (BaseLayout). src/styles/fontFallbacks.css adds fallback faces the API cannot: see README, "Fonts".
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'Inter Variable',
      cssVariable: '--font-inter',
      // `optional`, not `swap`: a line rewraps when its face changes, however close the fallback's metrics
      // (Source Serif's widths even vary with size, through optical sizing), and one rewrapped line moves the
      // page. A face is used only if it is there for the first paint: preloaded it usually is, cached it
      // always is; otherwise the metric-matched fallback stays for that page view. See README, "Fonts".
      display: 'optional',
      // The API writes metric-matched faces over the system-ui fonts it knows (Arial, Roboto, Segoe UI, ...);
      // fontFallbacks.css adds the same over Arial's metric clones, which Linux and ChromeOS have instead.
      fallbacks: ['Inter metric clone', 'system-ui'],
      options: { variants: /** @type {any} */ (fontsourceVariants('@fontsource-variable/inter/wght.css', { subsets: LATIN })) },
    },
    {
      provider: fontProviders.local(),
      name: 'Source Serif 4 Variable',
      cssVariable: '--font-source-serif',
      display: 'optional',
      fallbacks: ['Source Serif metric clone', 'Georgia', 'serif'],
      options: {
        variants: /** @type {any} */ ([
          ...fontsourceVariants('@fontsource-variable/source-serif-4/opsz.css', { subsets: LATIN }),
          ...fontsourceVariants('@fontsource-variable/source-serif-4/opsz-italic.css', { subsets: LATIN }),
        ]),
      },
    },
    {
      provider: fontProviders.local(),
      name: 'Noto Sans Khmer',
      cssVariable: '--font-khmer',
      display: 'swap',
      fallbacks: [],
      options: { variants: /** @type {any} */ (fontsourceVariants('@fontsource/noto-sans-khmer/400.css', { subsets: ['khmer'] })) },
    },
  ],
  // The policy's <meta> goes first in <head>, before every script and style (scripts/cspFirst.mjs); then each
  // embed gets only the CSS it uses, inlined (scripts/embedStyles.mjs).
  // Order matters: the policy first in <head>, then each embed's purged CSS, then every other page's CSS inlined.
  integrations: [cspFirst(), embedStyles(), inlineStyles()],
  // The timeline embed's interactive code is bundled on its own as an ES module (Vite's `?worker&url`: see
  // embedTimelineBoot.client.ts); it runs in the page, not in a worker.
  vite: { worker: { format: 'es' } },
  devToolbar: { enabled: false },
});
