/**
 * An Astro integration that moves each built page's Content-Security-Policy <meta> to the top of <head>,
 * straight after <meta charset>. Astro writes the policy where it renders head content, at the end of
 * <head>, and a policy delivered in a <meta> covers only what follows it: the inline theme script and the
 * Fonts API's <style> before it would run unchecked. Astro has no setting for where the meta goes.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*">/i;
const CHARSET = /<meta charset="utf-8">/i;

/** Returns `html` with its CSP meta moved to just after `<meta charset>`; throws if either is missing. */
export function hoistCsp(html, file = 'page') {
  const meta = html.match(CSP_META)?.[0];
  if (!meta) throw new Error(`cspFirst: ${file} has no Content-Security-Policy meta`);
  const without = html.replace(meta, '');
  const charset = without.match(CHARSET);
  if (!charset || charset.index === undefined) throw new Error(`cspFirst: ${file} has no <meta charset="utf-8">`);
  const at = charset.index + charset[0].length;
  return without.slice(0, at) + meta + without.slice(at);
}

async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full);
    else if (entry.name.endsWith('.html')) yield full;
  }
}

/** @returns {import('astro').AstroIntegration} */
export default function cspFirst() {
  return {
    name: 'csp-first',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let n = 0;
        for await (const file of htmlFiles(fileURLToPath(dir))) {
          await writeFile(file, hoistCsp(await readFile(file, 'utf8'), file));
          n += 1;
        }
        logger.info(`moved the policy to the top of <head> in ${n} pages`);
      },
    },
  };
}
