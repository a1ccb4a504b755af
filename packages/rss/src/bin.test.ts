import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runPiped } from '../../../testing/cli';

const BIN = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'impress-feed.js');

describe('the committed impress-feed bin', () => {
  it('builds the feeds and says so on a slow pipe', async () => {
    const out = mkdtempSync(join(tmpdir(), 'impress-feed-bin-'));
    const run = await runPiped(BIN, ['build', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readdirSync(out)).toContain('rss.nb.xml');
    expect(run.stdout).toMatch(/^wrote \d+ files to /);
  });

  it('exits 2 with a message on a usage error', async () => {
    const run = await runPiped(BIN, ['publish']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('impress-feed: unknown command "publish"');
    expect(run.stdout).toBe('');
  });
});
