import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runPiped } from '../../../../testing/cli';

const BIN = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'impress.js');

describe('the committed impress bin', () => {
  it('writes more than 1 MB to a slow pipe in full', async () => {
    const questions = Array.from({ length: 1500 }, (_, i) =>
      JSON.stringify({ id: `q${i}`, q: i % 2 ? 'Hvilke sykehus deltar nå?' : 'Which hospitals take part?' }),
    );
    const run = await runPiped(BIN, ['ask', '--json', '--batch'], { input: `${questions.join('\n')}\n` });
    expect(run.code).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(1_000_000);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1500);
    expect(JSON.parse(lines.at(-1) as string)).toMatchObject({ id: 'q1499', kind: 'answer' });
  });

  it('writes one JSON document larger than a pipe buffer in full', async () => {
    // One write of more than 64 KiB: what process.exit() would cut at the pipe's buffer size.
    const run = await runPiped(BIN, ['news', '--json']);
    expect(run.code).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(65_536);
    expect((JSON.parse(run.stdout) as unknown[]).length).toBeGreaterThan(40);
  });

  it('says to build, without a stack trace, when dist/ is missing', async () => {
    const bare = join(mkdtempSync(join(tmpdir(), 'impress-bin-')), 'bin');
    mkdirSync(bare);
    copyFileSync(BIN, join(bare, 'impress.js'));
    const run = await runPiped(join(bare, 'impress.js'), ['about'], { lateMs: 0 });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('impress: the code is not built yet. Run `npm run build` at the top of the repository.\n');
  });

  it('says to build when a package it imports is not built either', async () => {
    const root = mkdtempSync(join(tmpdir(), 'impress-bin-'));
    mkdirSync(join(root, 'bin'));
    mkdirSync(join(root, 'dist'));
    copyFileSync(BIN, join(root, 'bin', 'impress.js'));
    writeFileSync(join(root, 'dist', 'cli.js'), "import '../other-package/dist/index.js';\n");
    const run = await runPiped(join(root, 'bin', 'impress.js'), ['about'], { lateMs: 0 });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('not built yet');
  });
});
