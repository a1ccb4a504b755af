import { defineConfig, mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared';

// Database tests share one PostgreSQL server; each file uses its own schema, files run in parallel.
export default mergeConfig(sharedConfig, defineConfig({ test: { name: 'announcer' } }));
