import { defineConfig } from 'vitest/config';

/** Shared vitest defaults for every workspace. */
export const sharedConfig = defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
