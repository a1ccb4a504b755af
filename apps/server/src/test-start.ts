import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built `npm start` entry. */
export const MAIN = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'main.js');

/** Starts the built server like `npm start` does and waits for its "listening" log line. */
export function start(env: Record<string, string>): Promise<{ proc: ChildProcess; port: number; logs: string[] }> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run "npm run build" first`);
  const proc = spawn(process.execPath, [MAIN], {
    // The registry watch is off unless a test points it at a double: tests never reach the internet.
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', IMPRESS_REGISTRY: 'off', ...env },
    cwd: dirname(MAIN),
  });
  const logs: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${logs.join('')}`)), 20_000);
    proc.stdout?.on('data', (chunk: Buffer) => {
      logs.push(String(chunk));
      const port = /"port":(\d+),"feeds"/.exec(logs.join(''))?.[1];
      if (port) {
        clearTimeout(timer);
        resolve({ proc, port: Number(port), logs });
      }
    });
    proc.stderr?.on('data', (chunk: Buffer) => logs.push(String(chunk)));
  });
}
