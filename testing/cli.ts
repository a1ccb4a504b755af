import { spawn } from 'node:child_process';

/** What a command printed and how it ended. */
export interface PipedRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a Node script as a child process with its stdout on a pipe that is read only after `lateMs`,
 * as a slow reader such as `| jq` does. A program that calls process.exit() while output is still
 * queued loses everything past the pipe's buffer (64 KiB on Linux); this is how a test catches it.
 */
export function runPiped(
  script: string,
  args: string[],
  options: { input?: string; env?: Record<string, string | undefined>; lateMs?: number } = {},
): Promise<PipedRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { env: { ...process.env, ...options.env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const exited = new Promise<number | null>((done) => child.on('exit', done));
    const drained = new Promise<void>((done) => child.stdout.on('end', done));
    // A 'readable' listener keeps the stream paused (and stops Node discarding its data at exit); nothing
    // is read until `lateMs` has passed, so the pipe fills as it does behind a slow reader.
    let reading = false;
    const take = () => {
      if (!reading) return;
      for (let chunk = child.stdout.read(); chunk !== null; chunk = child.stdout.read()) out.push(chunk as Buffer);
    };
    child.stdout.on('readable', take);
    setTimeout(() => {
      reading = true;
      take();
    }, options.lateMs ?? 500);
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    Promise.all([exited, drained]).then(([code]) =>
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
    child.stdin.end(options.input ?? '');
  });
}
