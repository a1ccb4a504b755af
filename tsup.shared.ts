import type { Options } from 'tsup';

/** Shared tsup defaults; each package passes only what differs. */
export function createTsupConfig(overrides: Options = {}): Options {
  return {
    platform: 'node',
    target: 'node20',
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: true,
    splitting: false,
    ...overrides,
  };
}
