/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so tests can render components (.astro) with the Container API.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Pinned so date formatting in snapshots is the same on every machine.
    env: { TZ: 'UTC' },
  },
});
