import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Pinned so date formatting in snapshots is the same on every machine.
    env: { TZ: 'UTC' },
  },
});
