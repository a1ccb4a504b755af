import { defineConfig, mergeConfig } from 'vitest/config';
import { postgresConfig, sharedConfig } from '../../vitest.shared';

export default mergeConfig(mergeConfig(sharedConfig, postgresConfig), defineConfig({ test: { name: 'discord-bot' } }));
