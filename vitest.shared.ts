import { fileURLToPath } from 'node:url';
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

/**
 * For workspaces whose tests use PostgreSQL: a real server from npm is started for the run unless
 * `PG_TEST_URL` names one (see testing/postgres.ts).
 */
export const postgresConfig = defineConfig({
  test: { globalSetup: [fileURLToPath(new URL('./testing/postgres.ts', import.meta.url))] },
});
