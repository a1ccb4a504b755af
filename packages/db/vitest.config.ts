import { defineConfig, mergeConfig } from 'vitest/config';
import { postgresConfig, sharedConfig } from '../../vitest.shared';

// Database tests share one PostgreSQL server; each file uses its own schema, files run in parallel.
export default mergeConfig(mergeConfig(sharedConfig, postgresConfig), defineConfig({ test: { name: 'db' } }));
