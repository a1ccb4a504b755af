import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '@impress-norway/db';

const CLI = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'announce-main.js');

/**
 * Starts the built `impress-announce run` with short leases and only the given environment. The
 * registry watch is off unless the test sets it: tests never reach ClinicalTrials.gov.
 */
export function spawnWorker(env: Record<string, string>): ChildProcess {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first`);
  return spawn(process.execPath, [CLI, 'run', '--lease-seconds', '2'], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'error', IMPRESS_REGISTRY: 'off', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

/** Polls until `check` holds, or fails naming what it waited for. */
export async function until(check: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Kills a process with SIGKILL and waits until it is gone. */
export async function killHard(proc: ChildProcess): Promise<void> {
  const gone = new Promise((resolve) => proc.once('exit', resolve));
  proc.kill('SIGKILL');
  await gone;
}

/** Sends SIGTERM and resolves with the exit code. */
export function stopGently(proc: ChildProcess): Promise<number | null> {
  const gone = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  proc.kill('SIGTERM');
  return gone;
}

/** Deliveries not yet settled (pending, or leased and sending): a crash test waits for none. */
export async function unsettled(database: Database): Promise<number> {
  const rows = await database.db
    .selectFrom('deliveries')
    .select('id')
    .where('status', 'in', ['pending', 'sending'])
    .execute();
  return rows.length;
}
