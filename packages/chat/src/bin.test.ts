import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runPiped } from '../../../testing/cli';

const BIN = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'impress-chat.js');

describe('the committed impress-chat bin', () => {
  it('writes more than 1 MB to a slow pipe in full', async () => {
    const lines = Array.from({ length: 1200 }, () => 'sites');
    const run = await runPiped(BIN, [], { input: `${lines.join('\n')}\nabout\n`, env: { LANG: 'C' } });
    expect(run.code).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(1_000_000);
    expect(run.stdout.trimEnd()).toMatch(/NCT04817956[\s\S]*$/);
  });
});
