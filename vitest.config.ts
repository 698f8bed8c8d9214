/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so tests can render components (.astro) with the Container API.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Pinned so date formatting in snapshots is the same on every machine.
    env: { TZ: 'UTC' },
    // The default 5 s timed out a map snapshot (the first map in a worker loads and trims the world
    // atlas) while several builds shared the machine's two cores: a
    // timeout is a budget for a hung test, not a measure of speed (figures are `npm run bench`'s).
    testTimeout: 30_000,
  },
});
