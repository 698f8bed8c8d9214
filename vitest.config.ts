/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so tests can render components (.astro) with the Container API.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The first drawing of a map in a worker loads and trims the world atlas: slow on a shared 2-core machine.
    testTimeout: 30_000,
    // Pinned so date formatting in snapshots is the same on every machine.
    env: { TZ: 'UTC' },
  },
});
