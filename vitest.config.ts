import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Pinned so date formatting in snapshots is the same on every machine.
    env: { TZ: 'UTC' },
    // The default 5 s timed out a map snapshot while several builds shared the machine's two cores: a
    // timeout is a budget for a hung test, not a measure of speed (figures are `npm run bench`'s).
    testTimeout: 30_000,
  },
});
