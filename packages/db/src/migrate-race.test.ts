import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'index.js');

/**
 * One process that opens (and so migrates) the database at `path` at wall-clock time `at`, so that
 * several start their migrations together, as replicas or `npm start` next to a worker do.
 */
function opener(path: string, at: number): Promise<{ code: number | null; err: string }> {
  const script = `
    const { openDatabase } = await import(${JSON.stringify(pathToFileURL(DIST).href)});
    await new Promise((r) => setTimeout(r, ${at} - Date.now()));
    const database = await openDatabase(${JSON.stringify(path)});
    await database.close();`;
  const proc = spawn(process.execPath, ['--input-type=module', '-e', script]);
  let err = '';
  proc.stderr.on('data', (c: Buffer) => {
    err += String(c);
  });
  return new Promise((resolve) => proc.once('exit', (code) => resolve({ code, err })));
}

describe('migrations on SQLite', () => {
  it('let three processes start at once on a fresh file: all migrate or wait, none fails', async () => {
    if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run "npm run build" first`);
    // Several rounds: the race is a matter of timing, and each round is a new file.
    for (let round = 0; round < 5; round++) {
      const path = join(mkdtempSync(join(tmpdir(), 'impress-race-')), 'impress.db');
      const at = Date.now() + 700;
      const runs = await Promise.all([opener(path, at), opener(path, at), opener(path, at)]);
      for (const run of runs) expect(run, run.err).toMatchObject({ code: 0 });
    }
  }, 60_000);
});
