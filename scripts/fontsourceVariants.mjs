/**
 * Turns an installed @fontsource stylesheet into variants for Astro's local font provider, so the Fonts API
 * serves the very files (and unicode ranges) Fontsource ships, read from node_modules: nothing is fetched.
 *
 *   fontsourceVariants('@fontsource-variable/inter/wght.css', { subsets: ['latin', 'latin-ext'] })
 *
 * Variants come back in the order of `subsets`, so the first is the face the first screen needs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

/**
 * @param {string} stylesheet a package path such as `@fontsource-variable/inter/wght.css`
 * @param {{ subsets: string[] }} options the Fontsource subsets to keep, first needed first
 * @returns {Array<{ src: [URL]; weight: string; style: 'normal' | 'italic'; unicodeRange?: [string] }>}
 */
export function fontsourceVariants(stylesheet, { subsets }) {
  const file = require.resolve(stylesheet);
  const css = readFileSync(file, 'utf8');
  const faces = [...css.matchAll(/\/\* (\S+) \*\/\s*@font-face\s*\{([^}]*)\}/g)].map(([, name, body]) => {
    const get = (/** @type {string} */ prop) => body.match(new RegExp(`${prop}:\\s*([^;]+);`))?.[1]?.trim();
    const url = get('src')?.match(/url\(([^)]+)\)/)?.[1];
    if (!name || !url) throw new Error(`fontsourceVariants: cannot read a @font-face in ${stylesheet}`);
    return { name, url, weight: get('font-weight') ?? '400', style: get('font-style') ?? 'normal', range: get('unicode-range') };
  });
  return subsets.map((subset) => {
    const face = faces.find((f) => f.name.includes(`-${subset}-`) && !faces.some((g) => g !== f && g.name.includes(`-${subset}-`) && g.name.length < f.name.length));
    if (!face) throw new Error(`fontsourceVariants: ${stylesheet} has no ${subset} subset`);
    return {
      src: /** @type {[URL]} */ ([pathToFileURL(join(dirname(file), face.url))]),
      weight: face.weight,
      style: /** @type {'normal' | 'italic'} */ (face.style),
      ...(face.range ? { unicodeRange: /** @type {[string]} */ ([face.range]) } : {}),
    };
  });
}
