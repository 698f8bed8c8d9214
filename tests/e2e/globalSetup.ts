import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveDist } from '../../scripts/serveDist.mjs';

/**
 * Serves the built site (and the audit's fault fixtures) on free ports for every test. Workers inherit
 * the addresses through the environment. Fails early when dist/ is missing: browser tests never build.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const dist = join(process.cwd(), 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error('dist/ is missing: run `npx astro build` before the browser tests (npm test does this).');
  }
  const site = await serveDist(dist);
  const faults = await serveDist(join(process.cwd(), 'tests', 'e2e', 'fault-site'));
  process.env['SITE_URL'] = site.url;
  process.env['FAULT_SITE_URL'] = faults.url;
  return async () => {
    await site.close();
    await faults.close();
  };
}
