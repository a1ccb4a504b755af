import { defineConfig } from 'tsup';
import { createTsupConfig } from '../../tsup.shared';

export default defineConfig(createTsupConfig({ entry: { index: 'src/index.ts' } }));
